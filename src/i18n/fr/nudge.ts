import type { Catalogue } from "../en/index.js";

export const nudge: Catalogue["nudge"] = {};
