import { nextDueOn } from "../domain/contacts.js";
import { addDays, daysBetween, type IsoDate } from "../domain/dates.js";
import { gesturePhrase } from "../domain/gestures.js";
import { cadenceOf, TIER_CADENCE_DAYS, TIERS, type Tier } from "../domain/model.js";
import { agoPhrase, firstName, quoteNote, stableIndex } from "./phrases.js";
import { subjectOf } from "./subject.js";
import type { ContactFacts, Rank, RankedPerson, Rule } from "./types.js";
import { urgency } from "./urgency.js";

export function tierCadencesFrom(params: Record<string, number>): Record<Tier, number> {
  return Object.fromEntries(TIERS.map((t) => [t, params[`tier.${t}`] ?? TIER_CADENCE_DAYS[t]])) as Record<Tier, number>;
}

/** A small, easy gesture, chosen from what happened last so it doesn't feel repetitive. */
function suggestionFor(contact: ContactFacts, key: string): string {
  const name = firstName(contact.name);
  const last = contact.lastInteraction;
  const gestures = [
    `share something useful with ${name}: an article, a talk, a tool you liked`,
    `ask ${name} for news${contact.company ? ` about ${contact.company}` : ""}: one line is enough`,
    `send ${name} a note about something you remember from your last exchange`,
  ];
  if (last?.kind === "news") return `congratulate ${name} on their news`;
  if (last?.kind === "share" && last.direction !== "received") return gestures[1] as string;
  if (last?.kind === "share" && last.direction === "received") return `tell ${name} what you made of what they shared`;
  if (last?.kind === "ask" && last.direction === "gave") return `tell ${name} how it turned out, and thank them`;
  if (contact.intent === "learn") return `ask ${name} what they are working on or learning these days`;
  return gestures[stableIndex(key, gestures.length)] as string;
}

/** Where someone's keep-in-touch reminder ranks (the store ranks candidates with it, too). */
export function keepInTouchRank(person: RankedPerson, dueOn: IsoDate, today: IsoDate): Rank {
  return { key: `keep-in-touch:${person.id}:${dueOn}`, dueOn, urgency: urgency({ weight: KEEP_IN_TOUCH_WEIGHT, dueOn, today, person }) };
}

const KEEP_IN_TOUCH_WEIGHT = 6;

/**
 * After a long silence people hesitate most, and are most wrong to: a "just checking in" message is
 * appreciated more than its sender expects, most of all from a weak tie or after a long silence
 * (Liu, Rim, Min & Min, JPSP 2023, 13 studies).
 */
const LONG_SILENCE = " — after a long silence, a short hello is usually more welcome than it feels";

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

export const keepInTouch: Rule = {
  id: "keep-in-touch",
  description: "someone's cadence has lapsed since your last interaction of any kind",
  why: "Keep ties alive over time: small, regular gestures with no agenda.",
  weight: KEEP_IN_TOUCH_WEIGHT,
  params: {
    "tier.close": { default: TIER_CADENCE_DAYS.close, unit: "days", description: "cadence of close ties" },
    "tier.active": { default: TIER_CADENCE_DAYS.active, unit: "days", description: "cadence of active ties" },
    "tier.network": { default: TIER_CADENCE_DAYS.network, unit: "days", description: "cadence of your wider network" },
    "tier.dormant": { default: TIER_CADENCE_DAYS.dormant, unit: "days", description: "cadence of dormant ties" },
  },
  evaluate(snapshot, { today, horizonDays }, params) {
    const cadences = tierCadencesFrom(params);
    const until = addDays(today, horizonDays);
    return snapshot.contacts.flatMap((contact) => {
      const dueOn = nextDueOn(contact, cadences);
      if (dueOn > until) return [];
      const rank = keepInTouchRank(contact, dueOn, today);
      const last = contact.lastInteraction;
      const message = last
        ? `Reconnect with ${contact.name} — last time ${gesturePhrase(last.kind, last.direction)}${quoteNote(last.note)}, ${agoPhrase(last.date, today)}`
        : `Say hello to ${contact.name} — you haven't been in touch since you connected${contact.metOn ? `, ${agoPhrase(contact.metOn, today)}` : ""}`;
      const cadence = cadenceOf(contact, cadences);
      return [
        {
          ...rank,
          rule: "keep-in-touch",
          subject: subjectOf(contact),
          message,
          suggestion: suggestionFor(contact, rank.key) + (longSilence(dueOn, cadence, today) ? LONG_SILENCE : ""),
          lateOn: addDays(dueOn, Math.ceil(cadence / 2)),
        },
      ];
    });
  },
};
