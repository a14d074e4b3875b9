/**
 * The periods a review covers (a quarter, month, year or range of days), the one before, and the
 * windows a running period is compared with. Reading them from `net map`'s flags is the command's
 * work (src/cli/period.ts).
 */

import { type Catalogue, messages } from "../../i18n/index.js";
import { addDays, addMonths, daysBetween, type IsoDate, minDate, quarterOf, quarterRange } from "../dates.js";

export type PeriodKind = "quarter" | "month" | "year" | "range";

export interface Period {
  kind: PeriodKind;
  /** `2026Q3`, `2026-10`, `2026`, or `2026-07-01..2026-09-30`. */
  label: string;
  from: IsoDate;
  to: IsoDate;
}

const quarterName = (year: number, quarter: number) => `${year}Q${quarter}`;

export function quarterPeriod(year: number, quarter: number): Period {
  const { from, to } = quarterRange(year, quarter);
  return { kind: "quarter", label: quarterName(year, quarter), from, to };
}

/** The label of the quarter a day falls in ("2026Q4"): what the kept quarterly balances are keyed by. */
export function quarterLabel(day: IsoDate): string {
  const { year, quarter } = quarterOf(day);
  return quarterName(year, quarter);
}

export function monthPeriod(year: number, month: number): Period {
  const from = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
  return { kind: "month", label: from.slice(0, 7), from, to: addDays(addMonths(from, 1), -1) };
}

export function yearPeriod(year: number): Period {
  const y = String(year).padStart(4, "0");
  return { kind: "year", label: y, from: `${y}-01-01`, to: `${y}-12-31` };
}

export function rangePeriod(from: IsoDate, to: IsoDate): Period {
  return { kind: "range", label: `${from}..${to}`, from, to };
}

/** The quarter holding `day`. */
export function quarterContaining(day: IsoDate): Period {
  const { year, quarter } = quarterOf(day);
  return quarterPeriod(year, quarter);
}

/** The period just before: the previous quarter, month or year; for a range, as many days just before. */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case "quarter": {
      const { year, quarter } = quarterOf(period.from);
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case "month": {
      const from = addMonths(period.from, -1);
      return monthPeriod(Number(from.slice(0, 4)), Number(from.slice(5, 7)));
    }
    case "year":
      return yearPeriod(Number(period.from.slice(0, 4)) - 1);
    case "range": {
      const days = daysBetween(period.from, period.to) + 1;
      const to = addDays(period.from, -1);
      return rangePeriod(addDays(to, -(days - 1)), to);
    }
  }
}

export function periodDays(period: Pick<Period, "from" | "to">): number {
  return daysBetween(period.from, period.to) + 1;
}

/** A span of days compared with another. */
export interface Window {
  label: string;
  from: IsoDate;
  to: IsoDate;
}

/**
 * What the period is compared with. A period still running is compared with the same number of
 * days at the start of the previous one ("at this point last quarter"), so a half-done quarter does
 * not look like a fall.
 */
export function comparison(period: Period, today: IsoDate): { current: Window; previous: Window; partial: boolean; elapsedDays: number } {
  const before = previousPeriod(period);
  const partial = today >= period.from && today < period.to;
  const elapsedDays = today < period.from ? 0 : partial ? daysBetween(period.from, today) + 1 : periodDays(period);
  const current = { label: period.label, from: period.from, to: partial ? today : period.to };
  const previous = partial
    ? { label: before.label, from: before.from, to: minDate(before.to, addDays(before.from, elapsedDays - 1)) }
    : { label: before.label, from: before.from, to: before.to };
  return { current, previous, partial, elapsedDays };
}

/** The period and the three before it, oldest first: the context of the activity strip. */
export function contextPeriods(period: Period, count = 4): Period[] {
  const out = [period];
  while (out.length < count) out.unshift(previousPeriod(out[0] as Period));
  return out;
}

/**
 * Whether mapping `period` today counts as its quarterly review without being asked: inside the
 * quarterly-map reminder's window, the quarter's last `windowDays` days or the next quarter's
 * first `windowDays` — a curious `net map` mid-quarter (the quickstart's) is not the review.
 */
export function isReviewablePeriod(period: Period, today: IsoDate, windowDays: number): boolean {
  if (period.kind !== "quarter") return false;
  const current = quarterContaining(today);
  if (period.label === current.label) return today >= addDays(current.to, -(windowDays - 1));
  return period.label === previousPeriod(current).label && today <= addDays(current.from, windowDays - 1);
}

/** Whether `day` falls inside the span (both ends included). */
export function within(day: IsoDate, window: { from: IsoDate; to: IsoDate }): boolean {
  return day >= window.from && day <= window.to;
}

/** Months in a period, for monthly goals: calendar months for quarters/months/years, days/30.44 for ranges. */
export function periodMonths(period: Period): number {
  if (period.kind === "quarter") return 3;
  if (period.kind === "month") return 1;
  if (period.kind === "year") return 12;
  return Math.max(1, Math.round(periodDays(period) / 30.44));
}

export function periodWeeks(period: Period): number {
  return Math.max(1, Math.round(periodDays(period) / 7));
}

// ---------------------------------------------------------------------------
// Periods and days as people read them (the labels above stay as typed: 2026Q4, 2026-10)

/** A day as shown in sentences: 2026-11-20 in English, "20 novembre 2026" in French. */
export function dayText(day: IsoDate, t: Catalogue["review"] = messages().review): string {
  return t.day({
    year: Number(day.slice(0, 4)),
    month: t.monthWords[Number(day.slice(5, 7)) - 1] as string,
    day: Number(day.slice(8, 10)),
  });
}

/** A day in a narrow column: 2026-11-20, 20/11/2026. */
export function shortDayText(day: IsoDate): string {
  return messages().review.shortDay({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) });
}

/** A period's name: 2026Q4 / T4 2026, 2026-10 / octobre 2026, 2026, a range of days. */
export function periodName(period: Pick<Period, "kind" | "from" | "to">): string {
  const t = messages().review;
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  switch (period.kind) {
    case "quarter":
      return t.quarterName({ year, quarter: Math.ceil(month / 3) });
    case "month":
      return t.monthName({ year, month: t.monthWords[month - 1] as string });
    case "year":
      return String(year);
    case "range":
      return t.rangeName({ from: dayText(period.from), to: dayText(period.to) });
  }
}

/** A period's name where it must fit 7 columns (a range: its first day, 10). */
export function periodShortName(period: Pick<Period, "kind" | "from" | "to">): string {
  const t = messages().review;
  if (period.kind === "month") return t.monthShort({ year: Number(period.from.slice(0, 4)), month: Number(period.from.slice(5, 7)) });
  if (period.kind === "range") return shortDayText(period.from);
  return periodName(period);
}

/** The ways a sentence names a period: bare, "in" it, "of" it, "compared with" it. */
export interface PeriodWords {
  name: string;
  in: string;
  of: string;
  vs: string;
}

export function periodWords(period: Pick<Period, "kind" | "from" | "to">): PeriodWords {
  const t = messages().review;
  const name = periodName(period);
  return { name, in: t.periodIn[period.kind](name), of: t.periodOf[period.kind](name), vs: t.periodVs[period.kind](name) };
}

/** The words of the period before `period` (what the pulse compares with). */
export function previousWords(period: Period): PeriodWords {
  return periodWords(previousPeriod(period));
}
