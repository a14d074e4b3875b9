import { type IsoDate, startOfWeek } from "./dates.js";

/** How many daily copies of the database net keeps, and how many weekly ones beyond them. */
export const DAILY_COPIES = 7;
export const WEEKLY_COPIES = 4;

/**
 * Which of the daily copies (by their day) to keep: the `daily` newest, and the first copy of each
 * of the `weekly` newest weeks (ISO weeks, Monday first). The first of a week never changes once
 * made, so a weekly copy is not replaced day after day; the rest may be removed.
 */
export function copiesToKeep(days: readonly IsoDate[], daily = DAILY_COPIES, weekly = WEEKLY_COPIES): Set<IsoDate> {
  const sorted = [...new Set(days)].sort();
  const keep = new Set(sorted.slice(-daily));
  const firstOfWeek = new Map<IsoDate, IsoDate>();
  for (const day of sorted) {
    const week = startOfWeek(day);
    if (!firstOfWeek.has(week)) firstOfWeek.set(week, day);
  }
  for (const day of [...firstOfWeek.values()].slice(-weekly)) keep.add(day);
  return keep;
}
