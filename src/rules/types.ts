import type { IsoDate } from "../domain/dates.js";
import type { Goals } from "../domain/goals.js";
import type { Circle, Contact, Intent, Interaction, Tier } from "../domain/model.js";
import type { Catalogue } from "../i18n/index.js";

export { DEFAULT_GOALS, type Goals } from "../domain/goals.js";

/** What a rule knows of a person: the profile plus their latest interaction. */
export type ContactFacts = Pick<
  Contact,
  | "id"
  | "slug"
  | "name"
  | "company"
  | "sector"
  | "tier"
  | "cadenceDays"
  | "intent"
  | "metOn"
  | "metWhere"
  | "source"
  | "createdAt"
  | "lastInteractionOn"
  | "keepInTouchDoneOn"
  | "birthday"
  | "milestones"
> & {
  circle: Circle | null;
  intent: Intent | null;
  tier: Tier;
  /** The most recent interaction with this person, if any. */
  lastInteraction: Pick<Interaction, "id" | "date" | "kind" | "direction" | "note"> | null;
};

/** Help, intros and shares given to and received from one person, all time. */
export interface Balance {
  gave: number;
  received: number;
  lastGaveOn: IsoDate | null;
  lastReceivedOn: IsoDate | null;
}

export interface Card {
  text: string;
  updatedOn: IsoDate;
}

/** Per day: every interaction, the gestures among them (given or mutual, not events), and events. */
export interface DayCounts {
  all: number;
  gestures: number;
  events: number;
}

/**
 * Everything the rules may look at, loaded by the store in a few indexed queries
 * (src/store/snapshot.ts). Rules never touch the database or the clock: they get this and `today`.
 *
 * To stay fast on large networks, the store hands over *open items* — help not yet thanked, news not
 * yet congratulated, intros given, promised follow-ups — and the people they concern, rather than
 * the whole history. Rules decide what is due, when, how urgent, and what to say.
 */
export interface Snapshot {
  /**
   * Active (not archived) people the rules may speak of: everyone who may be due for keep-in-touch
   * within the horizon, met in the last few days, with a birthday or milestone near, or named by an
   * item below. Others are left out; rules still decide for those present.
   */
  contacts: ContactFacts[];
  /**
   * When the network began: the day net was first used (the first person or interaction written,
   * never an imported or back-dated meeting day); null when no one is in it.
   */
  networkSince: IsoDate | null;
  /** People added with a first meeting this month, up to today (imports don't count). */
  metThisMonth: number;
  /** Per person: the last day you congratulated them, over the last month (it satisfies a birthday or milestone). */
  congratulatedOn: Map<string, IsoDate>;
  /** Sectors of the last three people met (newest first; null when not given). */
  lastMetSectors: (string | null)[];
  /** Help and intros received since `historyFrom` with no thanks to that person logged after: one item per person (`people` has one id). */
  unthanked: Interaction[];
  /** News logged in congratulate's window (by default since `recentFrom`) with no congrats to that person logged after: one item per person. */
  uncongratulated: Interaction[];
  /** Introductions you made since `historyFrom` that are still open: nothing logged since with any of the people. */
  introsGiven: Interaction[];
  /**
   * Follow-ups still open, one item per person (`people` has one id, or none for an event with no
   * one): a follow-up date between today − FOLLOW_UP_MEMORY_DAYS and today + horizon, and nothing
   * logged with that person since the interaction that promised it.
   */
  followUps: Interaction[];
  /**
   * For people met in the last few days: how many interactions they have (counted up to 2: the
   * rules only ask whether there is more than the first meeting) and, for those with just one,
   * whether a follow-up is planned with them.
   */
  recentlyMet: Map<string, { interactions: number; followUpPlanned: boolean }>;
  /** Interaction counts per day since `historyFrom` (days with none are absent). */
  days: Map<IsoDate, DayCounts>;
  historyFrom: IsoDate;
  recentFrom: IsoDate;
  /**
   * Per person id, for people who gave you more than you gave them (help, intro, share; all time),
   * the last time within the past year: older debts are let go.
   */
  balances: Map<string, Balance>;
  /**
   * The last day the user gave anyone a gesture (all time): anything given or shared both ways,
   * events apart — what the habit line and the map count as gestures (isGesture).
   */
  lastGaveOn: IsoDate | null;
  /** The last event attended (all time). */
  lastEventOn: IsoDate | null;
  card: Card | null;
  goals: Goals;
  /** Quarterly reviews done, by period label (`2026Q3`). */
  reviews: { period: string; reviewedOn: IsoDate }[];
  /** gratitude's person for this quarter, as drawn by the store from the rule's draw (gratitudeDraw). */
  gratitude?: {
    occurrence: string;
    dueOn: IsoDate;
    person: (RankedPerson & { slug: string; name: string }) | null;
    help: { id: string; date: IsoDate; kind: string; note: string | null } | null;
    /** A thanks given to them since the due day. */
    thankedOn: IsoDate | null;
  };
  /** rediscover's few dormant ties for this occurrence (rediscoverDraw), and your usual sector and circle. */
  dormant?: {
    occurrence: string;
    dueOn: IsoDate;
    ties: (RankedPerson & {
      slug: string;
      name: string;
      sector: string | null;
      circle: string | null;
      source: string;
      silentSince: IsoDate;
      logged: number;
    })[];
    usualSector: string | null;
    usualCircle: string | null;
  };
}

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

/** Where a reminder ranks: what the engine orders by (src/rules/urgency.ts byUrgency). */
export type Rank = Pick<Reminder, "urgency" | "dueOn" | "key">;
/** Who an item is about, as far as ranking goes: tier, and whether an intent was recorded. */
export type RankedPerson = { id: string; tier: Tier; intent: unknown };

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
