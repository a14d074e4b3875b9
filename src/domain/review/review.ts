/** The whole quarterly review (`net map`): each part computed from the counts the store loaded. */

import type { IsoDate } from "../dates.js";
import type { Goals } from "../goals.js";
import type { Tier } from "../model.js";
import { type Activity, activity } from "./activity.js";
import { type BalanceSummary, balance, type PersonBalance } from "./balance.js";
import type { DayTotal, KindCount, MetCount } from "./counts.js";
import { comparison, type Period, periodDays, type Window } from "./period.js";
import { type Pulse, pulse } from "./pulse.js";
import { type PersonLine, type Recontact, recontact } from "./recontact.js";
import { type Shape, type ShapeCount, shape } from "./shape.js";
import { type Suggestion, suggestions } from "./suggestions.js";
import { type Received, type ThankEntry, toThank } from "./thank.js";

export interface ReviewInput {
  period: Period;
  today: IsoDate;
  /** Interactions by window, kind and direction (windows from `comparison`). */
  kinds: readonly KindCount[];
  /** Interactions per day over the period and the three before it. */
  days: readonly DayTotal[];
  /** People met in person in each window. */
  met: readonly MetCount[];
  /** Active people, at least all those past their cadence (or the first ranked, with `counted`). */
  people: readonly PersonLine[];
  /** How many are lapsed, dormant that matter, and quiet, when `people` holds only the first ranked. */
  counted?: { lapsed: number; dormant: number; quiet: number };
  /** Help and intros received in the period (with `receivedWaiting`, only the first to thank). */
  received: readonly Received[];
  /** How many are waiting for thanks, when `received` holds only the first of them. */
  receivedWaiting?: number;
  /** Per person balance in the period (at least the most one-sided and those who only give to you). */
  balances: readonly PersonBalance[];
  shapeCounts: readonly ShapeCount[];
  cadences: Record<Tier, number>;
  goals: Goals;
  wantsSponsor: boolean;
  /** Groups weeks so the activity strip fits (see weeksPerBucketFor). */
  weeksPerBucket?: number;
  /** The day net was first used: goals count only the days since (a network days old is not "behind"). */
  networkSince?: IsoDate | null;
}

export interface Review {
  period: Period & { days: number; partial: boolean; elapsedDays: number; previous: Window };
  pulse: Pulse;
  activity: Activity;
  recontact: Recontact;
  /** The help and intros waiting for thanks, oldest first (the first of them when the store loaded only those). */
  thank: ThankEntry[];
  /** How many are waiting in all. */
  thankWaiting: number;
  balance: BalanceSummary;
  shape: Shape;
  suggestions: Suggestion[];
  /** Nothing happened in the period: no interaction and no one met. */
  empty: boolean;
}

export function review(input: ReviewInput): Review {
  const windows = comparison(input.period, input.today);
  const p = pulse(input);
  const r = recontact({ people: input.people, today: input.today, cadences: input.cadences, counted: input.counted });
  const t = toThank(input);
  const b = balance({ people: input.balances, kinds: input.kinds });
  const s = shape({ counts: input.shapeCounts, met: input.met, wantsSponsor: input.wantsSponsor });
  const a = activity(input);
  const current = a.series[a.series.length - 1];
  return {
    period: {
      ...input.period,
      days: periodDays(input.period),
      partial: windows.partial,
      elapsedDays: windows.elapsedDays,
      previous: windows.previous,
    },
    pulse: p,
    activity: a,
    recontact: r,
    thank: t,
    thankWaiting: input.receivedWaiting ?? t.length,
    balance: b,
    shape: s,
    suggestions: suggestions({
      pulse: p,
      recontact: r,
      thank: t,
      thankWaiting: input.receivedWaiting ?? t.length,
      balance: b,
      shape: s,
      goals: input.goals,
    }),
    empty: (current?.total ?? 0) === 0 && p.peopleMet.value === 0,
  };
}
