import { daysBetween, daysInMonth, endOfMonth, startOfMonth } from "../domain/dates.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

export const newPersonMonth: Rule = {
  id: "new-person-month",
  description: "you have not met your monthly goal of new people yet; more pressing as the month ends",
  why: "Meet one new person each month — inside or outside your organisation, even outside your sector.",
  weight: 5,
  params: {},
  evaluate(snapshot, { today }) {
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
    const narrow = recent.length === 3 && sectors.size === 1 && !sectors.has("?") ? recent[0] : null;

    const count = goal === 1 ? "a new person" : `${goal - met} more new ${goal - met === 1 ? "person" : "people"}`;
    const when = left === 0 ? "today is the last day of the month" : left === 1 ? "1 day left this month" : `${left} days left this month`;
    return [
      {
        key: `new-person-month:${today.slice(0, 7)}`,
        rule: "new-person-month",
        subject: null,
        dueOn: from,
        urgency: urgency({ weight: newPersonMonth.weight, dueOn: from, today, factor: 0.3 + 1.2 * progress }),
        message: `Meet ${count} this month (${met} of ${goal} so far, ${when})`,
        suggestion: narrow
          ? `your last three new contacts were all in ${narrow}: this time, look outside it`
          : "ask a colleague from another team for coffee, or go to a meetup and talk to one stranger",
        lateOn: endOfMonth(today),
      },
    ];
  },
};
