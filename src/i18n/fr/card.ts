import type { Catalogue } from "../en/index.js";

export const card: Catalogue["card"] = {};
