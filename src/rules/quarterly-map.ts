import { addDays, type IsoDate, quarterOf, quarterRange } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { onDay } from "./phrases.js";
import type { Candidate } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, type Later, later, type RulesTexts, textsOf } from "./words.js";

export function quarterLabel(year: number, quarter: number): string {
  return `${year}Q${quarter}`;
}

function previousQuarter(year: number, quarter: number): { year: number; quarter: number } {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

const words = (catalogue?: Catalogue) => textsOf(catalogue).quarterlyMap;

/** What the reminder says: this quarter's review and the day it ends, or last quarter's still to do. */
function describe(t: RulesTexts, label: string, current: { endsOn: IsoDate } | null) {
  const q = t.quarterlyMap;
  return {
    message: current ? q.current({ label, on: onDay(t, current.endsOn) }) : q.previous(label),
    // i18n-ignore: a command to type
    suggestion: q.suggestion(current ? "net map --quarter" : `net map --quarter ${label}`),
  };
}

export const quarterlyMap = defineRule({
  id: "quarterly-map",
  words,
  weight: 6,
  params: { days: { default: 14, unit: "days" } },
  select(snapshot, { today, horizonDays }, params) {
    const days = params.days ?? 14;
    const done = new Set(snapshot.reviews.map((r) => r.period));
    const current = quarterOf(today);
    const out: Candidate<Later>[] = [];
    const remind = (q: { year: number; quarter: number }, dueOn: IsoDate, endsOn: IsoDate | null) => {
      const label = quarterLabel(q.year, q.quarter);
      if (done.has(label)) return;
      out.push({
        key: `quarterly-map:${label}`,
        rule: "quarterly-map",
        subject: null,
        dueOn,
        urgency: urgency({ weight: quarterlyMap.weight, dueOn, today }),
        about: later(describe, label, endsOn ? { endsOn } : null),
        lateOn: addDays(dueOn, days * 2),
      });
    };
    const range = quarterRange(current.year, current.quarter);
    const dueOn = addDays(range.to, -(days - 1));
    if (dueOn <= addDays(today, horizonDays)) remind(current, dueOn, range.to);
    const previous = previousQuarter(current.year, current.quarter);
    if (today <= addDays(range.from, days - 1)) {
      const prevRange = quarterRange(previous.year, previous.quarter);
      remind(previous, addDays(prevRange.to, -(days - 1)), null);
    }
    return out;
  },
});
