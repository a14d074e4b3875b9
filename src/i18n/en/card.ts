/** The card texts in English. */
export const card = {};
