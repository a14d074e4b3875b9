/**
 * Computing reminders, for every command that shows them (nudge and its forms, draft, the calendar
 * export): the store's snapshot sized by the user's tuning, the enabled rules, done and snoozed ones
 * dropped, most urgent first; with a limit, the short list nudge shows.
 */
import type { IsoDate } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { datesDue, newsRank } from "../rules/congratulate.js";
import { describe, dueCandidates, paramsOf, type RuleTuning, ruleById, topReminders } from "../rules/engine.js";
import { followUpRank } from "../rules/follow-up-promise.js";
import { giveFirstRank } from "../rules/give-first.js";
import { gratitudeDraw } from "../rules/gratitude.js";
import { keepInTouchRank, tierCadencesFrom } from "../rules/keep-in-touch.js";
import { rediscoverDraw } from "../rules/rediscover.js";
import { thankRank } from "../rules/thank.js";
import type { Candidate, Reminder, Snapshot } from "../rules/types.js";
import { reminderStates } from "../store/reminders.js";
import { ruleSettings } from "../store/settings.js";
import { loadSnapshot } from "../store/snapshot.js";
import type { Store } from "../store/store.js";

/** How many reminders nudge shows unless --all: a morning's worth. */
export const TOP = 7;
/** …with at most this many from any one rule (unless --rule asks for that rule alone). */
export const PER_RULE = 3;

/** The snapshot the rules need, sized by the user's tuning (cadences, windows). */
export function snapshotFor(store: Store, today: IsoDate, tuning: RuleTuning, horizonDays = 0, limit?: number): Snapshot {
  const params = (id: string) => (ruleById(id) ? paramsOf(ruleById(id)!, tuning) : {});
  return loadSnapshot(store, today, {
    horizonDays,
    tierCadences: tierCadencesFrom(params("keep-in-touch")),
    recentDays: params("not-isolated").days,
    metWithinDays: (params("first-follow-up").days ?? 2) + 1,
    thankWithinDays: params("thank").maxDays,
    newsWithinDays: params("congratulate").newsDays,
    datesAround: { before: params("congratulate").daysBefore ?? 1, after: params("congratulate").daysAfter ?? 3 },
    rank: {
      keepInTouch: (person, dueOn) => keepInTouchRank(person, dueOn, today),
      thank: (item, person) => thankRank(item, person, today, params("thank").days),
      news: (item, person) => newsRank(item, person, today),
      followUp: (item, person) => followUpRank(item, person, today),
      giveFirst: (balance, person) => giveFirstRank(balance, person, today),
      dates: (person, congratulatedOn) =>
        datesDue(person, congratulatedOn, today, horizonDays, params("congratulate")).map((due) => due.rank),
    },
    limit,
    gratitude: gratitudeDraw(today, horizonDays, params("gratitude")),
    rediscover: rediscoverDraw(today, horizonDays, params("rediscover")),
  });
}

/**
 * What to compute: one rule's reminders only, how far ahead, how many (the short list), and in
 * which catalogue's words (the language in use unless given; `--json` gives English, since its
 * output never changes with the language).
 */
export interface ReminderOptions {
  rule?: string;
  horizonDays?: number;
  limit?: number;
  catalogue?: Catalogue;
}

/**
 * The due reminders, as nudge computes them (also used by the calendar export, with a horizon):
 * enabled rules, done and snoozed ones dropped, most urgent first, worded.
 */
export function computeReminders(store: Store, today: IsoDate, options: ReminderOptions = {}): Reminder[] {
  return remindersFor(store, today, options).shown;
}

/**
 * What is due today, not worded: for the commands that need only keys and subjects (done, snooze,
 * draft), so a large network's reminders are not all put into words.
 */
export function dueToday(store: Store, today: IsoDate, options: { rule?: string } = {}): Candidate[] {
  const tuning = ruleSettings(store);
  const snapshot = snapshotFor(store, today, tuning);
  return dueCandidates(snapshot, { today, horizonDays: 0 }, tuning, reminderStates(store), options.rule);
}

/**
 * The snapshot, every due reminder it yields (not worded), and the list shown, worded: with a
 * `limit`, only what can reach the top is loaded, and the top is taken with at most PER_RULE from
 * one rule; without one, everything due is shown.
 */
export function remindersFor(
  store: Store,
  today: IsoDate,
  options: ReminderOptions,
): { snapshot: Snapshot; due: Candidate[]; shown: Reminder[] } {
  const tuning = ruleSettings(store);
  const states = reminderStates(store);
  const horizonDays = options.horizonDays ?? 0;
  const { limit } = options;
  // At most PER_RULE of a rule reach the default list (`limit` with --rule): the snapshot loads that
  // many per rule, and one more to tell whether there is more than is shown.
  const perRule = limit === undefined ? undefined : options.rule ? limit : Math.min(limit, PER_RULE);
  const snapshot = snapshotFor(store, today, tuning, horizonDays, perRule === undefined ? undefined : perRule + 1);
  const context = { today, horizonDays, catalogue: options.catalogue };
  const due = dueCandidates(snapshot, context, tuning, states, options.rule);
  const shown = limit === undefined || perRule === undefined ? due : topReminders(due, limit, perRule);
  return { snapshot, due, shown: describe(shown, context, tuning) };
}
