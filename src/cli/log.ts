import { type Command, Option } from "commander";
import type { IsoDate } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import { nameList } from "../domain/gestures.js";
import { type Direction, KINDS, type Kind } from "../domain/model.js";
import { resolvePerson } from "../domain/names.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import type { NewInteraction } from "../store/store.js";
import type { Context } from "./context.js";
import { choiceOption, findPerson, readPastDate, readWhen } from "./input.js";
import type { Runner } from "./runner.js";

interface LogFlags {
  kind?: Kind;
  gave?: boolean;
  received?: boolean;
  mutual?: boolean;
  date: string;
  note?: string;
  followUp?: string;
  event?: string;
}

export function logCommand(program: Command, run: Runner) {
  const t = messages().log;
  program
    .command("log")
    .summary(t.summary)
    .description(t.description)
    .argument("[who...]", t.whoArgument)
    .addOption(choiceOption("-k, --kind <kind>", t.optKind, KINDS))
    .addOption(new Option("--gave", t.optGave).conflicts(["received", "mutual"]))
    .addOption(new Option("--received", t.optReceived).conflicts(["gave", "mutual"]))
    .addOption(new Option("--mutual", t.optMutual).conflicts(["gave", "received"]))
    .addOption(new Option("-d, --date <date>", t.optDate).default("today", t.optDateDefault))
    .option("-n, --note <text>", t.optNote)
    .option("-f, --follow-up <when>", t.optFollowUp)
    .option("-e, --event <name>", t.optEvent)
    .addHelpText("after", t.examples(KINDS.join(", ")))
    .action(run(logAction));
}

/**
 * Splits `who...` into people and a trailing note. Words after `--` are the note; otherwise a
 * tail of several words that names no one (not even nearly) is taken as the note.
 */
export function splitPeopleAndNote(
  words: string[],
  rawArgs: readonly string[],
  people: readonly { id: string; slug: string; name: string }[],
): { who: string[]; note: string | null } {
  const dash = rawArgs.indexOf("--");
  if (dash >= 0) {
    const noteWords = rawArgs.slice(dash + 1);
    return { who: words.slice(0, words.length - noteWords.length), note: noteWords.join(" ") || null };
  }
  let firstUnknown = words.length;
  for (let i = 0; i < words.length; i++) {
    const result = resolvePerson(words[i] as string, people);
    if (result.kind === "none" && result.suggestions.length === 0) {
      firstUnknown = i;
      break;
    }
    if (result.kind === "none") return { who: words, note: null };
  }
  const tail = words.slice(firstUnknown);
  if (firstUnknown > 0 && tail.join(" ").trim().split(/\s+/).length >= 2)
    return { who: words.slice(0, firstUnknown), note: tail.join(" ") };
  return { who: words, note: null };
}

async function logAction(ctx: Context, words: string[], flags: LogFlags): Promise<void> {
  const t = messages().log;
  const store = ctx.store();
  const active = store.namedContacts();
  // Commander drops `--` from the operands: look for it in the command line as typed.
  const split = splitPeopleAndNote(words, process.argv, active);
  if (split.note && flags.note) throw usageError(t.twoNotes, t.twoNotesHint);
  let note = flags.note ?? split.note;
  let kind: Kind = flags.kind ?? (flags.event ? "event" : "checkin");
  // News is theirs: logged as received unless said otherwise; everything else defaults to gave.
  const byDefault: Direction = kind === "news" ? "received" : "gave";
  let direction: Direction = flags.received ? "received" : flags.mutual ? "mutual" : flags.gave ? "gave" : byDefault;
  if (flags.event !== undefined && flags.kind && flags.kind !== "event") throw usageError(t.eventNotKind(flags.kind), t.eventNotKindHint);
  if (flags.event !== undefined && flags.event.trim() === "") throw usageError(t.eventNeedsName, t.eventNeedsNameHint);

  // Read every flag before asking anything: a typo in --date must not cost the answers.
  const date = await readPastDate(flags.date, ctx.today, t.theDate);
  const followUpOn = flags.followUp ? await readWhen(flags.followUp, date, ctx.today) : null;
  if (followUpOn && followUpOn < date) throw usageError(t.followUpBefore({ followUp: followUpOn, date }), t.followUpBeforeHint);

  let ids: string[] = [];
  for (const query of split.who) ids.push((await findPerson(ctx, query)).id);
  ids = [...new Set(ids)];
  const directionGiven = Boolean(flags.gave || flags.received || flags.mutual);
  if (ids.length === 0 && flags.event === undefined) {
    if (!ctx.interactive) throw usageError(t.whoWasIt, t.whoWasItHint);
    const people = store.pickableContacts();
    if (people.length === 0) throw new UserError(t.noOneYet, { hint: t.noOneYetHint });
    const { logWizard, terminalPrompter } = await import("./prompts.js");
    const answers = await logWizard(terminalPrompter(), {
      people,
      kind: flags.kind,
      direction: directionGiven ? direction : undefined,
      note,
      today: ctx.today,
    });
    ids = [answers.personId];
    kind = answers.kind;
    direction = answers.direction;
    note = answers.note;
  }

  const { interaction, metThrough } = store.transaction(() => {
    const interaction = store.insertInteraction(
      logEntry({ date, kind, direction, directionGiven, note, followUpOn, event: flags.event, people: ids }),
    );
    // An intro received: the first named introduced you to the others ("met through"), for those with no one recorded yet.
    const [introducer, ...introduced] = interaction.people;
    const metThrough =
      interaction.kind === "intro" && interaction.direction === "received" && introducer
        ? store.setMetThrough(introduced, introducer, true)
        : [];
    return { interaction, metThrough };
  });

  const names = ids.map((id) => active.find((p) => p.id === id)?.name ?? id).map((n) => safeText(n, true));
  if (ctx.json)
    ctx.out(JSON.stringify({ id: interaction.id, date, kind, direction: interaction.direction, people: ids, followUpOn }, null, 2));
  else ctx.out(interaction.id);
  const what = flags.event
    ? t.loggedEvent({ event: safeText(flags.event, true), names: nameList(names) })
    : t.loggedKind({ kind: t.kinds[kind] ?? kind, names: nameList(names), key: kind, direction: interaction.direction, people: names });
  ctx.say(t.logged({ what, date, followUp: followUpOn }));
  if (metThrough.length > 0) {
    const nameOf = (id: string) => safeText(active.find((p) => p.id === id)?.name ?? id, true);
    ctx.say(t.metThrough({ met: nameList(metThrough.map(nameOf)), through: nameOf(ids[0] as string) }));
  }
}

/** What `net log` writes. An event is mutual unless a direction was given. */
export function logEntry(input: {
  date: IsoDate;
  kind: Kind;
  direction: Direction;
  directionGiven: boolean;
  note: string | null | undefined;
  followUpOn: IsoDate | null;
  event?: string;
  people: string[];
}): NewInteraction {
  return {
    date: input.date,
    kind: input.kind,
    direction: input.kind === "event" && !input.directionGiven ? "mutual" : input.direction,
    note: input.note?.trim() ? input.note : null,
    followUpOn: input.followUpOn,
    eventName: input.event?.trim() ?? null,
    people: input.people,
  };
}
