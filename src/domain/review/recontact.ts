/** Who to re-contact: people past their cadence, the lapsed worst first, then the dormant ties that matter. */

import { nextDueOn } from "../contacts.js";
import { addDays, daysBetween, type IsoDate } from "../dates.js";
import { cadenceOf, type Direction, type Intent, type Kind, type Tier } from "../model.js";
import { cmp } from "./order.js";

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

/** The order of tiers in the lists, closest first (a rank, not rules/urgency.ts's urgency weights). */
const TIER_RANK: Record<Tier, number> = { close: 3, active: 2, network: 1, dormant: 0 };

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
    TIER_RANK[b.tier] - TIER_RANK[a.tier] ||
    cmp(a.name, b.name) ||
    cmp(a.id, b.id);
  // Dormant ties that matter: the closest first, then the longest silent.
  const closest = (a: RecontactEntry, b: RecontactEntry) =>
    TIER_RANK[b.tier] - TIER_RANK[a.tier] || Number(b.intent !== null) - Number(a.intent !== null) || worst(a, b);
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
