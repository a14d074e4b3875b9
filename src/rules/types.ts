import type { IsoDate } from "../domain/dates.js";
import type { Reminder } from "../domain/reminders.js";
import type { Snapshot } from "../domain/snapshot.js";

export { DEFAULT_GOALS, type Goals } from "../domain/goals.js";
export type { Rank, RankedPerson, Reminder } from "../domain/reminders.js";
export type { Balance, Card, ContactFacts, DayCounts, Snapshot } from "../domain/snapshot.js";

/** A tunable parameter: its default and how to read/show it. */
export interface ParamSpec {
  default: number;
  /** `days` params accept durations (`21d`, `3w`) in `net rules set`. */
  unit: "days" | "count" | "weight";
  description: string;
}

export interface EvaluationContext {
  today: IsoDate;
  /** Also return reminders falling due within this many days after today (0 for nudge, 30 for the calendar). */
  horizonDays: number;
  /**
   * The last day a reminder of this series was marked done (a key's series is the key without its
   * last `:` part: `event-cadence` for `event-cadence:2026-12-01`). A rule about a standing state
   * (no event lately, nothing given lately) counts from it, so done means "again in N days", not
   * "never again".
   */
  lastDone?: (series: string) => IsoDate | null;
}

/** What a rule returns: a reminder before the engine adds the rule's `why`. */
export type Due = Omit<Reminder, "why">;

export interface Rule {
  id: string;
  description: string;
  /** The practice it serves: the `why` shown to the user. */
  why: string;
  params: Record<string, ParamSpec>;
  /** Weight in the urgency formula (see src/rules/urgency.ts). */
  weight: number;
  evaluate(snapshot: Snapshot, context: EvaluationContext, params: Record<string, number>): Due[];
}
