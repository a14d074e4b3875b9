import dayjs, { type Dayjs } from "dayjs";
import utc from "dayjs/plugin/utc.js";
// The French names ("mar. 3 déc."): registered beside English, used only when French is spoken.
// Loading it whatever the language costs nothing measurable (see the comment on showDay).
import "dayjs/locale/fr.js";
import { dates as englishDates } from "../i18n/en/dates.js";
import { messages } from "../i18n/index.js";
import { usageError } from "./errors.js";

// UTC mode: a day is a calendar day, never moved by the machine's time zone (no midnight in São
// Paulo or Kiritimati lands on the day before or after).
dayjs.extend(utc);

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

// The integer-day helpers: addDays and daysBetween stay hand-written on the hot path, by measure.
// They run for every contact (`net list` on 30,000 people calls each ~30,000 times; nudge ~500),
// and 100,000 addDays take 22 ms by hand against 320 ms through dayjs.utc().add().format()
// (daysBetween: 18 ms against 130 ms): dayjs would add ~100 ms to that list. The periods and month
// steps below, a few calls a command, go through dayjs.
function toUtc(day: IsoDate): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function fromUtc(ms: number): IsoDate {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  return `${y < 1000 ? String(y).padStart(4, "0") : y}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** A day as dayjs sees it, in UTC mode. */
const utcDay = (day: IsoDate): Dayjs => dayjs.utc(day);
const isoOf = (d: Dayjs): IsoDate => d.format("YYYY-MM-DD");

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

/**
 * Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29).
 * On the month index, not dayjs's add("month"): the two agree on every day net keeps (a property
 * test says so), but a follow-up of "9999 years ago" must come out as the day-like text
 * checkDay's message expects, which dayjs's Date (and its negative years) does not give.
 */
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
  return isoOf(utcDay(day).startOf("month"));
}

export function endOfMonth(day: IsoDate): IsoDate {
  return isoOf(utcDay(day).endOf("month"));
}

/**
 * Monday of the ISO week holding `day`, in every language: weeks start on Monday for English as
 * for French (as they always have in net), so a streak of weeks means the same whatever the
 * language, and the habit line counts the same gestures.
 * An integer-day helper, by measure: the habit line calls it ~190 times a nudge, and through dayjs
 * (utc().subtract().format()) nudge took ~1.5-2 ms more CPU (median of 60 alternated runs, 10k).
 */
export function startOfWeek(day: IsoDate): IsoDate {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function quarterOf(day: IsoDate): { year: number; quarter: number } {
  const d = utcDay(day);
  return { year: d.year(), quarter: Math.floor(d.month() / 3) + 1 };
}

export function quarterRange(year: number, quarter: number): { from: IsoDate; to: IsoDate } {
  const from = utcDay(`${year}-${pad2((quarter - 1) * 3 + 1)}-01`);
  return { from: isoOf(from), to: isoOf(from.add(2, "month").endOf("month")) };
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

/** The unit words read in either language (accents and case folded away first): `2w`, `2 sem`, `2 semaines`. */
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
  // French: "10 j", "3 jours", "2 sem", "2 semaines", "1 mois", "1 an", "2 années".
  j: "d",
  jr: "d",
  jrs: "d",
  jour: "d",
  jours: "d",
  sem: "w",
  sems: "w",
  semaine: "w",
  semaines: "w",
  mois: "m",
  an: "y",
  ans: "y",
  annee: "y",
  annees: "y",
};

/** The forms a duration may take, in English (the hint in the active language: messages().dates.durationForms). */
export const DURATION_FORMS = englishDates.durationForms;

/** Lower case, without accents, with straight apostrophes and single spaces: "Aujourd’hui" → "aujourd'hui". */
function fold(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, " ");
}

/** Reads `10d`, `2w`, `3m`, `1y`, `2 weeks`, `2 sem`, `1 mois`, `10 j`; null when the text is not a duration. */
export function readDuration(text: string): Duration | null {
  const m = /^(\d{1,4}) ?([a-z]+)\.?$/.exec(fold(text));
  if (!m) return null;
  const unit = UNIT_WORDS[m[2] as string];
  const amount = Number(m[1]);
  if (!unit || amount <= 0) return null;
  return { amount, unit };
}

/** `what` is the kind of value (a noun: "cadence"); the active language's "duration" by default. */
export function parseDuration(text: string, what?: string): Duration {
  const duration = readDuration(text);
  if (!duration) {
    const t = messages().dates;
    throw usageError(t.notDuration({ text, what: what ?? t.duration }), t.notDurationHint(t.durationForms));
  }
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

/** A number of days as the shortest duration: "2w", "1m", "10d" ("2 sem", "1 mois", "10 j" in French). */
export function formatDays(days: number): string {
  const t = messages().dates;
  if (days % 365 === 0) return t.spanYears(days / 365);
  if (days % 30 === 0) return t.spanMonths(days / 30);
  if (days % 7 === 0) return t.spanWeeks(days / 7);
  return t.spanDays(days);
}

// ---------------------------------------------------------------------------
// Showing days, in the language spoken (weekday and month names from dayjs's locales)
//
// The French locale is registered at start-up whatever the language: measured on the built bundle,
// requiring it costs under 0.1 ms (a 1.5 KB object), below what a start-up measurement can see, so
// it is not worth a lazy load.

function named(day: IsoDate): Dayjs {
  return utcDay(day).locale(messages().dates.locale);
}

/** "Tue 3 Dec" / "mar. 3 déc.": a day in a list or a title. */
export function showDay(day: IsoDate): string {
  const d = named(day);
  return messages().dates.shortDay({ weekday: d.format("ddd"), day: d.date(), month: d.format("MMM") });
}

/** "3 December 2026" / "3 décembre 2026" ("1er décembre 2026"). */
export function showLongDay(day: IsoDate): string {
  const d = named(day);
  return messages().dates.longDay({ day: d.date(), month: d.format("MMMM"), year: d.year() });
}

/** The month's name: "November" / "novembre" for any day of it. */
export function monthName(day: IsoDate): string {
  return named(day).format("MMMM");
}

/** The month's short name: "Nov" / "nov.". */
export function shortMonthName(day: IsoDate): string {
  return named(day).format("MMM");
}

/** The weekday's short name: "Mon" / "lun.". */
export function shortWeekdayName(day: IsoDate): string {
  return named(day).format("ddd");
}

/** "today", "yesterday", "3 days ago", "in 5 days" ("aujourd’hui", "hier", "il y a 3 jours"…): short relative phrasing. */
export function relativeDay(day: IsoDate, today: IsoDate): string {
  const t = messages().dates;
  const diff = daysBetween(today, day);
  if (diff === 0) return t.today;
  if (diff === -1) return t.yesterday;
  if (diff === 1) return t.tomorrow;
  return diff < 0 ? t.daysAgo(-diff) : t.inDays(diff);
}

// ---------------------------------------------------------------------------
// Human date input, in English and French whatever the language spoken: the forms below are read
// by hand (no parser to load); the rest go to chrono-node (src/cli/input.ts), where only an
// ambiguous numeric day ("03/04") follows the language: month first in English, day first in French.

/** The forms a date may take, in English (the hint in the active language: messages().dates.dateForms). */
export const DATE_FORMS = englishDates.dateForms;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const JOURS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

/** 0 = Sunday … 6 = Saturday for an English weekday or its first letters ("fri"), or a French one in full; else -1. */
function weekdayIndex(word: string): number {
  const w = word.toLowerCase();
  const french = JOURS.indexOf(w);
  if (french >= 0) return french;
  if (w.length < 3) return -1;
  return WEEKDAYS.findIndex((name) => name.startsWith(w));
}

/** The weekday `target` before today ("last friday", strictly before) or after it ("next friday"). */
function nearestWeekday(today: IsoDate, target: number, ahead: boolean): IsoDate {
  const current = weekday(today);
  if (ahead) return addDays(today, (target - current + 7) % 7 || 7);
  return addDays(today, -((current - target + 7) % 7 || 7));
}

/** "3", "a", "an", "one", "un", "une" as a number. */
const COUNT = "(\\d{1,4}|a|an|one|un|une)";
const countOf = (word: string) => (/^\d/.test(word) ? word : "1");

/** A day `amount unit` away from today, or null when the unit is not one ("3 blurfs ago"). */
function away(today: IsoDate, amount: string, unit: string, sign: number): IsoDate | null {
  const d = readDuration(`${countOf(amount)}${unit}`);
  return d ? addDuration(today, d, sign) : null;
}

const LAST_PERIOD_FR: Record<string, DurationUnit> = {
  "la semaine derniere": "w",
  "la semaine passee": "w",
  "le mois dernier": "m",
  "le mois passe": "m",
  "l'an dernier": "y",
  "l'an passe": "y",
  "l'annee derniere": "y",
  "l'annee passee": "y",
};

/**
 * Reads the common ways people write a day, relative to `today`, in English or French:
 * `today`, `yesterday`, `3 days ago`, `in 2 weeks`, `last friday`, `next monday`, `aujourd'hui`,
 * `hier`, `avant-hier`, `il y a 3 jours`, `dans 2 semaines`, `vendredi dernier`, `lundi prochain`.
 * Returns null when the text is none of them (the caller may then try a fuller parser).
 */
export function readDate(text: string, today: IsoDate): IsoDate | null {
  const t = fold(text);
  if (ISO_DAY.test(t)) return isIsoDate(t) ? t : null;
  // The words people type, in both languages (read, never shown: i18n-ignore on each).
  switch (t) {
    case "today":
    case "now":
    case "aujourd'hui": // i18n-ignore: typed, not shown
    case "aujourdhui":
    case "maintenant":
      return today;
    case "yesterday":
    case "hier":
      return addDays(today, -1);
    case "tomorrow":
    case "demain":
      return addDays(today, 1);
    case "avant-hier":
    case "avant hier": // i18n-ignore: typed, not shown
      return addDays(today, -2);
    case "apres-demain":
    case "apres demain": // i18n-ignore: typed, not shown
      return addDays(today, 2);
  }

  let m = new RegExp(`^${COUNT} ([a-z]+) ago$`).exec(t) ?? new RegExp(`^il y a ${COUNT} ([a-z]+)$`).exec(t);
  if (m) return away(today, m[1] as string, m[2] as string, -1);
  m = new RegExp(`^(?:in|dans) ${COUNT} ([a-z]+)$`).exec(t);
  if (m) return away(today, m[1] as string, m[2] as string, 1);

  // "friday" and "last friday" both mean the most recent one strictly before today; so do
  // "vendredi", "vendredi dernier" and "ce vendredi" (as "this friday").
  m = /^(last|next|this|ce)? ?([a-z]+)$/.exec(t);
  if (m) {
    const target = weekdayIndex(m[2] as string);
    if (target >= 0) return nearestWeekday(today, target, m[1] === "next");
  }
  m = /^([a-z]+) (dernier|passe|prochain)$/.exec(t);
  if (m) {
    const target = JOURS.indexOf(m[1] as string);
    if (target >= 0) return nearestWeekday(today, target, m[2] === "prochain");
  }
  m = /^last (week|month|year)$/.exec(t);
  if (m) return addDuration(today, { amount: 1, unit: (m[1] as string)[0] as DurationUnit }, -1);
  const period = LAST_PERIOD_FR[t];
  if (period) return addDuration(today, { amount: 1, unit: period }, -1);
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
  if (!ISO_DAY.test(text.trim()) && /(^|[\s(])[-\u2212]\s*\d/.test(text)) {
    const t = messages().dates;
    throw usageError(t.negative({ text, what }), t.negativeHint);
  }
}

/**
 * A computed day (`99999999 days ago`, `9999 years ago`, or what the fuller parser read) must be a
 * day net keeps: years 1000 to 9999, so every day stored can be exported and imported back.
 * `what` names the field (the active language's "the date" by default).
 */
export function checkDay(day: IsoDate, text: string, what?: string): IsoDate {
  if (!isIsoDate(day)) {
    const t = messages().dates;
    throw usageError(
      t.outOfRange({
        text,
        what: what ?? t.theDate,
        first: FIRST_YEAR,
        last: LAST_YEAR,
        day: /^-?\d+-\d+-\d+$/.test(day) ? day : null,
      }),
      t.outOfRangeHint({ first: FIRST_YEAR, last: LAST_YEAR }),
    );
  }
  return day;
}

export function parseDate(text: string, today: IsoDate, options: { what?: string; fallback?: FallbackDateParser } = {}): IsoDate {
  const t = messages().dates;
  const what = options.what ?? t.theDate;
  refuseNegative(text, what);
  const day = readDate(text, today) ?? fallbackFor(text, options.fallback)?.(text, today) ?? null;
  if (!day) throw usageError(t.unreadable({ text, what: options.what ?? t.aDate }), t.unreadableHint(t.dateForms));
  return checkDay(day, text, what);
}

/** A follow-up: either a date or a duration from today (`2w`). A bare weekday is the coming one. */
export function parseWhen(text: string, today: IsoDate, fallback?: FallbackDateParser, what?: string): IsoDate {
  const t = messages().dates;
  const field = what ?? t.theFollowUpDate;
  refuseNegative(text, field);
  const duration = readDuration(text);
  if (duration) return checkDay(addDuration(today, duration), text, field);
  const bare = /^(?:this |ce )?([a-z]+)$/.exec(fold(text));
  const ahead = bare && weekdayIndex(bare[1] as string) >= 0 ? `next ${bare[1]}` : text;
  const day = readDate(ahead, today) ?? fallbackFor(text, fallback)?.(text, today) ?? null;
  if (!day) throw usageError(t.unreadableWhen(text), t.unreadableWhenHint({ durations: t.durationForms, dates: t.dateForms }));
  return checkDay(day, text, field);
}
