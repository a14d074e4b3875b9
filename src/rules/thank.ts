import type { IsoDate } from "../domain/dates.js";
import { addDays, daysBetween } from "../domain/dates.js";
import type { Interaction } from "../domain/model.js";
import type { Catalogue } from "../i18n/index.js";
import { agoPhrase, firstName, quoteNote } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { ContactFacts, Rank, RankedPerson } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

/** Where a thanks owed ranks (the store ranks candidates with it, too). */
export function thankRank(item: { id: string; date: IsoDate }, person: RankedPerson, today: IsoDate, days = 7): Rank {
  return {
    key: `thank:${item.id}:${person.id}`,
    dueOn: item.date,
    urgency: urgency({ weight: thank.weight, dueOn: addDays(item.date, days), today, person }),
  };
}

const words = (catalogue?: Catalogue) => textsOf(catalogue).thank;

/** What the reminder says: who helped or introduced you, when, and to say what it made possible. */
function describe(t: RulesTexts, i: Interaction, person: ContactFacts, today: IsoDate) {
  const intro = i.kind === "intro";
  return {
    message: t.thank.message({ name: person.name, intro, ago: agoPhrase(t, i.date, today), note: quoteNote(t, i.note) }),
    suggestion: t.thank.suggestion({ first: firstName(person.name), intro }),
  };
}

export const thank = defineRule({
  id: "thank",
  words,
  weight: 9,
  params: {
    days: { default: 7, unit: "days" },
    maxDays: { default: 60, unit: "days" },
  },
  select(snapshot, { today }, params) {
    const people = contactsById(snapshot);
    const days = params.days ?? 7;
    return snapshot.unthanked.flatMap((i) => {
      if ((i.kind !== "help" && i.kind !== "intro") || i.direction !== "received" || i.date > today) return [];
      if (daysBetween(i.date, today) > (params.maxDays ?? 60)) return [];
      return i.people.flatMap((id) => {
        const person = people.get(id);
        if (!person) return [];
        return [
          {
            ...thankRank(i, person, today, days),
            rule: "thank",
            subject: subjectOf(person),
            about: later(describe, i, person, today),
            lateOn: addDays(i.date, days),
          },
        ];
      });
    });
  },
});
