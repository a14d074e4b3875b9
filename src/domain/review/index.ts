/**
 * The quarterly review (`net map`): what happened in a period and what to do next.
 * Pure: every function gets the data it needs and `today`; no I/O, no clock.
 * One file per part; this module is what the rest of net imports.
 */

export type { Goals } from "../goals.js";
export * from "./activity.js";
export * from "./balance.js";
export * from "./counts.js";
export * from "./period.js";
export * from "./pulse.js";
export * from "./recontact.js";
export * from "./review.js";
export * from "./shape.js";
export * from "./suggestions.js";
export * from "./thank.js";
