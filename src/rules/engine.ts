import type { ReminderState } from "../domain/reminders.js";
import { congratulate } from "./congratulate.js";
import { eventCadence } from "./event-cadence.js";
import { firstFollowUp } from "./first-follow-up.js";
import { followUpPromise } from "./follow-up-promise.js";
import { giveFirst } from "./give-first.js";
import { gratitude } from "./gratitude.js";
import { introFollowThrough } from "./intro-follow-through.js";
import { keepInTouch } from "./keep-in-touch.js";
import { narrativeCard } from "./narrative-card.js";
import { newPersonMonth } from "./new-person-month.js";
import { notIsolated } from "./not-isolated.js";
import { quarterlyMap } from "./quarterly-map.js";
import { rediscover } from "./rediscover.js";
import { thank } from "./thank.js";
import type { Candidate, EvaluationContext, Reminder, Rule, Snapshot } from "./types.js";
import { byUrgency } from "./urgency.js";

/** Every rule, in the order `net rules` lists them. */
export const RULES: readonly Rule[] = [
  keepInTouch,
  firstFollowUp,
  followUpPromise,
  newPersonMonth,
  narrativeCard,
  eventCadence,
  giveFirst,
  thank,
  congratulate,
  quarterlyMap,
  introFollowThrough,
  notIsolated,
  gratitude,
  rediscover,
];

/** What the user tuned with `net rules`: per rule, enabled or not and parameter values. */
export type RuleTuning = Record<string, { enabled?: boolean; params?: Record<string, number> }>;

export type { ReminderState };

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export function paramsOf(rule: Rule, tuning: RuleTuning): Record<string, number> {
  const tuned = tuning[rule.id]?.params ?? {};
  return Object.fromEntries(Object.entries(rule.params).map(([name, spec]) => [name, tuned[name] ?? spec.default]));
}

export function isEnabled(rule: Rule, tuning: RuleTuning): boolean {
  return tuning[rule.id]?.enabled !== false;
}

/**
 * The short list nudge shows: the most urgent first, but at most `perRule` from any one rule, so
 * one practice (seven thank-yous) doesn't crowd out the others on a morning.
 */
export function topReminders<T extends { rule: string }>(sorted: readonly T[], count: number, perRule: number): T[] {
  const taken = new Map<string, number>();
  const out: T[] = [];
  for (const r of sorted) {
    if (out.length >= count) break;
    const n = taken.get(r.rule) ?? 0;
    if (n >= perRule) continue;
    taken.set(r.rule, n + 1);
    out.push(r);
  }
  return out;
}

/** Per series (a key without its last `:` part), the last day one of its reminders was marked done. */
export function lastDoneBySeries(states: ReadonlyMap<string, ReminderState>): Map<string, string> {
  const last = new Map<string, string>();
  for (const [key, state] of states) {
    if (!state.doneOn) continue;
    const series = key.slice(0, key.lastIndexOf(":"));
    if ((last.get(series) ?? "") < state.doneOn) last.set(series, state.doneOn);
  }
  return last;
}

/** The context rules see: the caller's, plus when each series was last marked done. */
function contextWithDone(context: EvaluationContext, states: ReadonlyMap<string, ReminderState>): EvaluationContext {
  const lastDone = lastDoneBySeries(states);
  return { ...context, lastDone: (series) => lastDone.get(series) ?? null };
}

/**
 * nudge's core: every enabled rule selects what is due, done and snoozed ones are dropped, most
 * urgent first. Nothing is worded yet (`describe` words the ones shown).
 */
export function dueCandidates(
  snapshot: Snapshot,
  context: EvaluationContext,
  tuning: RuleTuning = {},
  states: ReadonlyMap<string, ReminderState> = new Map(),
  only?: string,
): Candidate[] {
  const due: Candidate[] = [];
  const withDone = contextWithDone(context, states);
  for (const rule of RULES) {
    if (only ? rule.id !== only : !isEnabled(rule, tuning)) continue;
    for (const candidate of rule.select(snapshot, withDone, paramsOf(rule, tuning))) {
      const state = states.get(candidate.key);
      if (state?.doneOn) continue;
      if (state?.snoozedUntil && state.snoozedUntil > context.today) continue;
      due.push(candidate);
    }
  }
  return due.sort(byUrgency);
}

/** Words candidates, each by its own rule, with the practice it comes from (`why`). */
export function describe(candidates: readonly Candidate[], context: EvaluationContext, tuning: RuleTuning = {}): Reminder[] {
  // Per rule, once: its tuned parameters and its why (`--all` describes thousands of one rule).
  const byRule = new Map<string, { rule: Rule; params: Record<string, number>; why: string }>();
  return candidates.map(({ about, ...candidate }) => {
    let of = byRule.get(candidate.rule);
    if (!of) {
      const rule = ruleById(candidate.rule) as Rule;
      of = { rule, params: paramsOf(rule, tuning), why: rule.words(context.catalogue).why };
      byRule.set(candidate.rule, of);
    }
    return { ...candidate, ...of.rule.describe({ ...candidate, about }, context, of.params), why: of.why };
  });
}

/** Every due reminder, worded: `dueCandidates`, then `describe` (for --all, the calendar, tests). */
export function dueReminders(
  snapshot: Snapshot,
  context: EvaluationContext,
  tuning: RuleTuning = {},
  states: ReadonlyMap<string, ReminderState> = new Map(),
  only?: string,
): Reminder[] {
  return describe(dueCandidates(snapshot, context, tuning, states, only), context, tuning);
}
