import { type Command, Option } from "commander";
import type { IsoDate } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import { type Direction, KINDS, type Kind } from "../domain/model.js";
import { resolvePerson } from "../domain/names.js";
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
  program
    .command("log")
    .summary("record a gesture or a meeting")
    .description(
      "Record an interaction with one or more people: what kind, who gave, when, a note.\nA note can also follow the names: net log ada -- sent the article.\nWith --event, record an event you attended, with or without people.",
    )
    .argument("[who...]", "people (slug, id or name; fuzzy, accents optional), then optionally the note")
    .addOption(choiceOption("-k, --kind <kind>", "what happened", KINDS))
    .addOption(new Option("--gave", "you gave it (the default, except for news: received)").conflicts(["received", "mutual"]))
    .addOption(new Option("--received", "they gave it to you").conflicts(["gave", "mutual"]))
    .addOption(new Option("--mutual", "both ways").conflicts(["gave", "received"]))
    .option("-d, --date <date>", "when (today, yesterday, 'last friday', '3 days ago', 2026-11-20)", "today")
    .option("-n, --note <text>", "what it was about")
    .option("-f, --follow-up <when>", "a follow-up you promised: a duration from that day (2w) or a date")
    .option("-e, --event <name>", "an event you attended (kind event)")
    .addHelpText(
      "after",
      `
Kinds: ${KINDS.join(", ")} (default checkin; event with --event).

Examples:
  net log ada --kind share --note "Sent the article on type systems"
  net log ada grace --kind meeting --date "last friday" --follow-up 2w
  net log ada --kind help --received --note "Intro to her investor"
  net log ada alan --kind intro --received   (Ada introduced you to Alan: you met Alan through her)
  net log ada alan --kind intro              (you introduced Ada and Alan to each other)
  net log --event "DevOps Days Paris" --date 2026-11-20`,
    )
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
  const store = ctx.store();
  const active = store.namedContacts();
  // Commander drops `--` from the operands: look for it in the command line as typed.
  const split = splitPeopleAndNote(words, process.argv, active);
  if (split.note && flags.note) throw usageError("two notes given: one after the names and one with --note", "keep one of them");
  let note = flags.note ?? split.note;
  let kind: Kind = flags.kind ?? (flags.event ? "event" : "checkin");
  // News is theirs: logged as received unless said otherwise; everything else defaults to gave.
  const byDefault: Direction = kind === "news" ? "received" : "gave";
  let direction: Direction = flags.received ? "received" : flags.mutual ? "mutual" : flags.gave ? "gave" : byDefault;
  if (flags.event !== undefined && flags.kind && flags.kind !== "event")
    throw usageError(`--event records an event, not a ${flags.kind}`, "drop --kind, or drop --event");
  if (flags.event !== undefined && flags.event.trim() === "")
    throw usageError("the event needs a name", 'net log --event "DevOps Days Paris"');

  // Read every flag before asking anything: a typo in --date must not cost the answers.
  const date = await readPastDate(flags.date, ctx.today, "the date");
  const followUpOn = flags.followUp ? await readWhen(flags.followUp, date, ctx.today) : null;
  if (followUpOn && followUpOn < date)
    throw usageError(`the follow-up (${followUpOn}) is before the interaction (${date})`, "give a later date or a duration like 2w");

  let ids: string[] = [];
  for (const query of split.who) ids.push((await findPerson(ctx, query)).id);
  ids = [...new Set(ids)];
  const directionGiven = Boolean(flags.gave || flags.received || flags.mutual);
  if (ids.length === 0 && flags.event === undefined) {
    if (!ctx.interactive)
      throw usageError("who was it with? name at least one person", "net log ada --kind share (or --event <name> for an event)");
    const people = store.pickableContacts();
    if (people.length === 0)
      throw new UserError("no one to log a gesture with yet", { hint: 'add the people you meet: net add "Ada Lovelace"' });
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
    ? `event ${safeText(flags.event, true)}${names.length ? ` with ${names.join(", ")}` : ""}`
    : `${kind} with ${names.join(", ")}`;
  ctx.say(`Logged ${what} on ${date}.${followUpOn ? ` Follow-up on ${followUpOn}.` : ""}`);
  if (metThrough.length > 0) {
    const nameOf = (id: string) => safeText(active.find((p) => p.id === id)?.name ?? id, true);
    ctx.say(`Noted that you met ${metThrough.map(nameOf).join(", ")} through ${nameOf(ids[0] as string)}.`);
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
