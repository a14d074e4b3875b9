/** The settings texts in English. */
export const settings = {};
