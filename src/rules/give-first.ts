import { addDays, daysBetween, type IsoDate } from "../domain/dates.js";
import { firstName } from "./phrases.js";
import { subjectOf } from "./subject.js";
import type { Due, Rank, RankedPerson, Rule } from "./types.js";
import { urgency } from "./urgency.js";

/** Where giving back to someone ranks (the store ranks candidates with it, too). */
export function giveFirstRank(balance: { received: number; lastReceivedOn: IsoDate }, person: RankedPerson, today: IsoDate): Rank {
  return {
    key: `give-first:${person.id}:${balance.received}`,
    dueOn: balance.lastReceivedOn,
    urgency: urgency({ weight: giveFirst.weight, dueOn: addDays(balance.lastReceivedOn, 14), today, person }),
  };
}

export const giveFirst: Rule = {
  id: "give-first",
  description: "someone gave you more help, intros or shares than you gave them; or you gave nothing to anyone for a while",
  why: "Giving precedes receiving: offer help or an introduction without waiting for a return.",
  weight: 5,
  params: { days: { default: 30, unit: "days", description: "days without giving to anyone before the nudge" } },
  evaluate(snapshot, { today }, params) {
    const out: Due[] = [];
    for (const contact of snapshot.contacts) {
      const balance = snapshot.balances.get(contact.id);
      if (!balance || balance.received <= balance.gave || !balance.lastReceivedOn) continue;
      const name = firstName(contact.name);
      out.push({
        ...giveFirstRank({ received: balance.received, lastReceivedOn: balance.lastReceivedOn }, contact, today),
        rule: "give-first",
        subject: subjectOf(contact),
        message: `${contact.name} has given you more than you have given back (${balance.received} to ${balance.gave})`,
        suggestion: `offer ${name} something with no strings: an intro, a useful link, your help on what they are working on`,
      });
    }
    const days = params.days ?? 30;
    const since = snapshot.lastGaveOn ?? snapshot.networkSince;
    if (since) {
      const dueOn = addDays(since, days);
      if (dueOn <= today) {
        out.push({
          key: `give-first:anyone:${dueOn}`,
          rule: "give-first",
          subject: null,
          dueOn,
          urgency: urgency({ weight: giveFirst.weight, dueOn, today }),
          message: snapshot.lastGaveOn
            ? `You haven't shared, helped or introduced anyone in ${daysBetween(snapshot.lastGaveOn, today)} days`
            : `Nothing given yet in the ${daysBetween(since, today)} days since you started: a share, some help, an introduction`,
          suggestion: "think of one person who would enjoy an article you read, or two people who should meet",
        });
      }
    }
    return out;
  },
};
