import type { Catalogue } from "../en/index.js";

export const review: Catalogue["review"] = {};
