/**
 * The counts a review is computed from. The store (src/store/reviews.ts) loads them aggregated in
 * SQL, so a large network stays fast; tests build them from plain interactions with the helpers
 * below, which say what each means.
 */

import type { IsoDate } from "../dates.js";
import type { Circle, Direction, Kind } from "../model.js";
import { cmp } from "./order.js";
import { type Window, within } from "./period.js";

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
