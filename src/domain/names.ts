import { smallest } from "./lists.js";

// Latin letters Unicode does not decompose into a base letter and an accent.
const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ð: "d", ħ: "h", ı: "i", æ: "ae", œ: "oe", ß: "ss", þ: "th" };

/** Folds a name for comparison: no accents, lower case, single spaces. "Ádá  Lovelace" → "ada lovelace". */
export function foldName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      // Escaped: the built CLI stays pure ASCII, which Node reads and V8 parses faster (łøđðħıæœßþ).
      .replace(/[\u0142\u00f8\u0111\u00f0\u0127\u0131\u00e6\u0153\u00df\u00fe]/g, (ch) => UNDECOMPOSED[ch] as string)
      .replace(/[\s_]+/g, " ")
      .trim()
  );
}

/** A name's letters and digits as a handle, without transliteration: "" when it has none in Latin script. */
function plainSlug(name: string): string {
  return (
    foldName(name)
      .replace(/[^a-z0-9]+/g, "-")
      // Single hyphens now: no `-+$`, which would retry from every hyphen of a run (quadratic).
      .replace(/^-|-$/g, "")
      .slice(0, 40)
      .replace(/-$/, "")
  );
}

/** Turns a name in any script into Latin letters ("Иван Петров" → "Ivan Petrov"): src/domain/transliterate.ts. */
export type Transliterate = (name: string) => string;

/**
 * Whether a name needs transliterating for its slug: some word of it has no Latin letter or digit
 * ("Иван Петров", "Đorđe Јовановић"). Latin names, accents included, never do, so the
 * transliteration tables load only for the others.
 */
export function needsTransliteration(name: string): boolean {
  // Quick answer for names within the Latin blocks (a 30,000-people import asks for every name).
  if (!/[\u0250-\uffff]/.test(name)) return false;
  return name
    .trim()
    .split(/\s+/)
    .some((word) => /\p{L}/u.test(word) && plainSlug(word) === "");
}

/**
 * A readable, URL-safe handle for a name: "Ada Lovelace" → "ada-lovelace"; with `transliterate`,
 * a name in another script too ("Иван Петров" → "ivan-petrov"). "person" when nothing is left.
 */
export function slugify(name: string, transliterate?: Transliterate): string {
  const slug = transliterate && needsTransliteration(name) ? plainSlug(transliterate(name)) : "";
  return slug || plainSlug(name) || "person";
}

/** The first free slug: "ada-lovelace", then "ada-lovelace-2", … */
export function uniqueSlug(name: string, taken: (slug: string) => boolean, transliterate?: Transliterate): string {
  const base = slugify(name, transliterate);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

export interface Named {
  id: string;
  slug: string;
  name: string;
}

export type Resolution<T extends Named> =
  | { kind: "found"; person: T }
  | { kind: "ambiguous"; candidates: T[] }
  | { kind: "none"; suggestions: T[] };

function tokens(text: string): string[] {
  return foldName(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** How far a query is from a name: the best of whole-name and per-word distances. */
function distance(query: string, person: Named): number {
  const q = foldName(query);
  const whole = editDistance(q, foldName(person.name));
  const words = tokens(person.name).map((w) => editDistance(q, w));
  const slug = editDistance(q, person.slug);
  return smallest(words, Math.min(whole, slug));
}

/**
 * Finds who a user means by `query`: an id, a slug, a full name (any case or accents),
 * the start of their words ("ada", "ada love", "lovelace"), or a near miss ("ada lovlace").
 */
export function resolvePerson<T extends Named>(query: string, people: readonly T[]): Resolution<T> {
  const q = query.trim();
  const byExact = people.find((p) => p.id === q || p.slug === q.toLowerCase());
  if (byExact) return { kind: "found", person: byExact };

  const folded = foldName(q);
  const sameName = people.filter((p) => foldName(p.name) === folded);
  if (sameName.length === 1) return { kind: "found", person: sameName[0] as T };
  if (sameName.length > 1) return { kind: "ambiguous", candidates: sameName };

  const queryWords = tokens(q);
  if (queryWords.length > 0) {
    const byPrefix = people.filter((p) => {
      const words = tokens(p.name);
      return queryWords.every((qw) => words.some((w) => w.startsWith(qw)));
    });
    if (byPrefix.length === 1) return { kind: "found", person: byPrefix[0] as T };
    if (byPrefix.length > 1) return { kind: "ambiguous", candidates: byPrefix.slice(0, 10) };
  }

  // Near misses: a typo or two, scaled to the length of what was typed.
  // Short queries get no typo allowance: "bob" must not quietly become Rob.
  const tolerance = Math.floor(folded.length / 4);
  const scored = people.map((p) => ({ p, d: distance(q, p) })).sort((a, b) => a.d - b.d || a.p.name.localeCompare(b.p.name));
  const close = scored.filter((s) => s.d <= tolerance);
  if (close.length === 1) return { kind: "found", person: (close[0] as { p: T }).p };
  if (close.length > 1) return { kind: "ambiguous", candidates: close.slice(0, 10).map((s) => s.p) };
  // A suggestion must share something with what was typed: "zzz" is not close to "Ada".
  const suggestions = scored
    .filter((s) => s.d <= Math.max(3, folded.length / 2) && s.d < folded.length)
    .slice(0, 3)
    .map((s) => s.p);
  return { kind: "none", suggestions };
}
