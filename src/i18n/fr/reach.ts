import type { Catalogue } from "../en/index.js";

export const reach: Catalogue["reach"] = {};
