/**
 * The quarterly review (`net map`): what happened in a period and what to do next.
 * Pure: every function gets the data it needs and `today`; no I/O, no clock.
 */

import { nextDueOn } from "./contacts.js";
import { addDays, addMonths, daysBetween, type IsoDate, minDate, quarterOf, quarterRange, readDate, startOfWeek } from "./dates.js";
import { usageError } from "./errors.js";
import { isGesture } from "./gestures.js";
import { largest } from "./lists.js";
import { type Circle, cadenceOf, type Direction, type Intent, type Kind, type Tier } from "./model.js";

// ---------------------------------------------------------------------------
// Periods

export type PeriodKind = "quarter" | "month" | "year" | "range";

export interface Period {
  kind: PeriodKind;
  /** `2026Q3`, `2026-10`, `2026`, or `2026-07-01..2026-09-30`. */
  label: string;
  from: IsoDate;
  to: IsoDate;
}

/** The period flags of `net map`: `true` when the flag is given without a value. */
export interface PeriodFlags {
  quarter?: string | boolean;
  month?: string | boolean;
  year?: string | boolean;
  since?: string;
  until?: string;
}

export const PERIOD_FORMS = "--quarter [2026Q3], --month [2026-10], --year [2026], --since 2026-07-01 [--until 2026-09-30]";

