/** The shape of the network: by circle, sector, intent and tier, who is new, and what is missing. */

import { en } from "../../i18n/en/index.js";
import { type Catalogue, messages } from "../../i18n/index.js";
import type { Circle, Intent, Tier } from "../model.js";
import type { MetCount } from "./counts.js";

/** Active contacts counted by circle, sector, intent and tier. */
export interface ShapeCount {
  circle: Circle | null;
  sector: string | null;
  intent: Intent | null;
  tier: Tier;
  count: number;
}

export interface Slice {
  name: string;
  count: number;
  /** Of which met in the period. */
  new: number;
}

export interface Warning {
  code: "new-one-sector" | "new-one-circle" | "one-sector" | "no-internal-sponsor" | "close-too-many" | "active-too-many";
  /** In English: what `net map --json` gives, whatever the language. */
  message: string;
  /** In the language in use: what the map shows. */
  shown: string;
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

/**
 * How many ties each tier can hold with the care its cadence asks: Dunbar's layers (about 5, 15,
 * 50, 150 people kept weekly, monthly, a few times a year, yearly). A close tier of 40 means 40
 * reminders every two weeks: cadences that can't be kept turn into guilt.
 */
export const TIER_CAPACITY = { close: 15, active: 50 } as const;

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

  const warn = (code: Warning["code"], say: (t: Catalogue["review"]["warn"]) => string) =>
    result.warnings.push({ code, message: say(en.review.warn), shown: say(messages().review.warn) });
  const freshSectors = new Set(fresh.filter((p) => p.sector).map((p) => (p.sector as string).trim().toLowerCase()));
  const sectorName = (fold: string) => bySector.find((s) => s.name.toLowerCase() === fold)?.name ?? fold;
  if (fresh.length >= 2 && freshSectors.size === 1 && fresh.every((p) => p.sector)) {
    const only = sectorName([...freshSectors][0] as string);
    warn("new-one-sector", (t) => t.newOneSector({ count: fresh.length, sector: only }));
  }
  const freshCircles = new Set(fresh.map((p) => p.circle));
  if (fresh.length >= 3 && freshCircles.size === 1 && !freshCircles.has(null)) {
    const circle = [...freshCircles][0] as Circle;
    warn("new-one-circle", (t) => t.newOneCircle({ count: fresh.length, internal: circle === "internal" }));
  }
  const known = bySector.filter((s) => s.name !== UNSET);
  const knownTotal = known.reduce((n, s) => n + s.count, 0);
  const top = known[0];
  if (top && knownTotal >= 6 && top.count / knownTotal > 2 / 3)
    warn("one-sector", (t) => t.oneSector({ percent: Math.round((100 * top.count) / knownTotal), sector: top.name }));
  const inTier = (tier: Tier) => counts.reduce((n, c) => (c.tier === tier ? n + c.count : n), 0);
  for (const tier of ["close", "active"] as const) {
    const n = inTier(tier);
    if (n > TIER_CAPACITY[tier])
      warn(`${tier}-too-many`, (t) =>
        t.tooMany({ count: n, tier, capacity: TIER_CAPACITY[tier], lower: tier === "close" ? "active" : "network" }),
      );
  }
  if (input.wantsSponsor && result.internalSponsors === 0) warn("no-internal-sponsor", (t) => t.noSponsor);
  return result;
}
