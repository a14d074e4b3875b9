/** The nudge texts in English. */
export const nudge = {};
