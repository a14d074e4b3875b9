import { type Command, Option } from "commander";
import { nextDueOn } from "../domain/contacts.js";
import { UserError, usageError } from "../domain/errors.js";
import { nameList } from "../domain/gestures.js";
import { type Direction, type Interaction, KINDS, type Kind } from "../domain/model.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import { tierCadences } from "../store/settings.js";
import type { Context } from "./context.js";
import { choiceOption, collect, findPerson, readPastDate, readWhen } from "./input.js";
import type { Runner } from "./runner.js";

/** `net log edit` and `net log rm`: fixing a logged interaction. Registered under `net log`. */
export function logFixCommands(log: Command, run: Runner) {
  const t = messages().log;
  log
    .command("edit")
    .summary(t.editSummary)
    .description(t.editDescription)
    .argument("<ref>", t.refArgument)
    .option("-d, --date <date>", t.optNewDate)
    .addOption(choiceOption("-k, --kind <kind>", t.optNewKind, KINDS))
    .addOption(new Option("--gave", t.optEditGave).conflicts(["received", "mutual"]))
    .addOption(new Option("--received", t.optReceived).conflicts(["gave", "mutual"]))
    .addOption(new Option("--mutual", t.optMutual).conflicts(["gave", "received"]))
    .option("-n, --note <text>", t.optNewNote)
    .option("-f, --follow-up <when>", t.optEditFollowUp)
    .option("--with <who>", t.optWith, collect)
    .option("--without <who>", t.optWithout, collect)
    .addHelpText("after", t.editExamples)
    .action(run(editAction));
  log
    .command("rm")
    .summary(t.rmSummary)
    .description(t.rmDescription)
    .argument("<ref>", t.refArgument)
    .option("-y, --yes", t.optYes)
    .addHelpText("after", t.rmExamples)
    .action(run(rmAction));
}

/** The interaction a reference names: an id (or unique start of one), or who:n from net show's numbering. */
async function interactionFor(ctx: Context, ref: string): Promise<Interaction> {
  const t = messages().log;
  const store = ctx.store();
  const numbered = /^(.+):(\d+)$/.exec(ref.trim());
  if (numbered) {
    const person = await findPerson(ctx, numbered[1] as string, { includeArchived: true });
    const n = Number(numbered[2]);
    const timeline = store.interactionsOf(person.id, n);
    const found = n >= 1 ? timeline[n - 1] : undefined;
    if (!found)
      throw new UserError(
        t.noSuchNumbered({ name: safeText(person.name, true), count: timeline.length < n ? timeline.length : null, ref }),
        {
          hint: t.seeTimelineHint(person.slug),
        },
      );
    return found;
  }
  const found = store.interaction(ref.trim());
  if (!found) throw new UserError(t.noInteraction(safeText(ref, true)), { hint: t.noInteractionHint });
  return found;
}

function describe(ctx: Context, i: Interaction): string {
  const t = messages().log;
  const named = new Map(
    ctx
      .store()
      .namedContacts(true)
      .map((p) => [p.id, p.name]),
  );
  const people = i.people.map((id) => safeText(named.get(id) ?? t.someone, true));
  const what = i.eventName ? t.describeEvent(safeText(i.eventName, true)) : (t.kinds[i.kind] ?? i.kind);
  const arrow = i.direction === "gave" ? "→" : i.direction === "received" ? "←" : "↔";
  return `${i.date} ${arrow} ${what}${people.length ? t.describeWith(nameList(people)) : ""}${i.note ? ` — ${safeText(i.note, true)}` : ""}${i.followUpOn ? t.describeFollowUp(i.followUpOn) : ""}`;
}

/** Where each person's keep-in-touch now stands, after a change. */
function dueLines(ctx: Context, people: Iterable<string>): string[] {
  const store = ctx.store();
  const cadences = tierCadences(store);
  const lines: string[] = [];
  for (const id of new Set(people)) {
    const c = store.contact(id);
    if (c && !c.archivedAt) lines.push(messages().log.nextDue({ name: safeText(c.name, true), day: nextDueOn(c, cadences) }));
  }
  return lines;
}

interface EditFlags {
  date?: string;
  kind?: Kind;
  gave?: boolean;
  received?: boolean;
  mutual?: boolean;
  note?: string;
  followUp?: string;
  with?: string[];
  without?: string[];
}

/**
 * `net log` has options of the same names (--date, --kind, …), and commander gives an option to the
 * parent wherever it appears on the line (positional options would cost every command its global
 * options after the word): the ones given on the command line are taken from there.
 */
