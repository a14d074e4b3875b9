import { type Command, Option } from "commander";
import { nextDueOn } from "../domain/contacts.js";
import { UserError, usageError } from "../domain/errors.js";
import { type Direction, type Interaction, KINDS, type Kind } from "../domain/model.js";
import { safeText } from "../render/terminal.js";
import { tierCadences } from "../store/settings.js";
import type { Context } from "./context.js";
import { choiceOption, collect, findPerson, readPastDate, readWhen } from "./input.js";
import type { Runner } from "./runner.js";

/** `net log edit` and `net log rm`: fixing a logged interaction. Registered under `net log`. */
export function logFixCommands(log: Command, run: Runner) {
  log
    .command("edit")
    .summary("change a logged interaction")
    .description(
      "Change an interaction: by its id (printed by net log, or a unique start of it) or as <who>:<n>, the n-th\n" +
        "of net show <who>'s numbered timeline (1 is the newest). Reminders follow the new day.",
    )
    .argument("<ref>", "an interaction id, or who:n (e.g. ada:1)")
    .option("-d, --date <date>", "the new day")
    .addOption(choiceOption("-k, --kind <kind>", "the new kind", KINDS))
    .addOption(new Option("--gave", "you gave it").conflicts(["received", "mutual"]))
    .addOption(new Option("--received", "they gave it to you").conflicts(["gave", "mutual"]))
    .addOption(new Option("--mutual", "both ways").conflicts(["gave", "received"]))
    .option("-n, --note <text>", 'the new note ("" removes it)')
    .option("-f, --follow-up <when>", 'a follow-up: a duration from the interaction\'s day (2w) or a date; "none" removes it')
    .option("--with <who>", "add a person (repeatable)", collect)
    .option("--without <who>", "remove a person (repeatable)", collect)
    .addHelpText(
      "after",
      '\nExamples:\n  net show ada                       # the numbered timeline\n  net log edit ada:1 --date yesterday --kind call\n  net log edit ada:2 --with grace --without ada\n  net log edit 3f2a9c --note "" --follow-up none',
    )
    .action(run(editAction));
  log
    .command("rm")
    .summary("remove a logged interaction")
    .description("Remove an interaction, by its id or as <who>:<n> (see net show <who>). Asks on a terminal; --yes otherwise.")
    .argument("<ref>", "an interaction id, or who:n (e.g. ada:1)")
    .option("-y, --yes", "don't ask for confirmation")
    .addHelpText("after", "\nExamples:\n  net log rm ada:1\n  net log rm 3f2a9c --yes")
    .action(run(rmAction));
}

/** The interaction a reference names: an id (or unique start of one), or who:n from net show's numbering. */
async function interactionFor(ctx: Context, ref: string): Promise<Interaction> {
  const store = ctx.store();
  const numbered = /^(.+):(\d+)$/.exec(ref.trim());
  if (numbered) {
    const person = await findPerson(ctx, numbered[1] as string, { includeArchived: true });
    const n = Number(numbered[2]);
    const timeline = store.interactionsOf(person.id, n);
    const found = n >= 1 ? timeline[n - 1] : undefined;
    if (!found)
      throw new UserError(
        `${safeText(person.name, true)} has ${timeline.length < n ? timeline.length : "no"} interaction${timeline.length === 1 ? "" : "s"}; there is no ${ref}`,
        {
          hint: `see the numbered timeline with: net show ${person.slug}`,
        },
      );
    return found;
  }
  const found = store.interaction(ref.trim());
  if (!found)
    throw new UserError(`no interaction '${safeText(ref, true)}'`, {
      hint: "give the id net log printed (or its first 6 characters and more), or who:n from net show <who>",
    });
  return found;
}

function describe(ctx: Context, i: Interaction): string {
  const named = new Map(
    ctx
      .store()
      .namedContacts(true)
      .map((p) => [p.id, p.name]),
  );
  const people = i.people.map((id) => safeText(named.get(id) ?? "someone", true));
  const what = i.eventName ? `event ${safeText(i.eventName, true)}` : i.kind;
  const arrow = i.direction === "gave" ? "→" : i.direction === "received" ? "←" : "↔";
  return `${i.date} ${arrow} ${what}${people.length ? ` with ${people.join(", ")}` : ""}${i.note ? ` — ${safeText(i.note, true)}` : ""}${i.followUpOn ? ` (follow up ${i.followUpOn})` : ""}`;
}

