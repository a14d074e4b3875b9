import { addDays, daysBetween } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { agoPhrase, firstName } from "./phrases.js";
import { subjectOf } from "./subject.js";
import type { ContactFacts } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

const words = (catalogue?: Catalogue) => textsOf(catalogue).firstFollowUp;

/** What the reminder says: when and where you met, and a two-line note to send. */
function describe(t: RulesTexts, c: ContactFacts & { metOn: string }, today: string) {
  return {
    message: t.firstFollowUp.message({ name: c.name, ago: agoPhrase(t, c.metOn, today), where: c.metWhere || null }),
    suggestion: t.firstFollowUp.suggestion(firstName(c.name)),
  };
}

export const firstFollowUp = defineRule({
  id: "first-follow-up",
  words,
  weight: 9,
  params: { days: { default: 2, unit: "days" } },
  select(snapshot, { today }, params) {
    const days = params.days ?? 2;
    return snapshot.contacts.flatMap((c) => {
      if (c.source !== "added" || !c.metOn || c.metOn > today) return [];
      const age = daysBetween(c.metOn, today);
      const history = snapshot.recentlyMet.get(c.id);
      // Only the first meeting is logged, and no follow-up is already planned for them.
      if (age > days || !history || history.interactions > 1 || history.followUpPlanned) return [];
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
          about: later(describe, { ...c, metOn: c.metOn }, today),
          lateOn: addDays(c.metOn, days),
        },
      ];
    });
  },
});
