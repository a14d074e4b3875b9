import { daysBetween, daysInMonth, endOfMonth, startOfMonth } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

const words = (catalogue?: Catalogue) => textsOf(catalogue).newPersonMonth;

/** What the reminder says: how far the month's goal is, and (when the last three share a sector) to look outside it. */
function describe(t: RulesTexts, p: { met: number; goal: number; left: number; narrow: string | null }) {
  const n = t.newPersonMonth;
  return {
    message: n.message({ met: p.met, goal: p.goal, left: p.left }),
    suggestion: p.narrow ? n.outsideSector(p.narrow) : n.suggestion,
  };
}

export const newPersonMonth = defineRule({
  id: "new-person-month",
  words,
  weight: 5,
  params: {},
  select(snapshot, { today }) {
    const goal = snapshot.goals.newPeoplePerMonth;
    if (goal <= 0) return [];
    const from = startOfMonth(today);
    const met = snapshot.metThisMonth;
    if (met >= goal) return [];
    const [y, m] = today.split("-").map(Number) as [number, number];
    const progress = (daysBetween(from, today) + 1) / daysInMonth(y, m);
    const left = daysBetween(today, endOfMonth(today));

    // When the last three people met share a sector, suggest another one.
    const recent = snapshot.lastMetSectors;
    const sectors = new Set(recent.map((s) => s?.trim().toLowerCase() || "?"));
    const narrow = recent.length === 3 && sectors.size === 1 && !sectors.has("?") ? (recent[0] ?? null) : null;

    return [
      {
        key: `new-person-month:${today.slice(0, 7)}`,
        rule: "new-person-month",
        subject: null,
        dueOn: from,
        urgency: urgency({ weight: newPersonMonth.weight, dueOn: from, today, factor: 0.3 + 1.2 * progress }),
        about: later(describe, { met, goal, left, narrow }),
        lateOn: endOfMonth(today),
      },
    ];
  },
});
