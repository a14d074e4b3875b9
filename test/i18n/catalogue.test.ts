import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en/index.js";
import { fr } from "../../src/i18n/fr/index.js";
import { messages, useLanguage } from "../../src/i18n/index.js";
import { chooseLanguage } from "../../src/i18n/language.js";

type Entry = [path: string, value: unknown];

function entries(value: unknown, path = ""): Entry[] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => entries(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

/**
 * A stand-in for any argument: read as text it names where it came from (⟦name⟧, ⟦item.company⟧);
 * read as a number it is `count`, so both plural forms can be reached; any property or call gives
 * another stand-in. What a message prints of its arguments is then visible in its output.
 */
function standIn(name: string, count: number): unknown {
  const target = () => undefined;
  return new Proxy(target, {
    get(_t, key) {
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === "number" ? count : `⟦${name}⟧`);
      if (key === "length") return count;
      if (key === Symbol.iterator)
        return function* () {
          yield standIn(`${name}[0]`, count);
        };
      if (typeof key === "symbol") return undefined;
      return standIn(`${name}.${key}`, count);
    },
    apply(_t, _this, args) {
      return standIn(`${name}(${args.length})`, count);
    },
  });
}

function placeholders(message: unknown, count: number): string[] {
  if (typeof message === "string") return [];
  if (typeof message !== "function") return [];
  const args = Array.from({ length: Math.max(message.length, 1) }, (_, i) => standIn(`arg${i}`, count));
  let out: unknown;
  try {
    out = (message as (...a: unknown[]) => unknown)(...args);
  } catch {
    return ["(threw)"];
  }
  return [...new Set(String(out).match(/⟦[^⟧]*⟧/g) ?? [])].sort();
}

describe("the catalogues", () => {
  const english = new Map(entries(en));
  const french = new Map(entries(fr));

  it("have the same keys", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("give every text in French a value that is not the English one left in place", () => {
    const same = [...english].filter(([key, value]) => typeof value === "string" && value.length > 12 && french.get(key) === value);
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it.each([1, 5])("print the same values in both languages (counts of %i)", (count) => {
    const differ = [...english]
      .map(([key, value]) => ({ key, en: placeholders(value, count), fr: placeholders(french.get(key), count) }))
      .filter((entry) => entry.en.join() !== entry.fr.join());
    expect(differ).toEqual([]);
  });

  it("are switched by useLanguage, English by default", async () => {
    expect(messages()).toBe(en);
    await useLanguage("fr");
    expect(messages()).toBe(fr);
    await useLanguage("en");
    expect(messages()).toBe(en);
  });
});

describe("choosing the language", () => {
  it.each([
    [[], {}, "en"],
    [[], { LANG: "fr_FR.UTF-8" }, "fr"],
    [[], { LANG: "fr_CA" }, "fr"],
    [[], { LANG: "fr" }, "fr"],
    [[], { LANG: "de_DE.UTF-8" }, "en"],
    [[], { LANG: "C" }, "en"],
    [[], { LANG: "fr_FR.UTF-8", LC_MESSAGES: "en_US.UTF-8" }, "en"],
    [[], { LANG: "en_US.UTF-8", LC_ALL: "fr_BE.UTF-8" }, "fr"],
    [[], { LANG: "en_US.UTF-8", LC_ALL: "" }, "en"],
    [[], { LANG: "en_US.UTF-8", NET_LANG: "fr" }, "fr"],
    [["--lang", "en"], { NET_LANG: "fr" }, "en"],
    [["nudge", "--lang=fr"], {}, "fr"],
    [["log", "ada", "--", "--lang", "fr"], {}, "en"],
  ] as const)("%j with %j speaks %s", (args, env, expected) => {
    expect(chooseLanguage(args, env as NodeJS.ProcessEnv)).toEqual({ language: expected });
  });

  it.each([
    [["--lang", "de"], {}, { unknown: "de", from: "--lang" }],
    [[], { NET_LANG: "klingon" }, { unknown: "klingon", from: "NET_LANG" }],
  ] as const)("%j with %j is refused", (args, env, expected) => {
    expect(chooseLanguage(args, env as NodeJS.ProcessEnv)).toEqual(expected);
  });
});
