import { addDays, startOfWeek } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

const words = (catalogue?: Catalogue) => textsOf(catalogue).notIsolated;

/** What the reminder says: how quiet the last days were, and one easy step. */
function describe(t: RulesTexts, count: number, days: number) {
  return { message: t.notIsolated.message({ count, days }), suggestion: t.notIsolated.suggestion };
}

export const notIsolated = defineRule({
  id: "not-isolated",
  words,
  weight: 4,
  params: {
    days: { default: 14, unit: "days" },
    min: { default: 2, unit: "count" },
  },
  select(snapshot, { today }, params) {
    const days = params.days ?? 14;
    const min = params.min ?? 2;
    // An empty network, or one younger than the window, is not "quiet".
    if (!snapshot.networkSince || snapshot.networkSince > addDays(today, -days)) return [];
    const from = addDays(today, -(days - 1));
    let count = 0;
    for (const [day, counts] of snapshot.days) if (day >= from && day <= today) count += counts.all;
    if (count >= min) return [];
    const week = startOfWeek(today);
    return [
      {
        key: `not-isolated:${week}`,
        rule: "not-isolated",
        subject: null,
        dueOn: today,
        urgency: urgency({ weight: notIsolated.weight, dueOn: today, today, factor: count === 0 ? 1 : 0.7 }),
        about: later(describe, count, days),
      },
    ];
  },
});
