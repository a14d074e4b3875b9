/** The draft texts in English. */
export const draft = {};
