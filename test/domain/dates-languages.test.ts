import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { readPastDate, readWhen } from "../../src/cli/input.js";
import {
  addMonths,
  endOfMonth,
  formatDays,
  monthName,
  parseDate,
  parseDuration,
  parseWhen,
  quarterOf,
  quarterRange,
  readDate,
  readDuration,
  relativeDay,
  showDay,
  showLongDay,
  startOfMonth,
  startOfWeek,
} from "../../src/domain/dates.js";
import { UserError } from "../../src/domain/errors.js";
import { type Language, useLanguage } from "../../src/i18n/index.js";

dayjs.extend(utc);

// 2026-11-23 is a Monday; 2026-11-26 a Thursday.
const THURSDAY = "2026-11-26";
const LANGUAGES: Language[] = ["en", "fr"];

afterEach(async () => {
  await useLanguage("en");
});

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe.each(LANGUAGES)("reading days while speaking %s: both languages' forms are read", (lang) => {
  it.each([
    // English
    ["today", THURSDAY],
    ["yesterday", "2026-11-25"],
    ["tomorrow", "2026-11-27"],
    ["3 days ago", "2026-11-23"],
    ["in 2 weeks", "2026-12-10"],
    ["last friday", "2026-11-20"],
    ["next monday", "2026-11-30"],
    ["last month", "2026-10-26"],
    // French
    ["aujourd'hui", THURSDAY],
    ["aujourd’hui", THURSDAY],
    ["Aujourd'hui", THURSDAY],
    ["maintenant", THURSDAY],
    ["hier", "2026-11-25"],
    ["avant-hier", "2026-11-24"],
    ["avant hier", "2026-11-24"],
    ["demain", "2026-11-27"],
    ["après-demain", "2026-11-28"],
    ["apres-demain", "2026-11-28"],
    ["il y a 3 jours", "2026-11-23"],
    ["il y a une semaine", "2026-11-19"],
    ["il y a 2 semaines", "2026-11-12"],
    ["il y a un mois", "2026-10-26"],
    ["il y a 1 an", "2025-11-26"],
    ["il y a 3 j", "2026-11-23"],
    ["dans 2 semaines", "2026-12-10"],
    ["dans 3 jours", "2026-11-29"],
    ["dans un mois", "2026-12-26"],
    ["dans 2 sem", "2026-12-10"],
    ["vendredi", "2026-11-20"],
    ["Vendredi", "2026-11-20"],
    ["vendredi dernier", "2026-11-20"],
    ["vendredi passé", "2026-11-20"],
    ["ce vendredi", "2026-11-20"],
    ["jeudi dernier", "2026-11-19"],
    ["lundi prochain", "2026-11-30"],
    ["jeudi prochain", "2026-12-03"],
    ["la semaine dernière", "2026-11-19"],
    ["le mois dernier", "2026-10-26"],
    ["l'an dernier", "2025-11-26"],
    ["l’année dernière", "2025-11-26"],
  ])("reads %j on Thursday 2026-11-26 as %s", async (text, expected) => {
    await useLanguage(lang);
    expect(readDate(text, THURSDAY)).toBe(expected);
    expect(parseDate(text, THURSDAY)).toBe(expected);
  });

  it.each(["il y a 3 blurfs", "dans 2 quinzaines", "blurfdi dernier", "le 20 novembre", "20/11", "mar"])(
    "leaves %j to the fuller parser",
    async (text) => {
      await useLanguage(lang);
      expect(readDate(text, THURSDAY)).toBeNull();
    },
  );

  it.each([
    ["2w", { amount: 2, unit: "w" }],
    ["10d", { amount: 10, unit: "d" }],
    ["1m", { amount: 1, unit: "m" }],
    ["2 sem", { amount: 2, unit: "w" }],
    ["2 sem.", { amount: 2, unit: "w" }],
    ["2 semaines", { amount: 2, unit: "w" }],
    ["1 mois", { amount: 1, unit: "m" }],
    ["6 mois", { amount: 6, unit: "m" }],
    ["10 j", { amount: 10, unit: "d" }],
    ["10j", { amount: 10, unit: "d" }],
    ["3 jours", { amount: 3, unit: "d" }],
    ["1 jour", { amount: 1, unit: "d" }],
    ["1 an", { amount: 1, unit: "y" }],
    ["2 ans", { amount: 2, unit: "y" }],
    ["2 années", { amount: 2, unit: "y" }],
    ["2\u00a0sem", { amount: 2, unit: "w" }],
  ])("reads the duration %j", async (text, duration) => {
    await useLanguage(lang);
    expect(readDuration(text)).toEqual(duration);
  });

  it.each([
    ["2 sem", "2026-12-10"],
    ["10 j", "2026-12-06"],
    ["1 mois", "2026-12-26"],
    ["vendredi", "2026-11-27"],
    ["ce vendredi", "2026-11-27"],
    ["vendredi prochain", "2026-11-27"],
    ["jeudi", "2026-12-03"],
    ["demain", "2026-11-27"],
    ["dans 2 semaines", "2026-12-10"],
    ["friday", "2026-11-27"],
    ["2w", "2026-12-10"],
  ])("reads the follow-up %j from Thursday as %s", async (text, expected) => {
    await useLanguage(lang);
    expect(parseWhen(text, THURSDAY)).toBe(expected);
  });

  // chrono-node's parsers, English and French: the one reading more of the text wins.
  it.each([
    ["le 20 novembre", "2026-11-20"],
    ["20 novembre", "2026-11-20"],
    ["1er novembre", "2026-11-01"],
    ["le 3 mars 2025", "2025-03-03"],
    ["20 décembre", "2025-12-20"],
    ["20/11/2026", "2026-11-20"],
    ["20/11", "2026-11-20"],
    ["Nov 20", "2026-11-20"],
    ["november 20", "2026-11-20"],
  ])("reads the past day %j with chrono as %s", async (text, expected) => {
    await useLanguage(lang);
    expect(await readPastDate(text, THURSDAY)).toBe(expected);
  });

  it.each([
    ["le 3 décembre", "2026-12-03"],
    ["3 décembre", "2026-12-03"],
    ["le 20 novembre", "2027-11-20"],
    ["10/12/2026", lang === "fr" ? "2026-12-10" : "2026-10-12"],
  ])("reads the follow-up %j with chrono as %s", async (text, expected) => {
    await useLanguage(lang);
    expect(await readWhen(text, THURSDAY, THURSDAY)).toBe(expected);
  });
});

