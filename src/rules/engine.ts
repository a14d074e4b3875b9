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
import type { EvaluationContext, Reminder, Rule, Snapshot } from "./types.js";
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
export function topReminders(sorted: readonly Reminder[], count: number, perRule: number): Reminder[] {
  const taken = new Map<string, number>();
  const out: Reminder[] = [];
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

/**
 * nudge's core: run the enabled rules over the snapshot, drop what was done or is snoozed,
 * sort by urgency.
 */
export function dueReminders(
  snapshot: Snapshot,
  context: EvaluationContext,
  tuning: RuleTuning = {},
  states: ReadonlyMap<string, ReminderState> = new Map(),
  only?: string,
): Reminder[] {
  const reminders: Reminder[] = [];
  const lastDone = lastDoneBySeries(states);
  const withDone: EvaluationContext = { ...context, lastDone: (series) => lastDone.get(series) ?? null };
  for (const rule of RULES) {
    if (only ? rule.id !== only : !isEnabled(rule, tuning)) continue;
    for (const reminder of rule.evaluate(snapshot, withDone, paramsOf(rule, tuning))) {
      const state = states.get(reminder.key);
      if (state?.doneOn) continue;
      if (state?.snoozedUntil && state.snoozedUntil > context.today) continue;
      reminders.push({ ...reminder, why: rule.words(context.catalogue).why });
    }
  }
  return reminders.sort(byUrgency);
}
