import { addDays, type IsoDate } from "../domain/dates.js";
import { agoPhrase, firstName, quoteNote } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { Due, Rank, RankedPerson, Rule } from "./types.js";
import { urgency } from "./urgency.js";

/** Where a promised follow-up ranks, about someone or (an event's) no one; the store ranks candidates with it, too. */
export function followUpRank(item: { id: string; followUpOn: IsoDate }, person: RankedPerson | null, today: IsoDate): Rank {
  return {
    key: person ? `follow-up-promise:${item.id}:${person.id}` : `follow-up-promise:${item.id}`,
    dueOn: item.followUpOn,
    urgency: urgency({ weight: followUpPromise.weight, dueOn: item.followUpOn, today, person }),
  };
}

export const followUpPromise: Rule = {
  id: "follow-up-promise",
  description: "a follow-up date you logged (--follow-up) has arrived and nothing was logged with them since",
  why: "Follow up: doing what you said you would is what people remember.",
  weight: 10,
  params: {},
  evaluate(snapshot, { today, horizonDays }) {
    const people = contactsById(snapshot);
    const until = addDays(today, horizonDays);
    return snapshot.followUps.flatMap((i): Due[] => {
      const dueOn = i.followUpOn as string;
      if (dueOn > until) return [];
      const what = i.eventName ? `after ${i.eventName}` : `after your ${i.kind} ${agoPhrase(i.date, today)}`;
      if (i.people.length === 0) {
        return [
          {
            ...followUpRank({ id: i.id, followUpOn: dueOn }, null, today),
            rule: "follow-up-promise",
            subject: null,
            message: `Time for the follow-up you planned ${what}${quoteNote(i.note)}`,
            suggestion: "send the note, the link or the intro you had in mind",
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
            message: `Follow up with ${person.name} as planned ${what}${quoteNote(i.note)}`,
            suggestion: `write to ${firstName(person.name)} with the next step you talked about — short is fine`,
            lateOn: addDays(dueOn, 7),
          },
        ];
      });
    });
  },
};
