import { cardStats } from "../domain/card.js";
import { addDays, daysBetween } from "../domain/dates.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

/** A missing card marked done is asked for again after this many days. */
const ASK_AGAIN_DAYS = 30;

export const narrativeCard: Rule = {
  id: "narrative-card",
  description: "no narrative business card yet, or it is old, or it takes over 2 minutes to say",
  why: "Prepare a narrative business card: who you are in 2 minutes, clear, lively, memorable.",
  weight: 3,
  params: {
    maxAgeDays: { default: 182, unit: "days", description: "refresh the card after this long" },
    maxSeconds: { default: 120, unit: "count", description: "longest comfortable spoken length, in seconds" },
  },
  evaluate(snapshot, { today, horizonDays, lastDone }, params) {
    const card = snapshot.card;
    const base = { rule: "narrative-card", subject: null };
    if (!card?.text.trim()) {
      // Marked done without a card written, it asks again a month later.
      const done = lastDone?.("narrative-card:missing") ?? null;
      const dueOn = done ? addDays(done, ASK_AGAIN_DAYS) : today;
      if (dueOn > addDays(today, horizonDays)) return [];
      return [
        {
          ...base,
          key: `narrative-card:missing:${done ? dueOn : "new"}`,
          dueOn,
          urgency: urgency({ weight: narrativeCard.weight, dueOn, today }),
          message: "Write your narrative business card: who you are and what you care about, in under 2 minutes",
          suggestion: 'three sentences are enough to start: net card --set "…" (or net card --edit)',
        },
      ];
    }
    const { seconds } = cardStats(card.text);
    const maxSeconds = params.maxSeconds ?? 120;
    if (seconds > maxSeconds) {
      return [
        {
          ...base,
          key: `narrative-card:long:${card.updatedOn}`,
          dueOn: card.updatedOn,
          urgency: urgency({ weight: narrativeCard.weight, dueOn: card.updatedOn, today }),
          message: `Your narrative card takes about ${Math.round(seconds)} seconds to say — over ${Math.round(maxSeconds / 60)} minutes`,
          suggestion: "cut it to what people should remember: one story, one thing you are looking for (net card --edit)",
        },
      ];
    }
    const staleOn = addDays(card.updatedOn, params.maxAgeDays ?? 182);
    if (staleOn > today) return [];
    return [
      {
        ...base,
        key: `narrative-card:stale:${card.updatedOn}`,
        dueOn: staleOn,
        urgency: urgency({ weight: narrativeCard.weight, dueOn: staleOn, today }),
        message: `Your narrative card is ${Math.floor(daysBetween(card.updatedOn, today) / 30)} months old — is it still you?`,
        suggestion: "read it aloud once; update what changed (net card --edit)",
      },
    ];
  },
};
