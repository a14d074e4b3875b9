import type { IsoDate } from "./dates.js";

export const KINDS = [
  "meeting",
  "call",
  "message",
  "share",
  "congrats",
  "checkin",
  "help",
  "intro",
  "thanks",
  "event",
  "news",
  "ask",
] as const;
export type Kind = (typeof KINDS)[number];

export const DIRECTIONS = ["gave", "received", "mutual"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const TIERS = ["close", "active", "network", "dormant"] as const;
export type Tier = (typeof TIERS)[number];

/** Default keep-in-touch cadence of each tier, in days (tunable through `net rules`). */
export const TIER_CADENCE_DAYS: Record<Tier, number> = {
  close: 14,
  active: 30,
  network: 90,
  dormant: 180,
};
export const DEFAULT_TIER: Tier = "network";

/** Why this person matters: the four intentions of the practice. */
export const INTENTS = ["learn", "rebound", "influence", "cooperate"] as const;
export type Intent = (typeof INTENTS)[number];

export const CIRCLES = ["internal", "external"] as const;
export type Circle = (typeof CIRCLES)[number];

export interface Milestone {
  label: string;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  date: string;
}

export interface Contact {
  id: string;
  slug: string;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  sector: string | null;
  circle: Circle | null;
  metWhere: string | null;
  metOn: IsoDate | null;
  intent: Intent | null;
  tier: Tier;
  /** Overrides the tier's cadence when set. */
  cadenceDays: number | null;
  tags: string[];
  notes: string | null;
  birthday: string | null;
  milestones: Milestone[];
  profileUrl: string | null;
  /** How the contact came in: met in person (`added`) or brought by `net import`. */
  source: "added" | "imported";
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  lastInteractionOn: IsoDate | null;
  /**
   * The last day a keep-in-touch reminder for this person was marked done (`net done`): their
   * cadence restarts from it, as from a gesture. Only `net done` writes it.
   */
  keepInTouchDoneOn?: IsoDate | null;
  /** Who introduced you to this person (their id): `net add/edit --via`, or an intro received. */
  metThrough?: string | null;
}

export interface Interaction {
  id: string;
  date: IsoDate;
  kind: Kind;
  direction: Direction;
  note: string | null;
  followUpOn: IsoDate | null;
  /** Set for events: the event's name. */
  eventName: string | null;
  createdAt: string;
  /** Ids of the people involved (0..n). */
  people: string[];
}

/** The cadence a contact is kept in touch at: its own, or its tier's. */
export function cadenceOf(contact: Pick<Contact, "cadenceDays" | "tier">, tierCadences: Record<Tier, number> = TIER_CADENCE_DAYS): number {
  return contact.cadenceDays ?? tierCadences[contact.tier];
}
