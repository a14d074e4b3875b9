/** The people texts in English. */
export const people = {};