export function quarterPeriod(year: number, quarter: number): Period {
  const { from, to } = quarterRange(year, quarter);
  return { kind: "quarter", label: `${year}Q${quarter}`, from, to };
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

function bad(flag: string, value: string): never {
  throw usageError(`'${value}' is not a period for ${flag}`, `accepted forms: ${PERIOD_FORMS}`);
}

/** Reads `2026Q3`, `2026-Q3`, `Q3 2026`, or `Q3` (this year's). */
export function parseQuarter(text: string, today: IsoDate): Period {
  const t = text.trim();
  let m = /^(\d{4})\s*-?\s*[Qq]([1-4])$/.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = /^[Qq]([1-4])(?:\s*[- ]?\s*(\d{4}))?$/.exec(t);
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
  if (!day)
    throw usageError(`can't read '${text}' as a date for ${flag}`, `use YYYY-MM-DD (or today, '3 months ago'); periods: ${PERIOD_FORMS}`);
  return day;
}

/** The period the flags ask for; with none, the current quarter. */
export function parsePeriod(flags: PeriodFlags, today: IsoDate): Period {
  const given = (["quarter", "month", "year"] as const).filter((k) => flags[k] !== undefined && flags[k] !== false);
  const range = flags.since !== undefined || flags.until !== undefined;
  if (given.length + (range ? 1 : 0) > 1)
    throw usageError(
      `choose one period: ${[...given.map((k) => `--${k}`), ...(range ? ["--since/--until"] : [])].join(", ")} were given`,
      `accepted forms: ${PERIOD_FORMS}`,
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
    if (flags.since === undefined)
      throw usageError("--until needs --since: from when?", `e.g. --since 2026-07-01 --until 2026-09-30; periods: ${PERIOD_FORMS}`);
    const from = readDay(flags.since, "--since", today);
    const to = flags.until === undefined ? today : readDay(flags.until, "--until", today);
    if (to < from) throw usageError(`--until (${to}) is before --since (${from})`, "swap them, or give a later --until");
    return rangePeriod(from, to);
  }
  return quarterContaining(today);
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

// ---------------------------------------------------------------------------
// Inputs. The store (src/store/reviews.ts) loads them aggregated in SQL, so a large network stays
// fast; tests build them from plain interactions with the helpers below, which say what each means.

export type WindowName = "current" | "previous";

/** How many interactions of one kind and direction fell in the current or the previous window. */
export interface KindCount {
  window: WindowName;
  kind: Kind;
  direction: Direction;
  count: number;
}

/** How many interactions happened on one day (any kind, any direction). */
export interface DayTotal {
  date: IsoDate;
  count: number;
}

/** People met in person (contact source `added`) in a window, by sector and circle. */
export interface MetCount {
  window: WindowName;
  sector: string | null;
  circle: Circle | null;
  /** Archived since: they were met, but are no longer part of the network's shape. */
  archived: boolean;
  count: number;
}

/** What the re-contact list needs to know about a person. */
export interface PersonLine {
  id: string;
  slug: string;
  name: string;
  tier: Tier;
  cadenceDays: number | null;
  intent: Intent | null;
  metOn: IsoDate | null;
  source: "added" | "imported";
  createdAt: string;
  lastInteractionOn: IsoDate | null;
  keepInTouchDoneOn?: IsoDate | null;
}

export interface LastGesture {
  date: IsoDate;
  kind: Kind;
  direction: Direction;
  note: string | null;
}

/** Help or an introduction received from a person, and the last thanks given to them (any date). */
export interface Received {
  interactionId: string;
  date: IsoDate;
  kind: "help" | "intro";
  note: string | null;
  person: { id: string; slug: string; name: string };
  lastThanksOn: IsoDate | null;
}

/** Help, intros and shares exchanged with one person in the period, and asks made of them. */
export interface PersonBalance {
  person: { id: string; slug: string; name: string };
  gave: number;
  received: number;
  asked: number;
}

/** Active contacts counted by circle, sector, intent and tier. */
export interface ShapeCount {
  circle: Circle | null;
  sector: string | null;
  intent: Intent | null;
  tier: Tier;
  count: number;
}

export interface Goals {
  newPeoplePerMonth: number;
  eventsPerMonth: number;
  gesturesPerWeek: number;
}

function within(day: IsoDate, window: { from: IsoDate; to: IsoDate }): boolean {
  return day >= window.from && day <= window.to;
}

/** Which comparison window a day falls in, if any. */
export function windowOf(day: IsoDate, windows: { current: Window; previous: Window }): WindowName | null {
  if (within(day, windows.current)) return "current";
  if (within(day, windows.previous)) return "previous";
  return null;
}

/** Interactions counted by window, kind and direction (the store does this in SQL). */
export function kindCounts(
  interactions: readonly { date: IsoDate; kind: Kind; direction: Direction }[],
  windows: { current: Window; previous: Window },
): KindCount[] {
  const byKey = new Map<string, KindCount>();
  for (const i of interactions) {
    const window = windowOf(i.date, windows);
    if (!window) continue;
    const key = `${window}|${i.kind}|${i.direction}`;
    const entry = byKey.get(key) ?? { window, kind: i.kind, direction: i.direction, count: 0 };
    entry.count++;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** Interactions counted per day (the store does this in SQL). */
export function dayTotals(interactions: readonly { date: IsoDate }[]): DayTotal[] {
  const byDay = new Map<IsoDate, number>();
  for (const i of interactions) byDay.set(i.date, (byDay.get(i.date) ?? 0) + 1);
  return [...byDay].map(([date, count]) => ({ date, count })).sort((a, b) => cmp(a.date, b.date));
}

/** The later of two days (dates compare as strings). */
function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}

/** Stable, locale-free ordering (the same as SQLite's). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Pulse

export interface Measure {
  value: number;
  /** The same measure over the comparison window of the previous period. */
  previous: number;
  delta: number;
  /** The target for the whole period, from the goals; null when there is none. */
  goal: number | null;
  /** The share of the goal expected by today (the whole goal once the period is over). */
  goalSoFar: number | null;
  met: boolean | null;
}

export interface Pulse {
  gesturesGiven: Measure;
  received: Measure;
  peopleMet: Measure;
  events: Measure;
}

/** Given by the user: direction gave or mutual, any kind but event. */

function measure(value: number, previous: number, goal: number | null, share: number): Measure {
  // Only what is wholly due by now is expected: a third of an event is not yet "behind".
  const goalSoFar = goal === null ? null : Math.floor(goal * share + 1e-9);
  // Nothing due yet (a period that hasn't started, a network days old): no verdict.
  const met = goalSoFar === null || goalSoFar === 0 ? null : value >= goalSoFar;
  return { value, previous, delta: value - previous, goal, goalSoFar, met };
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

export function pulse(input: {
  period: Period;
  today: IsoDate;
  kinds: readonly KindCount[];
  met: readonly MetCount[];
  goals: Goals;
  networkSince?: IsoDate | null;
}): Pulse {
  const { elapsedDays } = comparison(input.period, input.today);
  // Goals are expected only over the days net was in use: begun mid-period, the share is smaller.
  const before = input.networkSince && input.networkSince > input.period.from ? daysBetween(input.period.from, input.networkSince) : 0;
  const share = Math.max(0, elapsedDays - before) / periodDays(input.period);
  const sum = (window: WindowName, keep: (c: KindCount) => boolean) =>
    input.kinds.reduce((n, c) => (c.window === window && keep(c) ? n + c.count : n), 0);
  const measured = (keep: (c: KindCount) => boolean, goal: number | null) =>
    measure(sum("current", keep), sum("previous", keep), goal, share);
  const met = (window: WindowName) => input.met.reduce((n, m) => (m.window === window ? n + m.count : n), 0);
  const { goals, period } = input;
  return {
    gesturesGiven: measured((c) => isGesture(c.kind, c.direction), goals.gesturesPerWeek * periodWeeks(period)),
    received: measured((c) => c.direction === "received", null),
    peopleMet: measure(met("current"), met("previous"), goals.newPeoplePerMonth * periodMonths(period), share),
    events: measured((c) => c.kind === "event", goals.eventsPerMonth * periodMonths(period)),
  };
}

// ---------------------------------------------------------------------------
// Activity over time

export interface ActivityBucket {
  from: IsoDate;
  count: number;
  /** False for days still to come. */
  past: boolean;
}

export interface ActivitySeries {
  label: string;
  from: IsoDate;
  to: IsoDate;
  total: number;
  buckets: ActivityBucket[];
}

export interface Activity {
  /** Each bucket is this many days (7: one per week, starting Mondays). */
  bucketDays: number;
  /** The largest bucket across all series: the top of the shared scale. */
  max: number;
  /** The period and the three before it, oldest first. */
  series: ActivitySeries[];
}

/**
 * Interactions per week for the period and the three before it. Weeks start on Mondays; the first
 * and last week of a period count only the days inside it. `weeksPerBucket` > 1 groups weeks so a
 * long period still fits a line.
 */
export function activity(input: { period: Period; today: IsoDate; days: readonly DayTotal[]; weeksPerBucket?: number }): Activity {
  const per = Math.max(1, Math.floor(input.weeksPerBucket ?? 1));
  const bucketDays = 7 * per;
  const byDay = new Map<IsoDate, number>();
  for (const c of input.days) byDay.set(c.date, (byDay.get(c.date) ?? 0) + c.count);
  const days = [...byDay.keys()].sort();
  const series = contextPeriods(input.period).map((p) => {
    const start = startOfWeek(p.from);
    const buckets: ActivityBucket[] = [];
    for (let from = start; from <= p.to; from = addDays(from, bucketDays))
      buckets.push({ from: laterOf(from, p.from), count: 0, past: from <= input.today });
    let total = 0;
    for (const day of days) {
      if (day < p.from || day > p.to) continue;
      const n = byDay.get(day) as number;
      const index = Math.floor(daysBetween(start, day) / bucketDays);
      (buckets[index] as ActivityBucket).count += n;
      total += n;
    }
    return { label: p.label, from: p.from, to: p.to, total, buckets };
  });
  const max = largest(
    series.flatMap((s) => s.buckets.map((b) => b.count)),
    0,
  );
  return { bucketDays, max, series };
}

/** How many weeks to put in a bucket so the longest series fits `columns` characters. */
export function weeksPerBucketFor(period: Period, columns: number): number {
  const weeks = Math.ceil((daysBetween(startOfWeek(period.from), period.to) + 1) / 7);
  return Math.max(1, Math.ceil(weeks / Math.max(1, columns)));
}

// ---------------------------------------------------------------------------
// Re-contact

export interface RecontactEntry {
  id: string;
  slug: string;
  name: string;
  tier: Tier;
  intent: Intent | null;
  cadenceDays: number;
  /** The last interaction's day (or when met / added when there was none). */
  since: IsoDate;
  daysSince: number;
  overdueDays: number;
  /** No interaction for more than twice the cadence. */
  dormant: boolean;
  /** The last interaction (filled by withLastGestures for the people listed). */
  lastGesture: LastGesture | null;
}

export interface Recontact {
  /** People past their cadence but not yet dormant, all of them counted. */
  lapsedCount: number;
  /** Dormant ties whose intent or tier says they matter. */
  dormantCount: number;
  /** Dormant ties with no intent and a loose tier: counted, not listed. */
  quietCount: number;
  /** The lapsed, worst first, then the dormant that matter; at most `limit` of each. */
  people: RecontactEntry[];
}

/** A tie matters when the user said why (an intent) or keeps it close. */
export function matters(person: Pick<PersonLine, "intent" | "tier">): boolean {
  return person.intent !== null || person.tier === "close" || person.tier === "active";
}

const TIER_WEIGHT: Record<Tier, number> = { close: 3, active: 2, network: 1, dormant: 0 };

export function recontact(input: {
  people: readonly PersonLine[];
  today: IsoDate;
  cadences: Record<Tier, number>;
  limit?: number;
  /**
   * Counts made over everyone by the store, when `people` holds only the candidates it ranked first
   * (the same order as here): the lists come from `people`, the counts from here.
   */
  counted?: { lapsed: number; dormant: number; quiet: number };
}): Recontact {
  const limit = input.limit ?? 10;
  const lapsed: RecontactEntry[] = [];
  const dormant: RecontactEntry[] = [];
  let quietCount = 0;
  for (const p of input.people) {
    // The same due date as everywhere else (net list, nudge's keep-in-touch).
    const due = nextDueOn(p, input.cadences);
    if (due > input.today) continue;
    const cadenceDays = cadenceOf(p, input.cadences);
    const since = addDays(due, -cadenceDays);
    const daysSince = daysBetween(since, input.today);
    const entry: RecontactEntry = {
      id: p.id,
      slug: p.slug,
      name: p.name,
      tier: p.tier,
      intent: p.intent,
      cadenceDays,
      since,
      daysSince,
      overdueDays: daysSince - cadenceDays,
      dormant: daysSince > 2 * cadenceDays,
      lastGesture: null,
    };
    if (!entry.dormant) lapsed.push(entry);
    else if (matters(p)) dormant.push(entry);
    else quietCount++;
  }
  // Worst first: the most overdue relative to the cadence, closer ties first on a tie, then by name.
  const worst = (a: RecontactEntry, b: RecontactEntry) =>
    b.daysSince / b.cadenceDays - a.daysSince / a.cadenceDays ||
    TIER_WEIGHT[b.tier] - TIER_WEIGHT[a.tier] ||
    cmp(a.name, b.name) ||
    cmp(a.id, b.id);
  // Dormant ties that matter: the closest first, then the longest silent.
  const closest = (a: RecontactEntry, b: RecontactEntry) =>
    TIER_WEIGHT[b.tier] - TIER_WEIGHT[a.tier] || Number(b.intent !== null) - Number(a.intent !== null) || worst(a, b);
  lapsed.sort(worst);
  dormant.sort(closest);
  return {
    lapsedCount: input.counted?.lapsed ?? lapsed.length,
    dormantCount: input.counted?.dormant ?? dormant.length,
    quietCount: input.counted?.quiet ?? quietCount,
    people: [...lapsed.slice(0, limit), ...dormant.slice(0, limit)],
  };
}

/** The re-contact list with each person's last interaction, looked up only for those listed. */
export function withLastGestures(list: Recontact, last: ReadonlyMap<string, LastGesture>): Recontact {
  return { ...list, people: list.people.map((p) => ({ ...p, lastGesture: last.get(p.id) ?? null })) };
}

// ---------------------------------------------------------------------------
// Thank

export interface ThankEntry {
  interactionId: string;
  date: IsoDate;
  kind: "help" | "intro";
  note: string | null;
  person: { id: string; slug: string; name: string };
  daysAgo: number;
}

/**
 * Help or introductions received in the period with no thanks given to that person on or after
 * that day (thanks logged after the period count). Longest waiting first.
 */
export function toThank(input: { received: readonly Received[]; period: Period; today: IsoDate }): ThankEntry[] {
  const out: ThankEntry[] = [];
  for (const r of input.received) {
    if (!within(r.date, input.period) || r.date > input.today) continue;
    if (r.lastThanksOn !== null && r.lastThanksOn >= r.date) continue;
    out.push({
      interactionId: r.interactionId,
      date: r.date,
      kind: r.kind,
      note: r.note,
      person: r.person,
      daysAgo: daysBetween(r.date, input.today),
    });
  }
  return out.sort((a, b) => cmp(a.date, b.date) || cmp(a.person.name, b.person.name) || cmp(a.interactionId, b.interactionId));
}

/** Thanks given to someone since they helped: what clears an entry of the thank list. */
export const isThanks = (kind: Kind, direction: Direction) => kind === "thanks" && direction !== "received";

// ---------------------------------------------------------------------------
// Balance

export interface BalanceEntry {
  id: string;
  slug: string;
  name: string;
  /** Help, intros and shares you gave (mutual counts both ways). */
  gave: number;
  received: number;
  /** Asks you made of them. */
  asked: number;
}

export interface BalanceSummary {
  gave: number;
  received: number;
  asked: number;
  /** Everyone you exchanged with in the period, the most one-sided first. */
  people: BalanceEntry[];
  /** People you only received from or asked of, giving nothing back in the period. */
  onlyTake: BalanceEntry[];
}

/** What the balance counts: help, intros and shares (an ask made is counted apart). */
export const BALANCE_KINDS: readonly Kind[] = ["help", "intro", "share"];

/** How an interaction counts in the balance: given (gave, mutual), received (received, mutual), or an ask you made. */
export function balanceOf(kind: Kind, direction: Direction): { gave: number; received: number; asked: number } {
  if (kind === "ask") return { gave: 0, received: 0, asked: direction === "gave" ? 1 : 0 };
  if (!BALANCE_KINDS.includes(kind)) return { gave: 0, received: 0, asked: 0 };
  return { gave: direction === "received" ? 0 : 1, received: direction === "gave" ? 0 : 1, asked: 0 };
}

/** The most one-sided first (received and asked against given), then the most exchanged, then by name. */
function oneSided(a: PersonBalance, b: PersonBalance): number {
  return (
    Math.abs(b.received + b.asked - b.gave) - Math.abs(a.received + a.asked - a.gave) ||
    b.gave + b.received + b.asked - (a.gave + a.received + a.asked) ||
    cmp(a.person.id, b.person.id)
  );
}

/**
 * Give and receive per person and overall in the period. Totals come from the period's counts
 * (each interaction once, however many people it involved); `people` are per person, active only.
 */
export function balance(input: { people: readonly PersonBalance[]; kinds: readonly KindCount[]; limit?: number }): BalanceSummary {
  const limit = input.limit ?? 10;
  const total = { gave: 0, received: 0, asked: 0 };
  for (const c of input.kinds) {
    if (c.window !== "current") continue;
    const part = balanceOf(c.kind, c.direction);
    total.gave += part.gave * c.count;
    total.received += part.received * c.count;
    total.asked += part.asked * c.count;
  }
  const list = input.people.filter((p) => p.gave + p.received + p.asked > 0).sort(oneSided);
  const entry = (p: PersonBalance): BalanceEntry => ({ ...p.person, gave: p.gave, received: p.received, asked: p.asked });
  return {
    ...total,
    people: list.slice(0, limit).map(entry),
    onlyTake: list
      .filter((p) => p.gave === 0)
      .slice(0, limit)
      .map(entry),
  };
}

// ---------------------------------------------------------------------------
// Shape of the network

export interface Slice {
  name: string;
  count: number;
  /** Of which met in the period. */
  new: number;
}

export interface Warning {
  code: "new-one-sector" | "new-one-circle" | "one-sector" | "no-internal-sponsor";
  message: string;
}

export interface Shape {
  total: number;
  newThisPeriod: number;
  byCircle: Slice[];
  bySector: Slice[];
  byIntent: Slice[];
  byTier: Slice[];
  /** Internal people you keep for influence: sponsors and partners inside your organisation. */
  internalSponsors: number;
  warnings: Warning[];
}

const UNSET = "(none)";

function slices(
  rows: readonly { key: string | null; count: number }[],
  fresh: readonly (string | null)[],
  order?: readonly string[],
): Slice[] {
  const byKey = new Map<string, Slice>();
  const keyOf = (k: string | null) => (k === null || k.trim() === "" ? UNSET : k.trim());
  for (const row of rows) {
    const name = keyOf(row.key);
    const fold = name.toLowerCase();
    const slice = byKey.get(fold) ?? { name, count: 0, new: 0 };
    slice.count += row.count;
    byKey.set(fold, slice);
  }
  for (const k of fresh) {
    const slice = byKey.get(keyOf(k).toLowerCase());
    if (slice) slice.new++;
  }
  const rank = (name: string) => (order ? (order.indexOf(name) < 0 ? order.length : order.indexOf(name)) : 0);
  return [...byKey.values()].sort(
    (a, b) =>
      Number(a.name === UNSET) - Number(b.name === UNSET) ||
      rank(a.name) - rank(b.name) ||
      b.count - a.count ||
      a.name.localeCompare(b.name),
  );
}

/**
 * Whether an internal sponsor or partner is worth having: the user's intentions (net goals set
 * intentions) include influence or cooperate; with no intentions set, when they keep people for influence.
 */
export function wantsSponsor(intentions: readonly string[] | undefined, counts: readonly ShapeCount[]): boolean {
  if (intentions && intentions.length > 0) return intentions.some((i) => i === "influence" || i === "cooperate");
  return counts.some((c) => c.intent === "influence" && c.count > 0);
}

export function shape(input: { counts: readonly ShapeCount[]; met: readonly MetCount[]; wantsSponsor: boolean }): Shape {
  const { counts } = input;
  // One entry per person met in the period and still in the network.
  const fresh = input.met.filter((m) => m.window === "current" && !m.archived).flatMap((m) => Array.from({ length: m.count }, () => m));
  const total = counts.reduce((n, c) => n + c.count, 0);
  const group = (key: (c: ShapeCount) => string | null) => {
    const merged = new Map<string | null, number>();
    for (const c of counts) merged.set(key(c), (merged.get(key(c)) ?? 0) + c.count);
    return [...merged].map(([k, count]) => ({ key: k, count }));
  };
  const bySector = slices(
    group((c) => c.sector),
    fresh.map((p) => p.sector),
  );
  // Intent and tier of the new people are not loaded: only circle and sector tell how wide new ties reach.
  const result: Shape = {
    total,
    newThisPeriod: fresh.length,
    byCircle: slices(
      group((c) => c.circle),
      fresh.map((p) => p.circle),
      ["internal", "external"],
    ),
    bySector,
    byIntent: slices(
      group((c) => c.intent),
      [],
      ["learn", "rebound", "influence", "cooperate"],
    ),
    byTier: slices(
      group((c) => c.tier),
      [],
      ["close", "active", "network", "dormant"],
    ),
    internalSponsors: counts.reduce((n, c) => (c.intent === "influence" && c.circle === "internal" ? n + c.count : n), 0),
    warnings: [],
  };

  const freshSectors = new Set(fresh.filter((p) => p.sector).map((p) => (p.sector as string).trim().toLowerCase()));
  const sectorName = (fold: string) => bySector.find((s) => s.name.toLowerCase() === fold)?.name ?? fold;
  if (fresh.length >= 2 && freshSectors.size === 1 && fresh.every((p) => p.sector)) {
    const only = sectorName([...freshSectors][0] as string);
    result.warnings.push({
      code: "new-one-sector",
      message: `All ${fresh.length} people met this period work in ${only}: someone from another sector brings outside ideas.`,
    });
  }
  const freshCircles = new Set(fresh.map((p) => p.circle));
  if (fresh.length >= 3 && freshCircles.size === 1 && !freshCircles.has(null)) {
    const circle = [...freshCircles][0] as Circle;
    result.warnings.push({
      code: "new-one-circle",
      message: `All ${fresh.length} people met this period are ${circle}: try someone ${circle === "internal" ? "outside" : "inside"} your organisation.`,
    });
  }
  const known = bySector.filter((s) => s.name !== UNSET);
  const knownTotal = known.reduce((n, s) => n + s.count, 0);
  const top = known[0];
  if (top && knownTotal >= 6 && top.count / knownTotal > 2 / 3) {
    result.warnings.push({
      code: "one-sector",
      message: `${Math.round((100 * top.count) / knownTotal)}% of your network works in ${top.name}: a narrow network hears the same ideas.`,
    });
  }
  if (input.wantsSponsor && result.internalSponsors === 0) {
    result.warnings.push({
      code: "no-internal-sponsor",
      message: "No internal sponsor or partner yet (intent influence, inside your organisation): in times of change, they open doors.",
    });
  }
  return result;
}

// ---------------------------------------------------------------------------
// Suggestions

export interface Suggestion {
  code: string;
  text: string;
}

/** Three concrete things for the next quarter, drawn from the review: small, easy gestures first. */
export function suggestions(input: {
  pulse: Pulse;
  recontact: Recontact;
  thank: readonly ThankEntry[];
  /** How many are waiting in all (`thank` may hold only the first). */
  thankWaiting?: number;
  balance: BalanceSummary;
  shape: Shape;
  goals: Goals;
  count?: number;
}): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (code: string, text: string) => {
    if (!out.some((s) => s.code === code)) out.push({ code, text });
  };
  const { pulse: p, shape: s, goals } = input;
  const firstThank = input.thank[0];
  if (firstThank) {
    const waiting = input.thankWaiting ?? input.thank.length;
    const more = waiting > 1 ? ` (and ${waiting - 1} more waiting)` : "";
    add(
      "thank",
      `Thank ${firstThank.person.name} for the ${firstThank.kind === "intro" ? "introduction" : "help"} of ${firstThank.date}: a two-line message is enough${more}.`,
    );
  }
  const lapsed = input.recontact.people.find((r) => !r.dormant) ?? input.recontact.people[0];
  if (lapsed) {
    add(
      "recontact",
      `Reconnect with ${lapsed.name} (${lapsed.daysSince} days since your last exchange): share something useful or ask how things are going.`,
    );
  }
  const taker = input.balance.onlyTake[0];
  if (taker) add("give-first", `Give first to ${taker.name}: offer help or an introduction, with nothing to ask in return.`);
  const metGoal = goals.newPeoplePerMonth * 3;
  const narrow = s.warnings.find((w) => w.code === "new-one-sector" || w.code === "one-sector");
  if (p.peopleMet.met === false || s.total === 0) {
    add(
      "meet",
      `Meet ${metGoal === 1 ? "one new person" : `${metGoal} new people`} next quarter (${goals.newPeoplePerMonth} a month)${narrow ? ", from another sector" : ""}, and log them with net add.`,
    );
  }
  if (s.warnings.some((w) => w.code === "no-internal-sponsor"))
    add(
      "sponsor",
      "Have coffee with someone inside your organisation who could sponsor or partner with you, and tag them --intent influence --internal.",
    );
  if (p.events.met === false || s.total === 0)
    add(
      "event",
      `Pick ${goals.eventsPerMonth * 3 === 1 ? "one event" : `${goals.eventsPerMonth * 3} events`} for next quarter (a meetup, a workshop, a community) and put the first in your calendar.`,
    );
  if (p.gesturesGiven.met === false)
    add(
      "gestures",
      `Aim for ${goals.gesturesPerWeek} small gestures a week: share an article, congratulate, take news, with no ulterior motive.`,
    );
  if (narrow) add("widen", "Meet someone outside your usual sector: they bring the outside ideas your network lacks.");
  // When everything is on track: keep the rhythm, and give.
  add("introduce", "Offer an introduction between two people who would gain from knowing each other.");
  add("card", "Reread your narrative business card (net card): two minutes, clear and lively, ready for the next first contact.");
  add("keep", "Keep the rhythm: one gesture a day from net nudge is enough.");
  return out.slice(0, input.count ?? 3);
}

// ---------------------------------------------------------------------------
// The whole review

export interface ReviewInput {
  period: Period;
  today: IsoDate;
  /** Interactions by window, kind and direction (windows from `comparison`). */
  kinds: readonly KindCount[];
  /** Interactions per day over the period and the three before it. */
  days: readonly DayTotal[];
  /** People met in person in each window. */
  met: readonly MetCount[];
  /** Active people, at least all those past their cadence (or the first ranked, with `counted`). */
  people: readonly PersonLine[];
  /** How many are lapsed, dormant that matter, and quiet, when `people` holds only the first ranked. */
  counted?: { lapsed: number; dormant: number; quiet: number };
  /** Help and intros received in the period (with `receivedWaiting`, only the first to thank). */
  received: readonly Received[];
  /** How many are waiting for thanks, when `received` holds only the first of them. */
  receivedWaiting?: number;
  /** Per person balance in the period (at least the most one-sided and those who only give to you). */
  balances: readonly PersonBalance[];
  shapeCounts: readonly ShapeCount[];
  cadences: Record<Tier, number>;
  goals: Goals;
  wantsSponsor: boolean;
  /** Groups weeks so the activity strip fits (see weeksPerBucketFor). */
  weeksPerBucket?: number;
  /** The day net was first used: goals count only the days since (a network days old is not "behind"). */
  networkSince?: IsoDate | null;
}

export interface Review {
  period: Period & { days: number; partial: boolean; elapsedDays: number; previous: Window };
  pulse: Pulse;
  activity: Activity;
  recontact: Recontact;
  /** The help and intros waiting for thanks, oldest first (the first of them when the store loaded only those). */
  thank: ThankEntry[];
  /** How many are waiting in all. */
  thankWaiting: number;
  balance: BalanceSummary;
  shape: Shape;
  suggestions: Suggestion[];
  /** Nothing happened in the period: no interaction and no one met. */
  empty: boolean;
}

export function review(input: ReviewInput): Review {
  const windows = comparison(input.period, input.today);
  const p = pulse(input);
  const r = recontact({ people: input.people, today: input.today, cadences: input.cadences, counted: input.counted });
  const t = toThank(input);
  const b = balance({ people: input.balances, kinds: input.kinds });
  const s = shape({ counts: input.shapeCounts, met: input.met, wantsSponsor: input.wantsSponsor });
  const a = activity(input);
  const current = a.series[a.series.length - 1];
  return {
    period: {
      ...input.period,
      days: periodDays(input.period),
      partial: windows.partial,
      elapsedDays: windows.elapsedDays,
      previous: windows.previous,
    },
    pulse: p,
    activity: a,
    recontact: r,
    thank: t,
    thankWaiting: input.receivedWaiting ?? t.length,
    balance: b,
    shape: s,
    suggestions: suggestions({
      pulse: p,
      recontact: r,
      thank: t,
      thankWaiting: input.receivedWaiting ?? t.length,
      balance: b,
      shape: s,
      goals: input.goals,
    }),
    empty: (current?.total ?? 0) === 0 && p.peopleMet.value === 0,
  };
}
