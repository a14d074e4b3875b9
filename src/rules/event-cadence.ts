import { addDays, daysBetween, type IsoDate } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

const words = (catalogue?: Catalogue) => textsOf(catalogue).eventCadence;

/** What the reminder says: how long since the last event (or none yet), and one to pick. */
function describe(t: RulesTexts, last: IsoDate | null, today: IsoDate) {
  const e = t.eventCadence;
  return { message: last ? e.since(daysBetween(last, today)) : e.never, suggestion: e.suggestion };
}

export const eventCadence = defineRule({
  id: "event-cadence",
  words,
  weight: 4,
  params: { days: { default: 30, unit: "days" } },
  select(snapshot, { today, horizonDays, lastDone }, params) {
    const days = params.days ?? 30;
    const last = snapshot.lastEventOn;
    // With no event ever, count from when the network began (nothing on an empty one); marked
    // done, it counts again from that day.
    const start = last ?? snapshot.networkSince;
    if (!start) return [];
    const done = lastDone?.("event-cadence") ?? null;
    const since = done && done > start ? done : start;
    const dueOn = addDays(since, days);
    if (dueOn > addDays(today, horizonDays)) return [];
    return [
      {
        key: `event-cadence:${dueOn}`,
        rule: "event-cadence",
        subject: null,
        dueOn,
        urgency: urgency({ weight: eventCadence.weight, dueOn, today }),
        about: later(describe, last, today),
        lateOn: addDays(dueOn, days),
      },
    ];
  },
});