function withParentFlags(own: EditFlags, command: Command): EditFlags {
  const flags: Record<string, unknown> = { ...own };
  const parent = command.parent;
  for (const key of ["date", "kind", "gave", "received", "mutual", "note", "followUp"])
    if (parent?.getOptionValueSource(key) === "cli" && flags[key] === undefined) flags[key] = parent.getOptionValue(key);
  return flags as EditFlags;
}

/** Whether any flag says what to change. */
function changesGiven(flags: EditFlags): boolean {
  return (
    (["date", "kind", "gave", "received", "mutual", "note", "followUp"] as const).some((k) => flags[k] !== undefined) ||
    Boolean(flags.with?.length || flags.without?.length)
  );
}

async function editAction(ctx: Context, ref: string, given: EditFlags, command: Command): Promise<void> {
  const t = messages().log;
  let flags = withParentFlags(given, command);
  const store = ctx.store();
  const before = await interactionFor(ctx, ref);
  // No flag: on a terminal, ask for each field with its value as the default.
  const asked = !changesGiven(flags) && ctx.interactive;
  if (asked) {
    const { logEditWizard, terminalPrompter } = await import("./prompts.js");
    const answers = await logEditWizard(terminalPrompter(), { ...before, isEvent: Boolean(before.eventName) });
    flags = { ...answers, [answers.direction]: true };
  }
  const direction: Direction = flags.gave ? "gave" : flags.received ? "received" : flags.mutual ? "mutual" : before.direction;
  const date = flags.date !== undefined ? await readPastDate(flags.date, ctx.today, t.theDate) : before.date;
  const kind = flags.kind ?? before.kind;
  if (kind === "event" && !before.eventName) throw usageError(t.cantBecomeEvent, t.cantBecomeEventHint);
  if (kind !== "event" && before.eventName) throw usageError(t.eventCantBecome(kind), t.eventCantBecomeHint);
  let followUpOn = before.followUpOn;
  if (flags.followUp !== undefined)
    followUpOn = ["", "none"].includes(flags.followUp.trim()) ? null : await readWhen(flags.followUp, date, ctx.today);
  if (followUpOn && followUpOn < date) throw usageError(t.followUpBefore({ followUp: followUpOn, date }), t.followUpBeforeEditHint);
  const note = flags.note === undefined ? before.note : flags.note.trim() ? flags.note : null;
  const people = [...before.people];
  for (const who of flags.with ?? []) {
    const person = await findPerson(ctx, who);
    if (!people.includes(person.id)) people.push(person.id);
  }
  for (const who of flags.without ?? []) {
    const person = await findPerson(ctx, who, { includeArchived: true });
    const at = people.indexOf(person.id);
    if (at < 0) throw usageError(t.notInInteraction(safeText(person.name, true)), t.notInInteractionHint);
    people.splice(at, 1);
  }
  if (people.length === 0 && !before.eventName) throw usageError(t.needsSomeone, t.needsSomeoneHint);
  const after: Interaction = { ...before, date, kind, direction, note, followUpOn, people };
  const changed = JSON.stringify(after) !== JSON.stringify(before);
  if (!changed && asked) {
    ctx.say(t.nothingChanged);
    return;
  }
  if (!changed) throw usageError(t.nothingToChange, t.nothingToChangeHint);
  store.transaction(() => store.updateInteraction(before, after));
  if (ctx.json) ctx.out(JSON.stringify({ id: after.id, date, kind, direction, note, followUpOn, people }, null, 2));
  else ctx.out(after.id);
  ctx.say(
    [t.changed({ before: describe(ctx, before), after: describe(ctx, after) }), ...dueLines(ctx, [...before.people, ...people])].join("\n"),
  );
}

async function rmAction(ctx: Context, ref: string, flags: { yes?: boolean }): Promise<void> {
  const t = messages().log;
  const store = ctx.store();
  const interaction = await interactionFor(ctx, ref);
  if (!flags.yes) {
    if (!ctx.interactive) throw usageError(t.removeNeedsConfirmation(describe(ctx, interaction)), t.removeNeedsConfirmationHint(ref));
    const { terminalPrompter } = await import("./prompts.js");
    const sure = await terminalPrompter().confirm({
      name: "remove",
      message: t.removeQuestion(describe(ctx, interaction)),
      default: false,
    });
    if (!sure) {
      ctx.say(t.nothingRemoved);
      return;
    }
  }
  const what = describe(ctx, interaction);
  store.transaction(() => store.deleteInteraction(interaction));
  ctx.out(ctx.json ? JSON.stringify({ id: interaction.id, removed: true }, null, 2) : interaction.id);
  ctx.say([t.removed(what), ...dueLines(ctx, interaction.people)].join("\n"));
}
