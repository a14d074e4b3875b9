import { addDays, daysBetween, type IsoDate } from "../domain/dates.js";
import { agoPhrase, firstName } from "./phrases.js";
import { subjectOf } from "./subject.js";
import type { Due, Rank, RankedPerson, Rule } from "./types.js";
import { urgency } from "./urgency.js";

/**
 * How long after the last help, intro or share received give-first waits before suggesting to give
 * something back: the thanks comes first (thank fires the same day, at a higher weight), and
 * giving back is not a debt to settle at once.
 */
export const GIVE_BACK_AFTER_DAYS = 21;

/** Where giving back to someone ranks (the store ranks candidates with it, too). */
export function giveFirstRank(balance: { received: number; lastReceivedOn: IsoDate }, person: RankedPerson, today: IsoDate): Rank {
  const dueOn = addDays(balance.lastReceivedOn, GIVE_BACK_AFTER_DAYS);
  return {
    key: `give-first:${person.id}:${balance.received}`,
    dueOn,
    urgency: urgency({ weight: giveFirst.weight, dueOn, today, person }),
  };
}

/** "once", "twice", "3 times". */
function times(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

export const giveFirst: Rule = {
  id: "give-first",
  description: "someone gave you more help, intros or shares than you gave them; or you gave nothing to anyone for a while",
  why: "Giving precedes receiving: offer help or an introduction without waiting for a return.",
  weight: 5,
  params: { days: { default: 30, unit: "days", description: "days without giving to anyone before the nudge" } },
  evaluate(snapshot, { today, horizonDays, lastDone }, params) {
    const out: Due[] = [];
    const until = addDays(today, horizonDays);
    for (const contact of snapshot.contacts) {
      const balance = snapshot.balances.get(contact.id);
      if (!balance || balance.received <= balance.gave || !balance.lastReceivedOn) continue;
      const rank = giveFirstRank({ received: balance.received, lastReceivedOn: balance.lastReceivedOn }, contact, today);
      if (rank.dueOn > until) continue;
      const name = firstName(contact.name);
      const back = balance.gave === 0 ? "" : `, you ${times(balance.gave)}`;
      out.push({
        ...rank,
        rule: "give-first",
        subject: subjectOf(contact),
        message: `Give something back to ${contact.name} — they have lent you a hand ${times(balance.received)}${back} (help, an intro or something shared), the last time ${agoPhrase(balance.lastReceivedOn, today)}`,
        suggestion: `offer ${name} something with no strings: an intro, a useful link, your help on what they are working on`,
      });
    }
    // Nothing given to anyone lately (a gesture, as the habit line counts them); with nothing ever
    // given, counted from when the network began; marked done, counted again from that day.
    const days = params.days ?? 30;
    const start = snapshot.lastGaveOn ?? snapshot.networkSince;
    if (start) {
      const done = lastDone?.("give-first:anyone") ?? null;
      const dueOn = addDays(done && done > start ? done : start, days);
      if (dueOn <= today) {
        out.push({
          key: `give-first:anyone:${dueOn}`,
          rule: "give-first",
          subject: null,
          dueOn,
          urgency: urgency({ weight: giveFirst.weight, dueOn, today }),
          message: snapshot.lastGaveOn
            ? `Your last gesture to anyone was ${daysBetween(snapshot.lastGaveOn, today)} days ago: a good day to give something with no agenda`
            : "Give something with no agenda: a share, some help, an introduction",
          suggestion: "think of one person who would enjoy an article you read, or two people who should meet",
        });
      }
    }
    return out;
  },
};
