import { addDays } from "../domain/dates.js";
import type { Interaction } from "../domain/model.js";
import { agoPhrase, firstName, quoteNote } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

/** Thanks logged to each person, by date, to tell whether a given help was thanked after. */
function thanksByPerson(interactions: readonly Interaction[]): Map<string, Interaction[]> {
  const map = new Map<string, Interaction[]>();
  for (const i of interactions) {
    if (i.kind !== "thanks" || i.direction === "received") continue;
    for (const id of i.people) map.set(id, [...(map.get(id) ?? []), i]);
  }
  return map;
}

/** Was `i` thanked: a thanks to the person dated after it, or the same day and logged after it. */
function thanked(i: Interaction, thanks: readonly Interaction[]): boolean {
  return thanks.some((t) => t.date > i.date || (t.date === i.date && t.createdAt >= i.createdAt));
}

export const thank: Rule = {
  id: "thank",
  description: "you received help or an introduction and no thanks is logged after it",
  why: "Thank: recognising help keeps the door open and makes giving a two-way habit.",
  weight: 9,
  params: { days: { default: 7, unit: "days", description: "days after which the thanks becomes pressing" } },
  evaluate(snapshot, { today }, params) {
    const people = contactsById(snapshot);
    const thanks = thanksByPerson(snapshot.interactions);
    const days = params.days ?? 7;
    return snapshot.interactions.flatMap((i) => {
      if ((i.kind !== "help" && i.kind !== "intro") || i.direction !== "received" || i.date > today) return [];
      return i.people.flatMap((id) => {
        const person = people.get(id);
        if (!person || thanked(i, thanks.get(id) ?? [])) return [];
        const what = i.kind === "help" ? "helped you" : "introduced you to someone";
        return [
          {
            key: `thank:${i.id}:${id}`,
            rule: "thank",
            subject: subjectOf(person),
            dueOn: i.date,
            urgency: urgency({ weight: thank.weight, dueOn: addDays(i.date, days), today, person }),
            message: `Thank ${person.name} — they ${what} ${agoPhrase(i.date, today)}${quoteNote(i.note)}`,
            suggestion: `tell ${firstName(person.name)} what their ${i.kind === "help" ? "help" : "introduction"} made possible, in a line or two`,
            lateOn: addDays(i.date, days),
          },
        ];
      });
    });
  },
};
