// The small rules of written French the catalogues share, in one place.

/** « text », with the no-break spaces French puts inside the quotes. */
export const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;

// A vowel or a mute h, accents included (written as escapes: the bundle stays ASCII).
const ELIDES = /^[aeiouyh\u00e0\u00e2\u00e4\u00e9\u00e8\u00ea\u00eb\u00ee\u00ef\u00f4\u00f6\u00f9\u00fb\u00fc]/i;

/** "de Grace", "d'Ada", "d'octobre": de, elided before a vowel or an h. */
export const of = (name: string): string => (ELIDES.test(String(name)) ? `d'${name}` : `de ${name}`);

/** The day of a month as French writes it: "1er", "2", "31". */
export const nth = (day: number): string => (day === 1 ? "1er" : String(day));

/** "Ada", "Ada et Grace", "Ada, Grace et Alan". */
export const list = (names: readonly string[]): string =>
  names.length <= 1 ? String(names[0] ?? "") : `${names.slice(0, -1).join(", ")} et ${names[names.length - 1]}`;

/** 1234567 → "1 234 567": a count's digits grouped by three with a narrow no-break space, as Intl.NumberFormat("fr") writes them. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}