/** Where each person's keep-in-touch now stands, after a change. */
function dueLines(ctx: Context, people: Iterable<string>): string[] {
  const store = ctx.store();
  const cadences = tierCadences(store);
  const lines: string[] = [];
  for (const id of new Set(people)) {
    const c = store.contact(id);
    if (c && !c.archivedAt) lines.push(`  ${safeText(c.name, true)}: next due ${nextDueOn(c, cadences)}`);
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
  const date = flags.date !== undefined ? await readPastDate(flags.date, ctx.today, "the date") : before.date;
  const kind = flags.kind ?? before.kind;
  if (kind === "event" && !before.eventName)
    throw usageError("an interaction can't become an event here", "log the event with: net log --event <name>");
  if (kind !== "event" && before.eventName) throw usageError(`an event can't become a ${kind}`, "remove it (net log rm) and log it again");
  let followUpOn = before.followUpOn;
  if (flags.followUp !== undefined)
    followUpOn = ["", "none"].includes(flags.followUp.trim()) ? null : await readWhen(flags.followUp, date, ctx.today);
  if (followUpOn && followUpOn < date)
    throw usageError(`the follow-up (${followUpOn}) is before the interaction (${date})`, "give a later date, or --follow-up none");
  const note = flags.note === undefined ? before.note : flags.note.trim() ? flags.note : null;
  const people = [...before.people];
  for (const who of flags.with ?? []) {
    const person = await findPerson(ctx, who);
    if (!people.includes(person.id)) people.push(person.id);
  }
  for (const who of flags.without ?? []) {
    const person = await findPerson(ctx, who, { includeArchived: true });
    const at = people.indexOf(person.id);
    if (at < 0) throw usageError(`${safeText(person.name, true)} is not in this interaction`, "see who is with: net show <who>");
    people.splice(at, 1);
  }
  if (people.length === 0 && !before.eventName) throw usageError("an interaction needs someone", "remove it instead: net log rm <ref>");
  const after: Interaction = { ...before, date, kind, direction, note, followUpOn, people };
  const changed = JSON.stringify(after) !== JSON.stringify(before);
  if (!changed && asked) {
    ctx.say("Nothing changed.");
    return;
  }
  if (!changed)
    throw usageError(
      "nothing to change",
      "give what to change: --date, --kind, --gave/--received/--mutual, --note, --follow-up, --with, --without",
    );
  store.transaction(() => store.updateInteraction(before, after));
  if (ctx.json) ctx.out(JSON.stringify({ id: after.id, date, kind, direction, note, followUpOn, people }, null, 2));
  else ctx.out(after.id);
  ctx.say(
    [`Changed: ${describe(ctx, before)}`, `     now: ${describe(ctx, after)}`, ...dueLines(ctx, [...before.people, ...people])].join("\n"),
  );
}

async function rmAction(ctx: Context, ref: string, flags: { yes?: boolean }): Promise<void> {
  const store = ctx.store();
  const interaction = await interactionFor(ctx, ref);
  if (!flags.yes) {
    if (!ctx.interactive)
      throw usageError(`removing ${describe(ctx, interaction)} needs confirmation`, `pass --yes: net log rm ${ref} --yes`);
    const { terminalPrompter } = await import("./prompts.js");
    const sure = await terminalPrompter().confirm({ name: "remove", message: `Remove ${describe(ctx, interaction)}?`, default: false });
    if (!sure) {
      ctx.say("Nothing was removed.");
      return;
    }
  }
  const what = describe(ctx, interaction);
  store.transaction(() => store.deleteInteraction(interaction));
  ctx.out(ctx.json ? JSON.stringify({ id: interaction.id, removed: true }, null, 2) : interaction.id);
  ctx.say([`Removed: ${what}`, ...dueLines(ctx, interaction.people)].join("\n"));
}
