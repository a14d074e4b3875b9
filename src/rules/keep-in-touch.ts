import { nextDueOn } from "../domain/contacts.js";
import { addDays, daysBetween, type IsoDate } from "../domain/dates.js";
import { cadenceOf, TIER_CADENCE_DAYS, TIERS, type Tier } from "../domain/model.js";
import type { Catalogue } from "../i18n/index.js";
import { agoPhrase, firstName, quoteNote, stableIndex } from "./phrases.js";
import { subjectOf } from "./subject.js";
import type { ContactFacts, Rank, RankedPerson } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

export function tierCadencesFrom(params: Record<string, number>): Record<Tier, number> {
  return Object.fromEntries(TIERS.map((t) => [t, params[`tier.${t}`] ?? TIER_CADENCE_DAYS[t]])) as Record<Tier, number>;
}

/** Where someone's keep-in-touch reminder ranks (the store ranks candidates with it, too). */
export function keepInTouchRank(person: RankedPerson, dueOn: IsoDate, today: IsoDate): Rank {
  return { key: `keep-in-touch:${person.id}:${dueOn}`, dueOn, urgency: urgency({ weight: KEEP_IN_TOUCH_WEIGHT, dueOn, today, person }) };
}

const KEEP_IN_TOUCH_WEIGHT = 6;

/**
 * What a keep-in-touch reminder says: how the last exchange went, and a small, easy gesture chosen
 * from what happened last so it doesn't feel repetitive. After a long silence people hesitate most,
 * and are most wrong to: a "just checking in" message is appreciated more than its sender expects,
 * most of all from a weak tie or after a long silence (Liu, Rim, Min & Min, JPSP 2023, 13
 * studies), so the suggestion then says so.
 */
function describe(t: RulesTexts, contact: ContactFacts, key: string, today: IsoDate, silent: boolean) {
  const k = t.keepInTouch;
  const last = contact.lastInteraction;
  const message = last
    ? k.reconnect({
        name: contact.name,
        last: t.words.gesture({ kind: last.kind, received: last.direction === "received" }),
        note: quoteNote(t, last.note),
        ago: agoPhrase(t, last.date, today),
      })
    : k.sayHello({ name: contact.name, ago: contact.metOn ? agoPhrase(t, contact.metOn, today) : null });
  const name = firstName(contact.name);
  const gestures = [k.share(name), k.askNews({ first: name, company: contact.company }), k.remember(name)];
  const suggestion =
    last?.kind === "news"
      ? k.news(name)
      : last?.kind === "share" && last.direction !== "received"
        ? (gestures[1] as string)
        : last?.kind === "share" && last.direction === "received"
          ? k.sharedBack(name)
          : last?.kind === "ask" && last.direction === "gave"
            ? k.askedBack(name)
            : contact.intent === "learn"
              ? k.learn(name)
              : (gestures[stableIndex(key, gestures.length)] as string);
  return { message, suggestion: silent ? k.longSilence(suggestion) : suggestion };
}

/** Silent for half a year or more, and past twice the cadence. */
function longSilence(dueOn: IsoDate, cadence: number, today: IsoDate): boolean {
  const silent = daysBetween(addDays(dueOn, -cadence), today);
  return silent >= 182 && silent >= 2 * cadence;
}

/** The person a keep-in-touch reminder's key is about (null for another rule's key). */
export function keepInTouchPerson(key: string): string | null {
  const match = /^keep-in-touch:([^:]+):/.exec(key);
  return match ? (match[1] as string) : null;
}

const words = (catalogue?: Catalogue) => textsOf(catalogue).keepInTouch;

export const keepInTouch = defineRule({
  id: "keep-in-touch",
  words,
  weight: KEEP_IN_TOUCH_WEIGHT,
  params: {
    "tier.close": { default: TIER_CADENCE_DAYS.close, unit: "days" },
    "tier.active": { default: TIER_CADENCE_DAYS.active, unit: "days" },
    "tier.network": { default: TIER_CADENCE_DAYS.network, unit: "days" },
    "tier.dormant": { default: TIER_CADENCE_DAYS.dormant, unit: "days" },
  },
  select(snapshot, { today, horizonDays }, params) {
    const cadences = tierCadencesFrom(params);
    const until = addDays(today, horizonDays);
    return snapshot.contacts.flatMap((contact) => {
      const dueOn = nextDueOn(contact, cadences);
      if (dueOn > until) return [];
      const rank = keepInTouchRank(contact, dueOn, today);
      const cadence = cadenceOf(contact, cadences);
      return [
        {
          ...rank,
          rule: "keep-in-touch",
          subject: subjectOf(contact),
          about: later(describe, contact, rank.key, today, longSilence(dueOn, cadence, today)),
          lateOn: addDays(dueOn, Math.ceil(cadence / 2)),
        },
      ];
    });
  },
});
