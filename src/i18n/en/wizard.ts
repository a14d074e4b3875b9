/** The wizard texts in English. */
export const wizard = {};
