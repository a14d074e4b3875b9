import type { Command } from "commander";
import { type IsoDate, parseWhen, readDate, readDuration } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import { reminderJson, renderHabitLine, renderReminders } from "../render/nudge.js";
import { datesDue, newsRank } from "../rules/congratulate.js";
import { dueReminders, paramsOf, type RuleTuning, ruleById, topReminders } from "../rules/engine.js";
import { followUpRank } from "../rules/follow-up-promise.js";
import { giveFirstRank } from "../rules/give-first.js";
import { habitLine } from "../rules/habits.js";
import { keepInTouchPerson, keepInTouchRank, tierCadencesFrom } from "../rules/keep-in-touch.js";
import { thankRank } from "../rules/thank.js";
import type { Reminder, Snapshot } from "../rules/types.js";
import { markDone, markKeptInTouch, rememberShown, reminderStates, shownList, snooze } from "../store/reminders.js";
import { loadSnapshot } from "../store/snapshot.js";
import type { Store } from "../store/store.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";
import { ruleSettings } from "./settings.js";

/** How many reminders nudge shows unless --all: a morning's worth. */
export const TOP = 7;
/** …with at most this many from any one rule (unless --rule asks for that rule alone). */
export const PER_RULE = 3;

interface NudgeFlags {
  all?: boolean;
  rule?: string;
  interactive?: boolean;
}

export function nudgeCommands(program: Command, run: Runner) {
  program
    .command("nudge")
    .summary("today's due gestures, most urgent first")
    .description(
      `The small gestures due today, most urgent first (top ${TOP}, at most ${PER_RULE} of one kind; --all for every one), each with a suggestion\nand the practice behind it.\nThe first line is your habit line: week streak, gestures this week, new people this month, last event.`,
    )
    .option("-a, --all", "every due reminder, not just the top ones")
    .option("-r, --rule <rule>", "only this rule's reminders (see net rules)")
    .option("-i, --interactive", "walk through the reminders one by one: done, snooze, log, skip")
    .addHelpText("after", "\nExamples:\n  net nudge\n  net nudge --all --json\n  net nudge --rule thank\n  net done 2\n  net snooze 3 1w")
    .action(run(nudgeAction));

  program
    .command("done")
    .summary("mark reminders from today's nudge as done")
    .description(
      "Mark reminders as done, by their number in the last `net nudge` list (or their key).\nLogging the gesture with `net log` also clears the reminders it satisfies.",
    )
    .argument("<n...>", "numbers from today's nudge list, or reminder keys")
    .addHelpText("after", "\nExamples:\n  net done 2\n  net done 1 3")
    .action(run(doneAction));

  program
    .command("snooze")
    .summary("postpone a reminder")
    .description("Hide a reminder from nudge until a later day.")
    .argument("<n>", "number from today's nudge list (or a reminder key)")
    .argument("<duration>", "how long: 1d, 1w, 2w, 1m, or a date")
    .addHelpText("after", "\nExamples:\n  net snooze 3 1w\n  net snooze 1 'next monday'")
    .action(run(snoozeAction));
}

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
  });
}

/**
 * The due reminders, as nudge computes them (also used by the calendar export, with a horizon):
 * enabled rules, done and snoozed ones dropped, most urgent first.
 */
export function computeReminders(
  store: Store,
  today: IsoDate,
  options: { rule?: string; horizonDays?: number; limit?: number } = {},
): Reminder[] {
  const computed = remindersFor(store, today, options);
  return options.limit === undefined ? computed.due : computed.shown;
}

/**
 * The snapshot, every due reminder it yields, and the list shown: with a `limit`, only what can
 * reach the top is loaded, and the top is taken with at most PER_RULE from one rule.
 */
function remindersFor(
  store: Store,
  today: IsoDate,
  options: { rule?: string; horizonDays?: number; limit?: number },
): { snapshot: Snapshot; due: Reminder[]; shown: Reminder[] } {
  const tuning = ruleSettings(store) as RuleTuning;
  const horizonDays = options.horizonDays ?? 0;
  const { limit } = options;
  // At most PER_RULE of a rule reach the default list (`limit` with --rule): the snapshot loads that
  // many per rule, and one more to tell whether there is more than is shown.
  const perRule = limit === undefined ? undefined : options.rule ? limit : Math.min(limit, PER_RULE);
  const snapshot = snapshotFor(store, today, tuning, horizonDays, perRule === undefined ? undefined : perRule + 1);
  const due = dueReminders(snapshot, { today, horizonDays }, tuning, reminderStates(store), options.rule);
  return { snapshot, due, shown: limit === undefined || perRule === undefined ? due : topReminders(due, limit, perRule) };
}

