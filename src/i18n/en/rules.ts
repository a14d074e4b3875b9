/** The rules texts in English. */
export const rules = {};
