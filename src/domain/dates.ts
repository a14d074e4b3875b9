import { usageError } from "./errors.js";

/** A calendar day as `YYYY-MM-DD`. All dates in net are days, never instants. */
export type IsoDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * A calendar day net keeps: `YYYY-MM-DD` in the years 1000 to 9999. Four-digit years keep the
 * text order the date order (the store and the rules compare days as text), and a year under
 * 1000 is a typo or a placeholder ("0000"), never a day someone met anyone.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

export function isIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= FIRST_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Hot path (rules run these for every contact): parse and format by hand.
function toUtc(day: IsoDate): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function fromUtc(ms: number): IsoDate {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  return `${y < 1000 ? String(y).padStart(4, "0") : y}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Today in the local time zone of the machine, from a clock reading. */
export function localDay(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The stamp written as created_at / updated_at for a clock reading, on the day net works with:
 * the local time of day and its UTC offset (`Z` in UTC), so its first ten characters are `today`
 * (the machine's local day, or NET_TODAY's when pinned) and a day's stamps sort in the order taken.
 * Unpinned it is the same instant as the clock reading; `toISOString()` would give the UTC day,
 * which is not today near midnight away from UTC.
 */
export function stampOn(today: IsoDate, clock: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const east = -clock.getTimezoneOffset();
  const zone = east === 0 ? "Z" : `${east > 0 ? "+" : "-"}${pad(Math.floor(Math.abs(east) / 60))}:${pad(Math.abs(east) % 60)}`;
  const time = `${pad(clock.getHours())}:${pad(clock.getMinutes())}:${pad(clock.getSeconds())}.${pad(clock.getMilliseconds(), 3)}`;
  return `${today}T${time}${zone}`;
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(day) + days * MS_PER_DAY);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const clamped = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: IsoDate): number {
  return new Date(toUtc(day)).getUTCDay();
}

export function startOfMonth(day: IsoDate): IsoDate {
  return `${day.slice(0, 7)}-01`;
}

export function endOfMonth(day: IsoDate): IsoDate {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return `${day.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

/** Monday of the ISO week holding `day`. */
export function startOfWeek(day: IsoDate): IsoDate {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function quarterOf(day: IsoDate): { year: number; quarter: number } {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return { year: y, quarter: Math.floor((m - 1) / 3) + 1 };
}

export function quarterRange(year: number, quarter: number): { from: IsoDate; to: IsoDate } {
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
  return { from, to: addDays(addMonths(from, 3), -1) };
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate | null | undefined, b: IsoDate | null | undefined): IsoDate | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

// ---------------------------------------------------------------------------
// Durations

export type DurationUnit = "d" | "w" | "m" | "y";
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const UNIT_WORDS: Record<string, DurationUnit> = {
  d: "d",
  day: "d",
  days: "d",
  w: "w",
  wk: "w",
  week: "w",
  weeks: "w",
  m: "m",
  mo: "m",
  month: "m",
  months: "m",
  y: "y",
  yr: "y",
  year: "y",
  years: "y",
};

export const DURATION_FORMS = "10d, 2w, 3m, 1y (days, weeks, months, years)";

/** Reads `10d`, `2w`, `3m`, `1y`, `2 weeks`; null when the text is not a duration. */
export function readDuration(text: string): Duration | null {
  const m = /^\s*(\d{1,4})\s*([a-z]+)\s*$/i.exec(text);
  if (!m) return null;
  const unit = UNIT_WORDS[(m[2] as string).toLowerCase()];
  const amount = Number(m[1]);
  if (!unit || amount <= 0) return null;
  return { amount, unit };
}

export function parseDuration(text: string, what = "duration"): Duration {
  const duration = readDuration(text);
  if (!duration) throw usageError(`'${text}' is not a ${what}`, `use a number and a unit: ${DURATION_FORMS}`);
  return duration;
}

/** A duration as a number of days, for cadences: a month counts 30 days, a year 365. */
export function durationDays(duration: Duration): number {
  const per = { d: 1, w: 7, m: 30, y: 365 }[duration.unit];
  return duration.amount * per;
}

export function addDuration(day: IsoDate, duration: Duration, sign = 1): IsoDate {
  switch (duration.unit) {
    case "d":
      return addDays(day, sign * duration.amount);
    case "w":
      return addDays(day, sign * duration.amount * 7);
    case "m":
      return addMonths(day, sign * duration.amount);
    case "y":
      return addMonths(day, sign * duration.amount * 12);
  }
}

export function formatDays(days: number): string {
  if (days % 365 === 0) return `${days / 365}y`;
  if (days % 30 === 0) return `${days / 30}m`;
  if (days % 7 === 0) return `${days / 7}w`;
  return `${days}d`;
}

// ---------------------------------------------------------------------------
// Human date input

export const DATE_FORMS = "2026-11-20, today, yesterday, tomorrow, 'last friday', 'next monday', '3 days ago', 'in 2 weeks'";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function weekdayIndex(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return -1;
  return WEEKDAYS.findIndex((name) => name.startsWith(w));
}

/**
 * Reads the common ways people write a day, relative to `today`.
 * Returns null when the text is none of them (the caller may then try a fuller parser).
 */
export function readDate(text: string, today: IsoDate): IsoDate | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (ISO_DAY.test(t)) return isIsoDate(t) ? t : null;
  if (t === "today" || t === "now") return today;
  if (t === "yesterday") return addDays(today, -1);
  if (t === "tomorrow") return addDays(today, 1);

  let m = /^(\d{1,4}|a|an|one) ([a-z]+) ago$/.exec(t);
  if (m) {
    const d = readDuration(`${/^\d/.test(m[1] as string) ? m[1] : "1"}${m[2]}`);
    return d ? addDuration(today, d, -1) : null;
  }
  m = /^in (\d{1,4}|a|an|one) ([a-z]+)$/.exec(t);
  if (m) {
    const d = readDuration(`${/^\d/.test(m[1] as string) ? m[1] : "1"}${m[2]}`);
    return d ? addDuration(today, d) : null;
  }
  m = /^(last|next|this)? ?([a-z]+)$/.exec(t);
  if (m) {
    const target = weekdayIndex(m[2] as string);
    if (target >= 0) {
      const current = weekday(today);
      if (m[1] === "next") {
        const ahead = (target - current + 7) % 7 || 7;
        return addDays(today, ahead);
      }
      // "friday" and "last friday" both mean the most recent one strictly before today.
      const back = (current - target + 7) % 7 || 7;
      return addDays(today, -back);
    }
  }
  m = /^last (week|month|year)$/.exec(t);
  if (m) return addDuration(today, { amount: 1, unit: (m[1] as string)[0] as DurationUnit }, -1);
  return null;
}

/** A fuller parser (chrono-node), loaded only when the simple forms do not match. */
export type FallbackDateParser = (text: string, today: IsoDate) => IsoDate | null;

/** A fuller parser must not get `2026-13-01`: chrono reads that as January 13. */
function fallbackFor(text: string, fallback: FallbackDateParser | undefined): FallbackDateParser | undefined {
  return ISO_DAY.test(text.trim()) ? undefined : fallback;
}

/**
 * A minus sign before a number ("-1 days ago", "in -3 days"): the fuller parser would read it as
 * the opposite direction ("-1 days ago" as yesterday), so it is refused rather than guessed.
 */
function refuseNegative(text: string, what: string): void {
  if (!ISO_DAY.test(text.trim()) && /(^|[\s(])[-\u2212]\s*\d/.test(text))
    throw usageError(`${what} '${text}' has a negative number`, "write '3 days ago' for the past, 'in 3 days' or 3d for the future");
}

/**
 * A computed day (`99999999 days ago`, `9999 years ago`, or what the fuller parser read) must be a
 * day net keeps: years 1000 to 9999, so every day stored can be exported and imported back.
 */
export function checkDay(day: IsoDate, text: string, what: string): IsoDate {
  if (!isIsoDate(day))
    throw usageError(
      `${what} '${text}' falls outside the years ${FIRST_YEAR} to ${LAST_YEAR}${/^-?\d+-\d+-\d+$/.test(day) ? ` (${day})` : ""}`,
      `give a day between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31, e.g. 2026-11-20 or '3 days ago'`,
    );
  return day;
}

export function parseDate(text: string, today: IsoDate, options: { what?: string; fallback?: FallbackDateParser } = {}): IsoDate {
  const what = options.what ?? "the date";
  refuseNegative(text, what);
  const day = readDate(text, today) ?? fallbackFor(text, options.fallback)?.(text, today) ?? null;
  if (!day) {
    throw usageError(`can't read '${text}' as ${options.what ?? "a date"}`, `try one of: ${DATE_FORMS}`);
  }
  return checkDay(day, text, what);
}

/** A follow-up: either a date or a duration from today (`2w`). A bare weekday is the coming one. */
export function parseWhen(text: string, today: IsoDate, fallback?: FallbackDateParser, what = "the follow-up date"): IsoDate {
  refuseNegative(text, what);
  const duration = readDuration(text);
  if (duration) return checkDay(addDuration(today, duration), text, what);
  const bare = /^\s*(?:this\s+)?([a-z]+)\s*$/i.exec(text);
  const ahead = bare && weekdayIndex(bare[1] as string) >= 0 ? `next ${bare[1]}` : text;
  const day = readDate(ahead, today) ?? fallbackFor(text, fallback)?.(text, today) ?? null;
  if (!day) {
    throw usageError(`can't read '${text}' as a date or duration`, `try a duration (${DURATION_FORMS}) or a date (${DATE_FORMS})`);
  }
  return checkDay(day, text, what);
}

/** "today", "yesterday", "3 days ago", "in 5 days": short relative phrasing for display. */
export function relativeDay(day: IsoDate, today: IsoDate): string {
  const diff = daysBetween(today, day);
  if (diff === 0) return "today";
  if (diff === -1) return "yesterday";
  if (diff === 1) return "tomorrow";
  return diff < 0 ? `${-diff} days ago` : `in ${diff} days`;
}
