import type { Command } from "commander";
import { computeReminders, dueToday, PER_RULE, remindersFor, TOP } from "../app/reminders.js";
import { addDays, type IsoDate, parseWhen, readDate, readDuration } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import { en } from "../i18n/en/index.js";
import { type Catalogue, messages } from "../i18n/index.js";
import { reminderJson, renderHabitLine, renderReminders } from "../render/nudge.js";
import { safeText } from "../render/terminal.js";
import { ruleById } from "../rules/engine.js";
import { habitLine } from "../rules/habits.js";
import type { Reminder } from "../rules/types.js";
import { rememberShown, reminderStates, shownList, snooze } from "../store/reminders.js";
import type { Store } from "../store/store.js";
import { type Context, toUserError } from "./context.js";
import * as morning from "./morning.js";
import { markReminderDone } from "./reminder-done.js";
import type { Runner } from "./runner.js";
import { keyNumbered, todaysKeys } from "./todays-list.js";

interface NudgeFlags {
  all?: boolean;
  rule?: string;
  interactive?: boolean;
  brief?: boolean;
  exitCode?: boolean;
  week?: boolean;
  notify?: boolean;
}

export function nudgeCommands(program: Command, run: Runner) {
  const t = messages().nudge;
  program
    .command("nudge")
    .summary(t.summary)
    .description(t.description({ top: TOP, perRule: PER_RULE }))
    .option("-a, --all", t.optAll)
    .option("-r, --rule <rule>", t.optRule)
    .option("-i, --interactive", t.optInteractive)
    .option("--brief", t.optBrief)
    .option("--exit-code", t.optExitCode(morning.SOMETHING_DUE))
    .option("--week", t.optWeek)
    .option("--notify", t.optNotify)
    .addHelpText("after", t.examples(morning.SOMETHING_DUE))
    .action(run(nudgeAction));

  program
    .command("done")
    .summary(t.doneSummary)
    .description(t.doneDescription)
    .argument("<n...>", t.doneArgument)
    .addHelpText("after", t.doneExamples)
    .action(run(doneAction));

  program
    .command("snooze")
    .summary(t.snoozeSummary)
    .description(t.snoozeDescription)
    .argument("<n>", t.snoozeArgument)
    .argument("<duration>", t.snoozeDuration)
    .addHelpText("after", t.snoozeExamples)
    .action(run(snoozeAction));
}

async function nudgeAction(ctx: Context, flags: NudgeFlags): Promise<void> {
  const t = messages().nudge;
  if (flags.rule && !ruleById(flags.rule)) throw usageError(t.noRule(flags.rule), t.noRuleHint);
  if (flags.brief || flags.week || flags.notify) return morningAction(ctx, flags);
  const store = ctx.store();
  // The default view needs only the top few: load just what can be among them.
  const {
    snapshot,
    due: all,
    shown,
  } = remindersFor(store, ctx.today, {
    rule: flags.rule,
    limit: flags.all ? undefined : TOP,
    catalogue: ctx.json ? en : undefined,
  });

  if (flags.interactive) {
    if (!ctx.interactive) throw usageError(t.interactiveNeedsTerminal, t.interactiveNeedsTerminalHint);
    const { walkReminders } = await import("./nudge-walk.js");
    await walkReminders(ctx, shown);
    return;
  }
  // The list is kept before it is printed, so a number shown is always a number `net done` counts in.
  const unkept = keepShown(ctx, store, shown);
  if (ctx.json) {
    ctx.out(JSON.stringify(shown.map(reminderJson), null, 2));
    if (unkept && shown.length > 0) ctx.say(unkept);
    if (flags.exitCode && shown.length > 0) process.exitCode = morning.SOMETHING_DUE;
    return;
  }
  const c = ctx.chalk;
  const lines = [renderHabitLine(habitLine(snapshot, ctx.today), ctx.today, c, ctx.width), ""];
  if (shown.length === 0) {
    lines.push(flags.rule ? t.nothingDueFrom(flags.rule) : t.nothingDue);
  } else {
    lines.push(renderReminders(shown, ctx.today, c, ctx.width, { numbered: !unkept }));
  }
  ctx.out(lines.join("\n"));
  if (flags.exitCode && shown.length > 0) process.exitCode = morning.SOMETHING_DUE;
  if (shown.length > 0) {
    const more = all.length > shown.length ? t.moreWithAll(shown.length) : "";
    if (unkept) ctx.say(unkept);
    else ctx.say(c.dim(`${more}${t.footer}`));
  }
}

/**
 * The week ahead as each morning's nudge will show it: today's list, then for each of the next six
 * days what first appears in that day's list (worded as of that day, shown on that day) — so a
 * reminder back from a snooze, or one that starts with a month, is there too, not only what carries
 * a due date within the week.
 */
function weekAhead(store: Store, today: IsoDate, rule: string | undefined, catalogue?: Catalogue): Reminder[] {
  const seen = new Set<string>();
  const ahead: Reminder[] = [];
  for (let n = 0; n <= morning.WEEK_DAYS; n++) {
    const day = addDays(today, n);
    for (const r of computeReminders(store, day, { rule, catalogue })) {
      if (seen.has(r.key)) continue;
      seen.add(r.key);
      ahead.push(n === 0 || r.dueOn >= day ? r : { ...r, dueOn: day });
    }
  }
  return ahead;
}

/**
 * The forms that come to the person (src/cli/morning.ts): --brief and --notify read the same top
 * list as nudge (without keeping it: they show no numbers), --week looks ahead. None writes.
 */
