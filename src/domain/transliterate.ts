/**
 * Names in other scripts in Latin letters, for slugs: "Иван Петров" → "Ivan Petrov",
 * "李小龙" → "Li Xiao Long". any-ascii's tables are half a megabyte, so this module is loaded
 * lazily (scripts/build.mjs, LAZY), and only for a name that needs it (needsTransliteration).
 */
import anyAscii from "any-ascii";

export function transliterate(name: string): string {
  // any-ascii writes a Han or Hangul name's syllables capitalised and run together ("LiXiaoLong"):
  // split them so the slug reads li-xiao-long.
  return anyAscii(name).replace(/([a-z])(?=[A-Z])/g, "$1 ");
}
