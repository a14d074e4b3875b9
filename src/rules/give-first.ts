import { addDays, daysBetween, type IsoDate } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { agoPhrase, firstName } from "./phrases.js";
import { subjectOf } from "./subject.js";
import type { Balance, Candidate, ContactFacts, Rank, RankedPerson } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, type Later, later, type RulesTexts, textsOf } from "./words.js";

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

const words = (catalogue?: Catalogue) => textsOf(catalogue).giveFirst;

/** What giving back to someone says: how often they lent you a hand, and something to offer with no strings. */
function describeGiveBack(t: RulesTexts, contact: ContactFacts, balance: Balance & { lastReceivedOn: IsoDate }, today: IsoDate) {
  const g = t.giveFirst;
  return {
    message: g.giveBack({
      name: contact.name,
      received: balance.received,
      gave: balance.gave,
      ago: agoPhrase(t, balance.lastReceivedOn, today),
    }),
    suggestion: g.giveBackSuggestion(firstName(contact.name)),
  };
}

/** What "nothing given lately" says: since when (or never), and someone to give to. */
function describeAnyone(t: RulesTexts, lastGaveOn: IsoDate | null, today: IsoDate) {
  const g = t.giveFirst;
  return {
    message: lastGaveOn ? g.lastGesture(daysBetween(lastGaveOn, today)) : g.noGesture,
    suggestion: g.anyoneSuggestion,
  };
}

export const giveFirst = defineRule({
  id: "give-first",
  words,
  weight: 5,
  params: { days: { default: 30, unit: "days" } },
  select(snapshot, { today, horizonDays, lastDone }, params) {
    const out: Candidate<Later>[] = [];
    const until = addDays(today, horizonDays);
    for (const contact of snapshot.contacts) {
      const balance = snapshot.balances.get(contact.id);
      if (!balance || balance.received <= balance.gave || !balance.lastReceivedOn) continue;
      const rank = giveFirstRank({ received: balance.received, lastReceivedOn: balance.lastReceivedOn }, contact, today);
      if (rank.dueOn > until) continue;
      out.push({
        ...rank,
        rule: "give-first",
        subject: subjectOf(contact),
        about: later(describeGiveBack, contact, { ...balance, lastReceivedOn: balance.lastReceivedOn }, today),
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
          about: later(describeAnyone, snapshot.lastGaveOn, today),
        });
      }
    }
    return out;
  },
});
