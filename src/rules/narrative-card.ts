import { cardStats } from "../domain/card.js";
import { addDays, daysBetween } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

/** A missing card marked done is asked for again after this many days. */
const ASK_AGAIN_DAYS = 30;

const words = (catalogue?: Catalogue) => textsOf(catalogue).narrativeCard;

/** What the reminder says, for a card missing, too long to say, or old. */
function describe(
  t: RulesTexts,
  state: { missing: true } | { long: true; seconds: number; maxSeconds: number } | { stale: true; months: number },
) {
  const n = t.narrativeCard;
  if ("missing" in state) return { message: n.missing, suggestion: n.missingSuggestion };
  if ("long" in state) {
    return {
      message: n.long({ seconds: Math.round(state.seconds), minutes: Math.round(state.maxSeconds / 60) }),
      suggestion: n.longSuggestion,
    };
  }
  return { message: n.stale(state.months), suggestion: n.staleSuggestion };
}

export const narrativeCard = defineRule({
  id: "narrative-card",
  words,
  weight: 3,
  params: {
    maxAgeDays: { default: 182, unit: "days" },
    maxSeconds: { default: 120, unit: "count" },
  },
  select(snapshot, { today, horizonDays, lastDone }, params) {
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
          about: later(describe, { missing: true }),
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
          about: later(describe, { long: true, seconds, maxSeconds }),
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
        about: later(describe, { stale: true, months: Math.floor(daysBetween(card.updatedOn, today) / 30) }),
      },
    ];
  },
});
