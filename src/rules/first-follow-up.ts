import { addDays, daysBetween } from "../domain/dates.js";
import { firstName } from "./phrases.js";
import { subjectOf } from "./subject.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

export const firstFollowUp: Rule = {
  id: "first-follow-up",
  description: "you met someone in the last few days and nothing has been logged with them since",
  why: "Care for the first contact: a quick note after meeting turns an exchange into a link.",
  weight: 9,
  params: { days: { default: 2, unit: "days", description: "how many days after meeting the reminder stays" } },
  evaluate(snapshot, { today }, params) {
    const days = params.days ?? 2;
    return snapshot.contacts.flatMap((c) => {
      if (c.source !== "added" || !c.metOn || c.metOn > today) return [];
      const age = daysBetween(c.metOn, today);
      const history = snapshot.recentlyMet.get(c.id);
      // Only the first meeting is logged, and no follow-up is already planned for them.
      if (age > days || !history || history.interactions > 1 || history.followUpPlanned) return [];
      const name = firstName(c.name);
      const where = c.metWhere ? ` at ${c.metWhere}` : "";
      const when = age === 0 ? "today" : age === 1 ? "yesterday" : `${age} days ago`;
      return [
        {
          key: `first-follow-up:${c.id}`,
          rule: "first-follow-up",
          subject: subjectOf(c),
          dueOn: c.metOn,
          urgency: urgency({
            weight: firstFollowUp.weight,
            dueOn: c.metOn,
            today,
            person: c,
            factor: 0.8 + (0.4 * age) / Math.max(1, days),
          }),
          message: `You met ${c.name} ${when}${where} — a short note now makes the first contact stick`,
          suggestion: `send ${name} a two-line message: thanks for the chat, and one thing you took from it`,
          lateOn: addDays(c.metOn, days),
        },
      ];
    });
  },
};
