/** The review texts in English. */
export const review = {};
