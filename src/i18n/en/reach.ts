/** The reach texts in English. */
export const reach = {};
