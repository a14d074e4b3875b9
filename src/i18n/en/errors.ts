/** The errors texts in English. */
export const errors = {};
