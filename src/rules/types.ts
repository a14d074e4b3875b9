import type { IsoDate } from "../domain/dates.js";
import type { Reminder } from "../domain/reminders.js";
import type { Snapshot } from "../domain/snapshot.js";
import type { Catalogue } from "../i18n/index.js";

export { DEFAULT_GOALS, type Goals } from "../domain/goals.js";
export type { Rank, RankedPerson, Reminder } from "../domain/reminders.js";
export type { Balance, Card, ContactFacts, DayCounts, Snapshot } from "../domain/snapshot.js";

/** A tunable parameter: its default and how to read/show it. */
export interface ParamSpec {
  default: number;
  /** `days` params accept durations (`21d`, `3w`) in `net rules set`. */
  unit: "days" | "count" | "weight";
  readonly description: string;
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
  /**
   * The texts to speak (message, suggestion, why): the language in use unless given. `--json` gives
   * the English catalogue: its output never changes with the language.
   */
  catalogue?: Catalogue;
}

/** What a rule returns: a reminder before the engine adds the rule's `why`. */
export type Due = Omit<Reminder, "why">;

/** What a rule says of itself in one language: its catalogue entry's description, why and parameters. */
export interface RuleWords {
  readonly description: string;
  why: string;
  params: Record<string, string>;
}

export interface Rule {
  id: string;
  /** What it watches, as `net rules` shows it (in the language in use). */
  readonly description: string;
  /** The practice it serves: the `why` shown to the user (in the language in use). */
  readonly why: string;
  /** Its description, why and parameter descriptions in a catalogue (the language in use unless given). */
  words(catalogue?: Catalogue): RuleWords;
  params: Record<string, ParamSpec>;
  /** Weight in the urgency formula (see src/rules/urgency.ts). */
  weight: number;
  evaluate(snapshot: Snapshot, context: EvaluationContext, params: Record<string, number>): Due[];
}
