import type { Catalogue } from "../en/index.js";

export const draft: Catalogue["draft"] = {};
