/** Activity over time: interactions per week (or group of weeks) for the period and the three before it. */

import { addDays, daysBetween, type IsoDate, startOfWeek } from "../dates.js";
import { largest } from "../lists.js";
import type { DayTotal } from "./counts.js";
import { contextPeriods, type Period } from "./period.js";

export interface ActivityBucket {
  from: IsoDate;
  count: number;
  /** False for days still to come. */
  past: boolean;
}

export interface ActivitySeries {
  label: string;
  from: IsoDate;
  to: IsoDate;
  total: number;
  buckets: ActivityBucket[];
}

export interface Activity {
  /** Each bucket is this many days (7: one per week, starting Mondays). */
  bucketDays: number;
  /** The largest bucket across all series: the top of the shared scale. */
  max: number;
  /** The period and the three before it, oldest first. */
  series: ActivitySeries[];
}

/** The later of two days (dates compare as strings). */
function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? b : a;
}

/**
 * Interactions per week for the period and the three before it. Weeks start on Mondays; the first
 * and last week of a period count only the days inside it. `weeksPerBucket` > 1 groups weeks so a
 * long period still fits a line.
 */
export function activity(input: { period: Period; today: IsoDate; days: readonly DayTotal[]; weeksPerBucket?: number }): Activity {
  const per = Math.max(1, Math.floor(input.weeksPerBucket ?? 1));
  const bucketDays = 7 * per;
  const byDay = new Map<IsoDate, number>();
  for (const c of input.days) byDay.set(c.date, (byDay.get(c.date) ?? 0) + c.count);
  const days = [...byDay.keys()].sort();
  const series = contextPeriods(input.period).map((p) => {
    const start = startOfWeek(p.from);
    const buckets: ActivityBucket[] = [];
    for (let from = start; from <= p.to; from = addDays(from, bucketDays))
      buckets.push({ from: laterOf(from, p.from), count: 0, past: from <= input.today });
    let total = 0;
    for (const day of days) {
      if (day < p.from || day > p.to) continue;
      const n = byDay.get(day) as number;
      const index = Math.floor(daysBetween(start, day) / bucketDays);
      (buckets[index] as ActivityBucket).count += n;
      total += n;
    }
    return { label: p.label, from: p.from, to: p.to, total, buckets };
  });
  const max = largest(
    series.flatMap((s) => s.buckets.map((b) => b.count)),
    0,
  );
  return { bucketDays, max, series };
}

/** How many weeks to put in a bucket so the longest series fits `columns` characters. */
export function weeksPerBucketFor(period: Period, columns: number): number {
  const weeks = Math.ceil((daysBetween(startOfWeek(period.from), period.to) + 1) / 7);
  return Math.max(1, Math.ceil(weeks / Math.max(1, columns)));
}
