import { addDays, startOfWeek } from "../domain/dates.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

export const notIsolated: Rule = {
  id: "not-isolated",
  description: "too few interactions of any kind in the last days",
  why: "In times of change, a network brings feedback, ideas and partners: don't stay isolated.",
  weight: 4,
  params: {
    days: { default: 14, unit: "days", description: "the window looked at" },
    min: { default: 2, unit: "count", description: "fewest interactions in that window before the nudge" },
  },
  evaluate(snapshot, { today }, params) {
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
        message:
          count === 0
            ? `It has been quiet: no interactions in the last ${days} days`
            : `It has been quiet: ${count} interaction${count === 1 ? "" : "s"} in the last ${days} days`,
        suggestion: "one easy step: reply to someone's post, or ask a colleague for a 15-minute coffee",
      },
    ];
  },
};
