/** Inputs shared by the review's tests: goals, a quarter, and builders for what the store would load. */

import type { Direction, Kind, Tier } from "../../../src/domain/model.js";
import { TIER_CADENCE_DAYS } from "../../../src/domain/model.js";
import {
  type MetCount,
  type PersonLine,
  quarterPeriod,
  type Received,
  type ReviewInput,
  type ShapeCount,
} from "../../../src/domain/review/index.js";

export const GOALS = { newPeoplePerMonth: 1, eventsPerMonth: 1, gesturesPerWeek: 3 };
export const Q4 = quarterPeriod(2026, 4);

export type Logged = { date: string; kind: Kind; direction: Direction };
export const log = (date: string, kind: Kind, direction: Direction = "gave"): Logged => ({ date, kind, direction });

export function person(name: string, fields: Partial<PersonLine> = {}): PersonLine {
  const slug = name.toLowerCase().replace(/\s+/g, "-");
  return {
    id: `id-${slug}`,
    slug,
    name,
    tier: "network",
    cadenceDays: null,
    intent: null,
    metOn: "2025-01-01",
    source: "added",
    createdAt: "2025-01-01T10:00:00.000Z",
    lastInteractionOn: null,
    ...fields,
  };
}

export const ada = { id: "a", slug: "ada", name: "Ada" };
export const grace = { id: "g", slug: "grace", name: "Grace" };

export function received(date: string, kind: "help" | "intro", who = ada, lastThanksOn: string | null = null): Received {
  return { interactionId: `${kind}-${date}-${who.id}`, date, kind, note: null, person: who, lastThanksOn };
}

export const row = (fields: Partial<ShapeCount> & { count: number }): ShapeCount => ({
  circle: null,
  sector: null,
  intent: null,
  tier: "network" as Tier,
  ...fields,
});
export const met = (sector: string | null, circle: "internal" | "external" | null, count = 1, archived = false): MetCount => ({
  window: "current",
  sector,
  circle,
  archived,
  count,
});

/** A review's input with nothing in it: Q4 2026, on 2026-11-26. */
export function emptyInput(): ReviewInput {
  return {
    period: Q4,
    today: "2026-11-26",
    kinds: [],
    days: [],
    met: [],
    people: [],
    received: [],
    balances: [],
    shapeCounts: [],
    cadences: TIER_CADENCE_DAYS,
    goals: GOALS,
    wantsSponsor: false,
  };
}
