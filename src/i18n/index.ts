import { type Catalogue, en } from "./en/index.js";
import type { Language } from "./language.js";

export type { Catalogue } from "./en/index.js";
export { LANGUAGES, type Language } from "./language.js";

interface Speaking {
  language: Language;
  catalogue: Catalogue;
}

// The parts of the built CLI loaded on first use carry their own copy of this module
// (scripts/build.mjs), so the language chosen at start-up is kept where every copy finds it.
const SPEAKING: unique symbol = Symbol.for("net.speaking");
const slot = globalThis as unknown as { [SPEAKING]?: Speaking };

/** The texts of the language in use (English until `useLanguage` says otherwise). */
export function messages(): Catalogue {
  return slot[SPEAKING]?.catalogue ?? en;
}

/** The language in use. */
export function language(): Language {
  return slot[SPEAKING]?.language ?? "en";
}

/** Speaks `lang` from now on; French is loaded only when asked for. */
export async function useLanguage(lang: Language): Promise<void> {
  const catalogue = lang === "fr" ? (await import("./fr/index.js")).fr : en;
  slot[SPEAKING] = { language: lang, catalogue };
}
