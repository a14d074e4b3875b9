import type { Catalogue } from "../en/index.js";

export const log: Catalogue["log"] = {};
