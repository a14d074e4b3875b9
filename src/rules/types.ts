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

/**
 * A reminder a rule selected, before it is put into words: its key, subject, due day and urgency
 * (what the engine ranks and caps by), and `about`, what the rule needs to word it. Cheap to make
 * for every candidate; only the ones shown are described.
 */
export type Candidate<About = unknown> = Omit<Reminder, "message" | "suggestion" | "why"> & { about: About };

/** What a rule says about one of its candidates. */
export interface Wording {
  message: string;
  suggestion: string;
}

/** What a rule says of itself in one language: its catalogue entry's description, why and parameters. */
export interface RuleWords {
  readonly description: string;
  why: string;
  params: Record<string, string>;
}

/**
 * One practice turned into reminders, in two pure steps: `select` finds what is due (for every
 * candidate: keys, days, urgency), `describe` words one candidate (only those shown).
 */
// biome-ignore lint/suspicious/noExplicitAny: each rule has its own `about`; the engine only hands it back
export interface Rule<About = any> {
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
  select(snapshot: Snapshot, context: EvaluationContext, params: Record<string, number>): Candidate<About>[];
  describe(candidate: Candidate<About>, context: EvaluationContext, params: Record<string, number>): Wording;
}
