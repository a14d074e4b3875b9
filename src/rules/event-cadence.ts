import { addDays, daysBetween } from "../domain/dates.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

export const eventCadence: Rule = {
  id: "event-cadence",
  description: "no event, workshop or community meeting attended in a while",
  why: "Take part in events, workshops and communities: they bring people you would not meet otherwise.",
  weight: 4,
  params: { days: { default: 30, unit: "days", description: "days without an event before the nudge" } },
  evaluate(snapshot, { today, horizonDays, lastDone }, params) {
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
        message: last
          ? `No event in ${daysBetween(last, today)} days — time to show up somewhere`
          : "No event logged yet — a meetup, a talk or a community call is an easy way to meet people",
        suggestion: 'pick one meetup, talk or community call this month and go; log it with net log --event "…"',
        lateOn: addDays(dueOn, days),
      },
    ];
  },
};
