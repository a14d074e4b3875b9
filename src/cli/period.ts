/**
 * `net map`'s period flags: which period they ask for, or a usage error naming the accepted forms.
 * The periods themselves are pure domain (src/domain/review/period.ts).
 */

import { type IsoDate, quarterOf, readDate } from "../domain/dates.js";
import { usageError } from "../domain/errors.js";
import { dayText, monthPeriod, type Period, quarterContaining, quarterPeriod, rangePeriod, yearPeriod } from "../domain/review/period.js";
import { messages } from "../i18n/index.js";

/** The period flags of `net map`: `true` when the flag is given without a value. */
export interface PeriodFlags {
  quarter?: string | boolean;
  month?: string | boolean;
  year?: string | boolean;
  since?: string;
  until?: string;
}

/** The flags and the values they take: typed the same in every language. */
export const PERIOD_FORMS = "--quarter [2026Q3], --month [2026-10], --year [2026], --since 2026-07-01 [--until 2026-09-30]";

function bad(flag: string, value: string): never {
  const t = messages().review;
  throw usageError(t.notAPeriod({ value, flag }), t.acceptedForms(PERIOD_FORMS));
}

/**
 * Reads `2026Q3`, `2026-Q3`, `Q3 2026`, or `Q3` (this year's); and the French way, `T3 2026`,
 * `T3-2026`, `2026T3` (trimestre), whatever the language in use.
 */
export function parseQuarter(text: string, today: IsoDate): Period {
  const t = text.trim();
  let m = /^(\d{4})\s*-?\s*[QqTt]([1-4])$/.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = /^[QqTt]([1-4])(?:\s*[- ]?\s*(\d{4}))?$/.exec(t);
  if (m) return quarterPeriod(m[2] ? Number(m[2]) : quarterOf(today).year, Number(m[1]));
  return bad("--quarter", text);
}

/** Reads `2026-10`. */
export function parseMonth(text: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) return bad("--month", text);
  return monthPeriod(Number(m[1]), month);
}

/** Reads `2026`. */
export function parseYear(text: string): Period {
  const m = /^(\d{4})$/.exec(text.trim());
  if (!m) return bad("--year", text);
  return yearPeriod(Number(m[1]));
}

function readDay(text: string, flag: string, today: IsoDate): IsoDate {
  const day = readDate(text, today);
  const t = messages().review;
  if (!day) throw usageError(t.notADate({ text, flag }), t.notADateHint(PERIOD_FORMS));
  return day;
}

/** The period the flags ask for; with none, the current quarter. */
export function parsePeriod(flags: PeriodFlags, today: IsoDate): Period {
  const given = (["quarter", "month", "year"] as const).filter((k) => flags[k] !== undefined && flags[k] !== false);
  const range = flags.since !== undefined || flags.until !== undefined;
  const t = messages().review;
  if (given.length + (range ? 1 : 0) > 1)
    throw usageError(
      t.onePeriod([...given.map((k) => `--${k}`), ...(range ? ["--since/--until"] : [])].join(", ")),
      t.acceptedForms(PERIOD_FORMS),
    );
  const value = (k: "quarter" | "month" | "year") => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
  if (given[0] === "quarter") {
    const text = value("quarter");
    return text === undefined ? quarterContaining(today) : parseQuarter(text, today);
  }
  if (given[0] === "month") {
    const text = value("month");
    return text === undefined ? monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7))) : parseMonth(text);
  }
  if (given[0] === "year") {
    const text = value("year");
    return text === undefined ? yearPeriod(Number(today.slice(0, 4))) : parseYear(text);
  }
  if (range) {
    if (flags.since === undefined) throw usageError(t.untilNeedsSince, t.untilNeedsSinceHint(PERIOD_FORMS));
    const from = readDay(flags.since, "--since", today);
    const to = flags.until === undefined ? today : readDay(flags.until, "--until", today);
    if (to < from) throw usageError(t.untilBeforeSince({ until: dayText(to), since: dayText(from) }), t.untilBeforeSinceHint);
    return rangePeriod(from, to);
  }
  return quarterContaining(today);
}
