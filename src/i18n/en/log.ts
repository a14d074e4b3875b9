/** The log texts in English. */
export const log = {};
