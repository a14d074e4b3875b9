/** The review's pulse: gestures, help received, people met and events, against the goals and the period before. */

import { daysBetween, type IsoDate } from "../dates.js";
import { isGesture } from "../gestures.js";
import type { Goals } from "../goals.js";
import type { KindCount, MetCount, WindowName } from "./counts.js";
import { comparison, type Period, periodDays, periodMonths, periodWeeks } from "./period.js";

export interface Measure {
  value: number;
  /** The same measure over the comparison window of the previous period. */
  previous: number;
  delta: number;
  /** The target for the whole period, from the goals; null when there is none. */
  goal: number | null;
  /** The share of the goal expected by today (the whole goal once the period is over). */
  goalSoFar: number | null;
  met: boolean | null;
}

export interface Pulse {
  gesturesGiven: Measure;
  received: Measure;
  peopleMet: Measure;
  events: Measure;
}

function measure(value: number, previous: number, goal: number | null, share: number): Measure {
  // Only what is wholly due by now is expected: a third of an event is not yet "behind".
  const goalSoFar = goal === null ? null : Math.floor(goal * share + 1e-9);
  // Nothing due yet (a period that hasn't started, a network days old): no verdict.
  const met = goalSoFar === null || goalSoFar === 0 ? null : value >= goalSoFar;
  return { value, previous, delta: value - previous, goal, goalSoFar, met };
}

export function pulse(input: {
  period: Period;
  today: IsoDate;
  kinds: readonly KindCount[];
  met: readonly MetCount[];
  goals: Goals;
  networkSince?: IsoDate | null;
}): Pulse {
  const { elapsedDays } = comparison(input.period, input.today);
  // Goals are expected only over the days net was in use: begun mid-period, the share is smaller.
  const before = input.networkSince && input.networkSince > input.period.from ? daysBetween(input.period.from, input.networkSince) : 0;
  const share = Math.max(0, elapsedDays - before) / periodDays(input.period);
  const sum = (window: WindowName, keep: (c: KindCount) => boolean) =>
    input.kinds.reduce((n, c) => (c.window === window && keep(c) ? n + c.count : n), 0);
  const measured = (keep: (c: KindCount) => boolean, goal: number | null) =>
    measure(sum("current", keep), sum("previous", keep), goal, share);
  const met = (window: WindowName) => input.met.reduce((n, m) => (m.window === window ? n + m.count : n), 0);
  const { goals, period } = input;
  return {
    gesturesGiven: measured((c) => isGesture(c.kind, c.direction), goals.gesturesPerWeek * periodWeeks(period)),
    received: measured((c) => c.direction === "received", null),
    peopleMet: measure(met("current"), met("previous"), goals.newPeoplePerMonth * periodMonths(period), share),
    events: measured((c) => c.kind === "event", goals.eventsPerMonth * periodMonths(period)),
  };
}