async function morningAction(ctx: Context, flags: NudgeFlags): Promise<void> {
  const top = () => {
    const { due, shown } = remindersFor(ctx.store(), ctx.today, { rule: flags.rule, limit: TOP, catalogue: ctx.json ? en : undefined });
    return { shown, more: due.length > shown.length };
  };
  if (flags.week) {
    const ahead = weekAhead(ctx.store(), ctx.today, flags.rule, ctx.json ? en : undefined);
    if (ctx.json) ctx.out(JSON.stringify(morning.weekJson(ahead, ctx.today, reminderJson), null, 2));
    else ctx.out(morning.weekLines(ahead, ctx.today, ctx.chalk, ctx.width).join("\n"));
    if (flags.exitCode && ahead.some((r) => r.dueOn <= ctx.today)) process.exitCode = morning.SOMETHING_DUE;
    return;
  }
  await morning.quietly(async () => {
    if (flags.notify) {
      await morning.notifyOnce(ctx, () => ({ ...top(), nudgedOn: shownList(ctx.store())?.day }));
      return;
    }
    const computed = top();
    if (ctx.json) ctx.out(JSON.stringify(morning.briefJson(computed, reminderJson), null, 2));
    else {
      const lines = morning.briefLines(computed, ctx.chalk, ctx.width);
      if (lines.length) ctx.out(lines.join("\n"));
    }
    if (flags.exitCode && computed.shown.length > 0) process.exitCode = morning.SOMETHING_DUE;
  });
}

/**
 * Keeps `shown` as today's numbered list. When it can't be written (another process holds the
 * write lock past the busy timeout, a read-only file, a full disk), the list is printed without
 * numbers: returns the message saying so, and what to type instead; undefined when it was kept.
 */
function keepShown(ctx: Context, store: Store, shown: readonly Reminder[]): string | undefined {
  const t = messages().nudge;
  const keys = shown.map((r) => r.key);
  // No database yet (a new user's first nudge reads an empty network in memory): nothing is kept,
  // so no numbers; the first person or the card starts the network.
  if (store.db.memory && !store.db.readonly) return t.startNetwork;
  try {
    rememberShown(store, { day: ctx.today, keys });
    return undefined;
  } catch (error) {
    const failure = toUserError(error);
    if (!failure) throw error;
    // It names the database's path, which may hold anything.
    const reason = safeText(failure.message, true);
    // The list kept earlier today (if any) still stands: `done <n>` counts in what was shown numbered.
    const earlier = shownList(store);
    const standing = earlier?.day === ctx.today && earlier.keys.length > 0;
    const instead = ctx.json ? t.listNotKeptJson(reason) : t.numbersNotKept(reason);
    return instead + (standing ? t.earlierListStands : "");
  }
}

/**
 * Finds the reminders the user means: numbers from today's list, or keys. Today's list and the
 * due keys are worked out once, however many are named.
 */
function keysFor(store: Store, today: IsoDate, refs: readonly string[]): string[] {
  let shown: string[] | undefined;
  let due: Set<string> | undefined;
  // Only a list nudge printed numbered and kept today: one worked out now (or an earlier day's)
  // may not be what the user saw as #n.
  const todaysList = () => {
    shown ??= todaysKeys(store, today, messages().nudge.useNumberHint);
    return shown;
  };
  const dueKeys = () => {
    due ??= new Set(dueToday(store, today).map((r) => r.key));
    return due;
  };
  return [...new Set(refs.map((ref) => keyFor(store, ref, todaysList, dueKeys)))];
}

function keyFor(store: Store, ref: string, todaysList: () => string[], dueKeys: () => Set<string>): string {
  const t = messages().nudge;
  if (/^\d+$/.test(ref)) {
    return keyNumbered(todaysList(), Number(ref), {
      nothing: t.nothingToMark,
      hint: t.seeNumbersHint,
    });
  }
  if (/^[a-z-]+:/.test(ref)) {
    // A key typed by hand must be one that is due now (or done/snoozed already, to change it).
    const known = dueKeys().has(ref) || reminderStates(store).has(ref);
    if (!known) throw new UserError(t.noSuchKey(ref), { hint: t.noSuchKeyHint });
    return ref;
  }
  throw usageError(t.notANumber(ref), t.notANumberHint);
}

async function doneAction(ctx: Context, refs: string[]): Promise<void> {
  const store = ctx.store();
  const keys = keysFor(store, ctx.today, refs);
  store.transaction(() => {
    for (const key of keys) markReminderDone(store, key, ctx.today);
  });
  if (ctx.json) ctx.out(JSON.stringify({ done: keys, on: ctx.today }, null, 2));
  else for (const key of keys) ctx.out(key);
  ctx.say(messages().nudge.markedDone(keys.length));
}

async function snoozeAction(ctx: Context, ref: string, duration: string): Promise<void> {
  const t = messages().nudge;
  const store = ctx.store();
  const until = readDuration(duration) || readDate(duration, ctx.today) ? parseWhen(duration, ctx.today) : null;
  if (!until) throw usageError(t.cantReadDuration(duration), t.cantReadDurationHint);
  if (until <= ctx.today) throw usageError(t.snoozeNotLater(until), t.snoozeNotLaterHint);
  const [key] = keysFor(store, ctx.today, [ref]) as [string];
  // Snoozing what is already done would bring it back: a reminder is snoozed only while it is due.
  const state = reminderStates(store).get(key);
  const stillDue = !state?.doneOn && dueToday(store, ctx.today).some((r) => r.key === key);
  if (!stillDue && !state?.snoozedUntil)
    throw new UserError(t.alreadyDone(/^\d+$/.test(ref) ? `#${ref}` : `'${ref}'`), { hint: t.alreadyDoneHint });
  store.transaction(() => snooze(store, key, until));
  ctx.out(ctx.json ? JSON.stringify({ key, snoozedUntil: until }, null, 2) : key);
  ctx.say(t.snoozedUntil(until));
}
