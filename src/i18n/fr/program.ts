import type { Catalogue } from "../en/index.js";

export const program: Catalogue["program"] = {};
