import { addDays, type IsoDate, quarterOf, quarterRange } from "../domain/dates.js";
import type { Due, Rule } from "./types.js";
import { urgency } from "./urgency.js";

export function quarterLabel(year: number, quarter: number): string {
  return `${year}Q${quarter}`;
}

function previousQuarter(year: number, quarter: number): { year: number; quarter: number } {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

export const quarterlyMap: Rule = {
  id: "quarterly-map",
  description: "the quarter ends soon (or just ended) and its review (net map --quarter) is not done",
  why: "Once a quarter, map your contacts and spot who to re-contact or thank.",
  weight: 6,
  params: { days: { default: 14, unit: "days", description: "days before the quarter ends (and after) when the review is due" } },
  evaluate(snapshot, { today, horizonDays }, params) {
    const days = params.days ?? 14;
    const done = new Set(snapshot.reviews.map((r) => r.period));
    const current = quarterOf(today);
    const out: Due[] = [];
    const remind = (q: { year: number; quarter: number }, dueOn: IsoDate, message: string) => {
      const label = quarterLabel(q.year, q.quarter);
      if (done.has(label)) return;
      out.push({
        key: `quarterly-map:${label}`,
        rule: "quarterly-map",
        subject: null,
        dueOn,
        urgency: urgency({ weight: quarterlyMap.weight, dueOn, today }),
        message,
        suggestion: `take 15 minutes with a coffee: net map --quarter${q === current ? "" : ` ${label}`}`,
        lateOn: addDays(dueOn, days * 2),
      });
    };
    const range = quarterRange(current.year, current.quarter);
    const dueOn = addDays(range.to, -(days - 1));
    if (dueOn <= addDays(today, horizonDays)) {
      remind(current, dueOn, `Quarterly review: ${quarterLabel(current.year, current.quarter)} ends on ${range.to}`);
    }
    const previous = previousQuarter(current.year, current.quarter);
    if (today <= addDays(range.from, days - 1)) {
      const prevRange = quarterRange(previous.year, previous.quarter);
      remind(
        previous,
        addDays(prevRange.to, -(days - 1)),
        `Quarterly review of ${quarterLabel(previous.year, previous.quarter)} is still to do`,
      );
    }
    return out;
  },
};
