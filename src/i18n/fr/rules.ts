import type { Catalogue } from "../en/index.js";

export const rules: Catalogue["rules"] = {};
