import { addDays } from "../domain/dates.js";
import { agoPhrase, firstName } from "./phrases.js";
import { contactsById, subjectOf } from "./subject.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

export const introFollowThrough: Rule = {
  id: "intro-follow-through",
  description: "an introduction you made is some days old and nothing was logged since with either person",
  why: "Offer introductions, and see them through: asking how it went makes the intro count.",
  weight: 7,
  params: { days: { default: 14, unit: "days", description: "days after the intro to ask how it went" } },
  evaluate(snapshot, { today, horizonDays }, params) {
    const days = params.days ?? 14;
    const people = contactsById(snapshot);
    return snapshot.introsGiven.flatMap((i) => {
      if (i.kind !== "intro" || i.direction === "received") return [];
      const dueOn = addDays(i.date, days);
      if (dueOn > addDays(today, horizonDays)) return [];
      const involved = i.people.map((id) => people.get(id)).filter((p) => p !== undefined);
      if (involved.length === 0) return [];
      const names = involved.map((p) => firstName(p.name));
      const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
      const first = involved[0] as (typeof involved)[number];
      return [
        {
          key: `intro-follow-through:${i.id}`,
          rule: "intro-follow-through",
          subject: subjectOf(first),
          dueOn,
          // About two people (or more): weighed by lateness alone.
          urgency: urgency({ weight: introFollowThrough.weight, dueOn, today }),
          message: `You introduced ${involved.length === 1 ? `${involved[0]?.name} to someone` : involved.map((p) => p.name).join(" and ")} ${agoPhrase(i.date, today)}`,
          suggestion: `ask ${who} how it went — and whether you can help further`,
          lateOn: addDays(dueOn, days),
        },
      ];
    });
  },
};
