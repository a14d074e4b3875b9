import { addDays, type IsoDate } from "../domain/dates.js";
import type { Interaction } from "../domain/model.js";
import type { Catalogue } from "../i18n/index.js";
import { agoPhrase, firstName, quoteNote } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { Candidate, ContactFacts, Rank, RankedPerson } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, type Later, later, type RulesTexts, textsOf } from "./words.js";

/** Where a promised follow-up ranks, about someone or (an event's) no one; the store ranks candidates with it, too. */
export function followUpRank(item: { id: string; followUpOn: IsoDate }, person: RankedPerson | null, today: IsoDate): Rank {
  return {
    key: person ? `follow-up-promise:${item.id}:${person.id}` : `follow-up-promise:${item.id}`,
    dueOn: item.followUpOn,
    urgency: urgency({ weight: followUpPromise.weight, dueOn: item.followUpOn, today, person }),
  };
}

const words = (catalogue?: Catalogue) => textsOf(catalogue).followUpPromise;

/** What the reminder says: the follow-up planned after an event or an exchange, with someone or no one. */
function describe(t: RulesTexts, i: Interaction, person: ContactFacts | null, today: IsoDate) {
  const f = t.followUpPromise;
  const after = i.eventName ? f.afterEvent(i.eventName) : f.afterInteraction({ kind: i.kind, ago: agoPhrase(t, i.date, today) });
  const note = quoteNote(t, i.note);
  return person
    ? { message: f.message({ name: person.name, after, note }), suggestion: f.suggestion(firstName(person.name)) }
    : { message: f.noOneMessage({ after, note }), suggestion: f.noOneSuggestion };
}

export const followUpPromise = defineRule({
  id: "follow-up-promise",
  words,
  weight: 10,
  params: {},
  select(snapshot, { today, horizonDays }) {
    const people = contactsById(snapshot);
    const until = addDays(today, horizonDays);
    return snapshot.followUps.flatMap((i): Candidate<Later>[] => {
      const dueOn = i.followUpOn as string;
      if (dueOn > until) return [];
      if (i.people.length === 0) {
        return [
          {
            ...followUpRank({ id: i.id, followUpOn: dueOn }, null, today),
            rule: "follow-up-promise",
            subject: null,
            about: later(describe, i, null, today),
            lateOn: addDays(dueOn, 7),
          },
        ];
      }
      return i.people.flatMap((id) => {
        const person = people.get(id);
        if (!person) return [];
        return [
          {
            ...followUpRank({ id: i.id, followUpOn: dueOn }, person, today),
            rule: "follow-up-promise",
            subject: subjectOf(person),
            about: later(describe, i, person, today),
            lateOn: addDays(dueOn, 7),
          },
        ];
      });
    });
  },
});
