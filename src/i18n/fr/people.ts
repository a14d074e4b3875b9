import type { Catalogue } from "../en/index.js";

export const people: Catalogue["people"] = {};
