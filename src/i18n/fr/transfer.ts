import type { Catalogue } from "../en/index.js";

export const transfer: Catalogue["transfer"] = {};