describe("an ambiguous numeric day follows the language", () => {
  it.each([
    ["en", "03/04", "2026-03-04"],
    ["fr", "03/04", "2026-04-03"],
    ["en", "03/04/2025", "2025-03-04"],
    ["fr", "03/04/2025", "2025-04-03"],
  ] as const)("in %s, %j is %s", async (lang, text, expected) => {
    await useLanguage(lang);
    expect(await readPastDate(text, THURSDAY)).toBe(expected);
  });
});

describe("messages about dates, in French", () => {
  it("says what it can't read, with French forms in the hint", async () => {
    await useLanguage("fr");
    const error = thrown(() => parseDate("blurf", THURSDAY, { fallback: () => null }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe("impossible de lire la date «\u00a0blurf\u00a0»");
    expect(error.hint).toContain("vendredi dernier");
    expect(error.hint).toContain("il y a 3 jours");
  });

  it("refuses a negative amount and a day out of range", async () => {
    await useLanguage("fr");
    expect(thrown(() => parseDate("il y a -3 jours", THURSDAY)).message).toBe(
      "la date «\u00a0il y a -3 jours\u00a0» contient un nombre négatif",
    );
    expect(thrown(() => parseWhen("9999 ans", THURSDAY)).message).toBe(
      "la date de relance «\u00a09999 ans\u00a0» sort des années 1000 à 9999 (12025-11-26)",
    );
  });

  it("names the duration it can't read", async () => {
    await useLanguage("fr");
    const error = thrown(() => parseDuration("3x"));
    expect(error.message).toBe("«\u00a03x\u00a0»\u00a0: durée illisible");
    expect(error.hint).toBe("donne un nombre et une unité\u00a0: 10 j, 2 sem, 3 mois, 1 an (jours, semaines, mois, années)");
  });

  it("refuses a day in the future for what already happened", async () => {
    await useLanguage("fr");
    await expect(readPastDate("demain", THURSDAY)).rejects.toThrow("la date «\u00a0demain\u00a0» est dans le futur (2026-11-27)");
  });
});

describe.each([
  [
    "en",
    "Thu 26 Nov",
    "26 November 2026",
    "November",
    ["today", "yesterday", "tomorrow", "6 days ago", "in 10 days"],
    ["2w", "1m", "1y", "10d"],
  ],
  [
    "fr",
    "jeu. 26 nov.",
    "26 novembre 2026",
    "novembre",
    ["aujourd'hui", "hier", "demain", "il y a 6\u00a0jours", "dans 10\u00a0jours"],
    ["2\u00a0sem", "1\u00a0mois", "1\u00a0an", "10\u00a0j"],
  ],
] as const)("showing days in %s", (lang, short, long, month, relative, spans) => {
  it("names the day and the month", async () => {
    await useLanguage(lang);
    expect(showDay(THURSDAY)).toBe(short);
    expect(showLongDay(THURSDAY)).toBe(long);
    expect(monthName(THURSDAY)).toBe(month);
  });

  it("says how far a day is", async () => {
    await useLanguage(lang);
    expect(["2026-11-26", "2026-11-25", "2026-11-27", "2026-11-20", "2026-12-06"].map((d) => relativeDay(d, THURSDAY))).toEqual(relative);
  });

  it("writes cadences so they read back", async () => {
    await useLanguage(lang);
    const shown = [14, 30, 365, 10].map(formatDays);
    expect(shown).toEqual(spans);
    expect(shown.map((s) => readDuration(s))).toEqual([
      { amount: 2, unit: "w" },
      { amount: 1, unit: "m" },
      { amount: 1, unit: "y" },
      { amount: 10, unit: "d" },
    ]);
  });
});

describe("French day names", () => {
  it.each([
    ["2026-12-01", "mar. 1er déc.", "1er décembre 2026"],
    ["2026-12-03", "jeu. 3 déc.", "3 décembre 2026"],
    ["2026-02-08", "dim. 8 févr.", "8 février 2026"],
    ["2026-08-15", "sam. 15 août", "15 août 2026"],
  ])("%s is %j", async (day, short, long) => {
    await useLanguage("fr");
    expect(showDay(day)).toBe(short);
    expect(showLongDay(day)).toBe(long);
  });

  it("English keeps 'Tue 1 Dec'", () => {
    expect(showDay("2026-12-01")).toBe("Tue 1 Dec");
  });
});

describe("periods (dayjs, UTC mode)", () => {
  it.each(LANGUAGES)("weeks start on Monday whatever the language (%s): streaks mean the same", async (lang) => {
    await useLanguage(lang);
    expect(["2026-11-22", "2026-11-23", "2026-11-26", "2026-11-29", "2026-11-30"].map(startOfWeek)).toEqual([
      "2026-11-16",
      "2026-11-23",
      "2026-11-23",
      "2026-11-23",
      "2026-11-30",
    ]);
  });

  it.each([
    ["2026-11-26", "2026-11-01", "2026-11-30", { year: 2026, quarter: 4 }],
    ["2028-02-10", "2028-02-01", "2028-02-29", { year: 2028, quarter: 1 }],
    ["2026-06-30", "2026-06-01", "2026-06-30", { year: 2026, quarter: 2 }],
  ])("%s: month %s to %s, quarter %o", (day, from, to, quarter) => {
    expect(startOfMonth(day)).toBe(from);
    expect(endOfMonth(day)).toBe(to);
    expect(quarterOf(day)).toEqual(quarter);
  });

  it.each([
    [2026, 1, "2026-01-01", "2026-03-31"],
    [2026, 4, "2026-10-01", "2026-12-31"],
    [2028, 1, "2028-01-01", "2028-03-31"],
    [2026, 2, "2026-04-01", "2026-06-30"],
  ])("quarter %i Q%i runs from %s to %s", (year, quarter, from, to) => {
    expect(quarterRange(year, quarter)).toEqual({ from, to });
  });

  it("addMonths (month-index arithmetic) agrees with dayjs's add('month') on every day net keeps", () => {
    const day = fc
      .record({ y: fc.integer({ min: 1000, max: 9000 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) =>
        dayjs
          .utc(`${y}-${String(m).padStart(2, "0")}-01`)
          .date(Math.min(d, 28 + (d % 4)))
          .format("YYYY-MM-DD"),
      );
    fc.assert(
      fc.property(day, fc.integer({ min: -11_000, max: 11_000 }), (start, months) => {
        const expected = dayjs.utc(start).add(months, "month");
        fc.pre(expected.year() >= 1000 && expected.year() <= 9999);
        expect(addMonths(start, months)).toBe(expected.format("YYYY-MM-DD"));
      }),
      { numRuns: 2000 },
    );
  });
});
