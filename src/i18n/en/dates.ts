/** The dates texts in English. */
export const dates = {};
