/** The program texts in English. */
export const program = {};
