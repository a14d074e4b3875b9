import type { Catalogue } from "../en/index.js";

export const dates: Catalogue["dates"] = {};
