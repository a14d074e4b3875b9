import type { IsoDate } from "./dates.js";
import type { Tier } from "./model.js";

/** A small, concrete gesture that is due, and why. */
export interface Reminder {
  /** Stable across runs: rule id + subject + occurrence (e.g. `keep-in-touch:<contact id>:2026-11-20`). */
  key: string;
  rule: string;
  subject: { id: string; name: string; slug: string } | null;
  dueOn: IsoDate;
  urgency: number;
  message: string;
  suggestion: string;
  /** The practice it comes from. */
  why: string;
  /** From this day on the reminder is overdue (shown red); before it, due (yellow). */
  lateOn?: IsoDate;
}

/** What the user did with a reminder: done on a day, or put off until a day. */
export interface ReminderState {
  doneOn: string | null;
  snoozedUntil: string | null;
}

/** Where a reminder ranks: what the engine orders by (byUrgency below). */
export type Rank = Pick<Reminder, "urgency" | "dueOn" | "key">;
/** Who an item is about, as far as ranking goes: tier, and whether an intent was recorded. */
export type RankedPerson = { id: string; tier: Tier; intent: unknown };

/**
 * Most urgent first; among equally urgent ones (urgency has a cap), the one waiting longest, then
 * by key: the same data and day always give the same order. The store relies on this order when it
 * loads only what can reach the top (src/store/snapshot.ts); the urgency itself is the rules' (src/rules/urgency.ts).
 */
export function byUrgency(a: Pick<Reminder, "urgency" | "dueOn" | "key">, b: Pick<Reminder, "urgency" | "dueOn" | "key">): number {
  return b.urgency - a.urgency || compare(a.dueOn, b.dueOn) || compare(a.key, b.key);
}

/** Two strings in code-unit order (as SQLite compares text), for sorts that must agree with it. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
