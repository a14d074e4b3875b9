/** The transfer texts in English. */
export const transfer = {};
