import type { Catalogue } from "../en/index.js";

export const errors: Catalogue["errors"] = {};
