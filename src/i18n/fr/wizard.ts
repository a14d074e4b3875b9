import type { Catalogue } from "../en/index.js";

export const wizard: Catalogue["wizard"] = {};
