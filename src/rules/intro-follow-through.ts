import { addDays, type IsoDate } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { agoPhrase, firstName } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { ContactFacts } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

const words = (catalogue?: Catalogue) => textsOf(catalogue).introFollowThrough;

/** What the reminder says: whom you introduced, when, and to ask them how it went. */
function describe(t: RulesTexts, involved: readonly ContactFacts[], date: IsoDate, today: IsoDate) {
  const i = t.introFollowThrough;
  const ago = agoPhrase(t, date, today);
  const [only] = involved;
  return {
    message: involved.length === 1 && only ? i.one({ name: only.name, ago }) : i.many({ names: involved.map((p) => p.name), ago }),
    suggestion: i.suggestion(t.words.list(involved.map((p) => firstName(p.name)))),
  };
}

export const introFollowThrough = defineRule({
  id: "intro-follow-through",
  words,
  weight: 7,
  params: { days: { default: 14, unit: "days" } },
  select(snapshot, { today, horizonDays }, params) {
    const days = params.days ?? 14;
    const people = contactsById(snapshot);
    return snapshot.introsGiven.flatMap((i) => {
      if (i.kind !== "intro" || i.direction === "received") return [];
      const dueOn = addDays(i.date, days);
      if (dueOn > addDays(today, horizonDays)) return [];
      const involved = i.people.map((id) => people.get(id)).filter((p) => p !== undefined);
      if (involved.length === 0) return [];
      const first = involved[0] as (typeof involved)[number];
      return [
        {
          key: `intro-follow-through:${i.id}`,
          rule: "intro-follow-through",
          subject: subjectOf(first),
          dueOn,
          // About two people (or more): weighed by lateness alone.
          urgency: urgency({ weight: introFollowThrough.weight, dueOn, today }),
          about: later(describe, involved, i.date, today),
          lateOn: addDays(dueOn, days),
        },
      ];
    });
  },
});