async function nudgeAction(ctx: Context, flags: NudgeFlags): Promise<void> {
  if (flags.rule && !ruleById(flags.rule)) throw usageError(`there is no rule '${flags.rule}'`, "see the rules with: net rules");
  const store = ctx.store();
  // The default view needs only the top few: load just what can be among them.
  const { snapshot, due: all, shown } = remindersFor(store, ctx.today, { rule: flags.rule, limit: flags.all ? undefined : TOP });

  if (flags.interactive) {
    if (!ctx.interactive)
      throw usageError("--interactive needs a terminal", "run net nudge without -i, then net done <n> / net snooze <n> <duration>");
    const { walkReminders } = await import("./nudge-walk.js");
    await walkReminders(ctx, shown);
    return;
  }
  try {
    rememberShown(store, { day: ctx.today, keys: shown.map((r) => r.key) });
  } catch {
    // A read-only database still gets its nudge; only the numbering for `net done` is not kept.
  }
  if (ctx.json) {
    ctx.out(JSON.stringify(shown.map(reminderJson), null, 2));
    return;
  }
  const c = ctx.chalk;
  const lines = [renderHabitLine(habitLine(snapshot, ctx.today), ctx.today, c, ctx.width), ""];
  if (shown.length === 0) {
    lines.push(flags.rule ? `Nothing due from ${flags.rule} today.` : "Nothing due today. Enjoy it — or give something with no agenda.");
  } else {
    lines.push(renderReminders(shown, ctx.today, c, ctx.width));
  }
  ctx.out(lines.join("\n"));
  if (shown.length > 0) {
    const more = all.length > shown.length ? `${shown.length} shown, more with net nudge --all · ` : "";
    ctx.say(c.dim(`${more}net done <n> · net snooze <n> 1w · net log <who> after a gesture`));
  }
}

/**
 * Finds the reminders the user means: numbers from today's list, or keys. Today's list and the
 * due keys are worked out once, however many are named.
 */
function keysFor(store: Store, today: IsoDate, refs: readonly string[]): string[] {
  let shown: string[] | undefined;
  let due: Set<string> | undefined;
  const todaysList = () => {
    const saved = shownList(store);
    shown ??= saved && saved.day === today ? saved.keys : computeReminders(store, today, { limit: TOP }).map((r) => r.key);
    return shown;
  };
  const dueKeys = () => {
    due ??= new Set(computeReminders(store, today).map((r) => r.key));
    return due;
  };
  return [...new Set(refs.map((ref) => keyFor(store, ref, todaysList, dueKeys)))];
}

function keyFor(store: Store, ref: string, todaysList: () => string[], dueKeys: () => Set<string>): string {
  if (/^\d+$/.test(ref)) {
    const list = todaysList();
    const n = Number(ref);
    const key = list[n - 1];
    if (!key) {
      throw new UserError(
        list.length ? `there is no #${n} in today's list (1–${list.length})` : "nothing is due today, so there is no reminder to mark",
        { hint: "run net nudge to see today's numbers" },
      );
    }
    return key;
  }
  if (/^[a-z-]+:/.test(ref)) {
    // A key typed by hand must be one that is due now (or done/snoozed already, to change it).
    const known = dueKeys().has(ref) || reminderStates(store).has(ref);
    if (!known) throw new UserError(`no reminder '${ref}' is due`, { hint: "see today's keys with: net nudge --all --json" });
    return ref;
  }
  throw usageError(`'${ref}' is not a reminder number`, "use the number shown by net nudge, e.g. net done 2");
}

/**
 * Marks one reminder done. A keep-in-touch reminder restarts that person's cadence from `day` (it
 * comes back one cadence later, as after a gesture); others are done for the occurrence their key
 * names, and rules about a standing state count again from that day (EvaluationContext.lastDone).
 */
export function markReminderDone(store: Store, key: string, day: IsoDate): void {
  const person = keepInTouchPerson(key);
  if (person) markKeptInTouch(store, person, day);
  else markDone(store, key, day);
}

async function doneAction(ctx: Context, refs: string[]): Promise<void> {
  const store = ctx.store();
  const keys = keysFor(store, ctx.today, refs);
  store.transaction(() => {
    for (const key of keys) markReminderDone(store, key, ctx.today);
  });
  if (ctx.json) ctx.out(JSON.stringify({ done: keys, on: ctx.today }, null, 2));
  else for (const key of keys) ctx.out(key);
  ctx.say(`Marked ${keys.length === 1 ? "1 reminder" : `${keys.length} reminders`} done. Well done.`);
}

async function snoozeAction(ctx: Context, ref: string, duration: string): Promise<void> {
  const store = ctx.store();
  const until = readDuration(duration) || readDate(duration, ctx.today) ? parseWhen(duration, ctx.today) : null;
  if (!until) throw usageError(`can't read '${duration}' as a duration or a date`, "try 1d, 1w, 2w, 1m or a date like 2026-12-01");
  if (until <= ctx.today) throw usageError(`snoozing until ${until} would not hide it`, "give a later day: 1d, 1w, or a future date");
  const [key] = keysFor(store, ctx.today, [ref]) as [string];
  // Snoozing what is already done would bring it back: a reminder is snoozed only while it is due.
  const state = reminderStates(store).get(key);
  const stillDue = !state?.doneOn && computeReminders(store, ctx.today).some((r) => r.key === key);
  if (!stillDue && !state?.snoozedUntil)
    throw new UserError(`${/^\d+$/.test(ref) ? `#${ref}` : `'${ref}'`} is already done: there is nothing to snooze`, {
      hint: "see what is due now with: net nudge",
    });
  store.transaction(() => snooze(store, key, until));
  ctx.out(ctx.json ? JSON.stringify({ key, snoozedUntil: until }, null, 2) : key);
  ctx.say(`Snoozed until ${until}.`);
}
