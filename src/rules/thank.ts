import type { IsoDate } from "../domain/dates.js";
import { addDays, daysBetween } from "../domain/dates.js";
import { agoPhrase, firstName, quoteNote } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { Rank, RankedPerson, Rule } from "./types.js";
import { urgency } from "./urgency.js";

/** Where a thanks owed ranks (the store ranks candidates with it, too). */
export function thankRank(item: { id: string; date: IsoDate }, person: RankedPerson, today: IsoDate, days = 7): Rank {
  return {
    key: `thank:${item.id}:${person.id}`,
    dueOn: item.date,
    urgency: urgency({ weight: thank.weight, dueOn: addDays(item.date, days), today, person }),
  };
}

export const thank: Rule = {
  id: "thank",
  description: "you received help or an introduction and no thanks is logged after it",
  why: "Thank: recognising help keeps the door open and makes giving a two-way habit.",
  weight: 9,
  params: {
    days: { default: 7, unit: "days", description: "days after which the thanks becomes pressing" },
    maxDays: { default: 60, unit: "days", description: "after this long an unsaid thanks is let go" },
  },
  evaluate(snapshot, { today }, params) {
    const people = contactsById(snapshot);
    const days = params.days ?? 7;
    return snapshot.unthanked.flatMap((i) => {
      if ((i.kind !== "help" && i.kind !== "intro") || i.direction !== "received" || i.date > today) return [];
      if (daysBetween(i.date, today) > (params.maxDays ?? 60)) return [];
      return i.people.flatMap((id) => {
        const person = people.get(id);
        if (!person) return [];
        const what = i.kind === "help" ? "helped you" : "introduced you to someone";
        return [
          {
            ...thankRank(i, person, today, days),
            rule: "thank",
            subject: subjectOf(person),
            message: `Thank ${person.name} — they ${what} ${agoPhrase(i.date, today)}${quoteNote(i.note)}`,
            suggestion: `tell ${firstName(person.name)} what their ${i.kind === "help" ? "help" : "introduction"} made possible, in a line or two`,
            lateOn: addDays(i.date, days),
          },
        ];
      });
    });
  },
};
