/**
 * Every question net asks lives here, loaded only when a prompt is about to be shown
 * (the prompt library costs ~100 ms of start-up the daily commands should not pay).
 *
 * Flows talk to a `Prompter`, so tests answer questions by name instead of driving a terminal
 * (test/helpers/prompter.ts). Flows only ask and return answers: the command writes afterwards,
 * so Ctrl-C or Ctrl-D at any question leaves the database as it was.
 */
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isTabKey,
  isUpKey,
  makeTheme,
  useKeypress,
  useMemo,
  usePagination,
  usePrefix,
  useState,
} from "@inquirer/core";
import figures from "@inquirer/figures";
import { editor, input, select } from "@inquirer/prompts";
import type { ContactFields } from "../domain/contacts.js";
import { addDays, type IsoDate, parseWhen, relativeDay } from "../domain/dates.js";
import { Interrupted } from "../domain/errors.js";
import { smallest } from "../domain/lists.js";
import { DIRECTIONS, type Direction, INTENTS, type Intent, KINDS, type Kind, TIERS, type Tier } from "../domain/model.js";
import { editDistance, foldName } from "../domain/names.js";
import { messages } from "../i18n/index.js";
import { safeText, wrapLines } from "../render/terminal.js";

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** What is shown once answered (defaults to `name`). */
  short?: string;
}

export interface Prompter {
  input(q: {
    name: string;
    message: string;
    default?: string;
    required?: boolean;
    validate?: (v: string) => true | string;
  }): Promise<string>;
  select<T>(q: { name: string; message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  confirm(q: { name: string; message: string; default: boolean }): Promise<boolean>;
  search<T>(q: { name: string; message: string; source: (term: string) => Choice<T>[] }): Promise<T>;
  editor(q: { name: string; message: string; default?: string; postfix?: string }): Promise<string>;
}

function isExit(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}

/**
 * Runs one prompt; Ctrl-C or Ctrl-D becomes `Interrupted` (exit 130, nothing written).
 *
 * Ctrl-C is inquirer's ExitPromptError. Ctrl-D is not handled by inquirer: readline closes on an
 * empty line (and ignores it otherwise), and the prompt only settles when the process is already
 * exiting. A keypress listener aborts the prompt at once instead, whatever was typed.
 */
async function guarded<T>(ask: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onKey = (_: unknown, key: { ctrl?: boolean; name?: string } | undefined) => {
    if (key?.ctrl && key.name === "d") controller.abort();
  };
  process.stdin.on("keypress", onKey);
  try {
    return await ask(controller.signal);
  } catch (error) {
    if (isExit(error)) throw new Interrupted();
    throw error;
  } finally {
    process.stdin.off("keypress", onKey);
  }
}

/** The real terminal, through inquirer. Prompts are drawn on stderr so stdout stays for results. */
export function terminalPrompter(): Prompter {
  const context = (signal: AbortSignal) => ({ output: process.stderr, signal });
  return {
    input: (q) =>
      guarded((signal) => input({ message: q.message, default: q.default, required: q.required, validate: q.validate }, context(signal))),
    select: (q) =>
      guarded((signal) => select({ message: q.message, choices: q.choices, default: q.default, loop: false }, context(signal))),
    confirm: (q) => guarded((signal) => yesNo({ message: q.message, default: q.default }, context(signal))),
    search: <T>(q: { message: string; source: (term: string) => Choice<T>[] }) =>
      guarded((signal) => typeToSearch<T>({ message: q.message, source: q.source }, context(signal))),
    editor: (q) =>
      guarded((signal) =>
        editor({ message: q.message, default: q.default, postfix: q.postfix ?? ".txt", waitForUserInput: true }, context(signal)),
      ),
  };
}

/**
 * A yes/no question: inquirer's `confirm`, with the words of the language in use ("y/N" and "Yes" in
 * English, "o/N" and "Oui" in French, where "oui" and "non" are read as well as "yes" and "no").
 */
const yesNo = createPrompt((config: { message: string; default: boolean }, done: (value: boolean) => void) => {
  const t = messages().wizard.confirm;
  const theme = makeTheme();
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [value, setValue] = useState("");
  const prefix = usePrefix({ status, theme });
  const starts = (words: readonly string[], text: string) => words.some((w) => text.trim().toLowerCase().startsWith(w));
  // Read like inquirer reads it: what starts like a yes is yes, like a no is no, anything else the default.
  const read = (text: string) => (starts(t.yesAnswers, text) ? true : starts(t.noAnswers, text) ? false : config.default);
  useKeypress((key, rl) => {
    if (status !== "idle") return;
    if (isEnterKey(key)) {
      const answer = read(value);
      setValue(answer ? t.yes : t.no);
      setStatus("done");
      done(answer);
    } else if (isTabKey(key)) {
      const answer = read(value) ? t.no : t.yes;
      rl.clearLine(0);
      rl.write(answer);
      setValue(answer);
    } else setValue(rl.line);
  });
  const message = theme.style.message(config.message, status);
  if (status === "done") return `${prefix} ${message} ${theme.style.answer(value)}`;
  return `${prefix} ${message} ${theme.style.defaultAnswer(config.default ? t.defaultYes : t.defaultNo)} ${value}`;
});

/**
 * A list narrowed by what is typed, Enter taking the highlighted choice: inquirer's `search` with
 * the choices computed in step with the keys.
 *
 * inquirer's `search` fetches its choices after an `await`, so keys arriving in one burst (a paste,
 * a fast typist, tmux send-keys) are all handled before any list is ready: Enter then took the
 * highlighted choice of the list before the typing (the first suggestion, the most recent person),
 * while the screen, redrawn a moment later, showed the typed one. Here the choices are a pure
 * function of the typed text, computed at each render, and each key is handled after the render
 * of the keys before it: what Enter takes is what the screen shows, at any speed.
 */
const typeToSearch = createPrompt(<T>(config: { message: string; source: (term: string) => Choice<T>[] }, done: (value: T) => void) => {
  const theme = makeTheme();
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [term, setTerm] = useState("");
  // The highlighted choice, as an index into the choices for `term` (back to the first when it changes).
  const [active, setActive] = useState(0);
  const choices = useMemo(() => config.source(term), [term]);
  const selected: Choice<T> | undefined = choices[active];
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    if (status === "done") return;
    if (isEnterKey(key)) {
      if (selected) {
        setStatus("done");
        done(selected.value);
      } else rl.write(term); // readline empties its line on Enter: keep what was typed on screen
    } else if (isTabKey(key) && selected) {
      // Tab completes the line with the highlighted choice (the tab itself is not kept).
      rl.clearLine(0);
      rl.write(selected.short ?? selected.name);
      setTerm(rl.line);
      setActive(0);
    } else if (isUpKey(key) || isDownKey(key)) {
      // readline's history would change the line: put back what was typed, move the highlight.
      rl.clearLine(0);
      rl.write(term);
      const next = active + (isUpKey(key) ? -1 : 1);
      if (next >= 0 && next < choices.length) setActive(next);
    } else if (rl.line !== term) {
      setTerm(rl.line);
      setActive(0);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === "done" && selected) return [prefix, message, theme.style.answer(selected.short ?? selected.name)].join(" ").trimEnd();
  const page = usePagination({
    items: choices,
    active,
    renderItem: ({ item, isActive }) => (isActive ? theme.style.highlight(`${figures.pointer} ${item.name}`) : `  ${item.name}`),
    pageSize: 7,
    loop: false,
  });
  const header = [prefix, message, theme.style.answer(term)].filter(Boolean).join(" ").trimEnd();
  const t = messages().wizard.search;
  const body = [
    choices.length === 0 && term ? theme.style.error(t.noResults) : page,
    " ",
    selected?.description ? theme.style.answer(selected.description) : "",
    `↑↓ ${theme.style.help(t.navigate)}${theme.style.help(" • ")}⏎ ${theme.style.help(t.select)}`,
  ]
    .filter(Boolean)
    .join("\n")
    .trimEnd();
  return [header, body];
});

// ---------------------------------------------------------------------------
// net add

export interface AddWizardInput {
  /** Fields already given as flags: not asked again. */
  fields: ContactFields;
  /** The follow-up given with --follow-up (null when not given). */
  followUpOn: IsoDate | null;
  followUpGiven: boolean;
  /** Recent event names and places met, newest first, offered as suggestions. */
  places: string[];
  /** Sectors already used in the network, most used first. */
  sectors: string[];
  /** The day of the meeting: a follow-up is counted from it. */
  today: IsoDate;
  /** Says why a name can't be added (someone with that name exists), or true. */
  checkName?: (name: string) => true | string;
}

export interface AddWizardResult {
  name: string;
  fields: ContactFields;
  followUpOn: IsoDate | null;
}

/** The value of the "skip" choice in suggestion lists. */
const SKIP = "";

/**
 * A free-text answer with suggestions: type to filter them, or keep what you typed.
 * With nothing typed: the suggestions, then "skip". Returns "" when skipped.
 */
export function suggestionChoices(suggestions: readonly string[], term: string): Choice<string>[] {
  const t = messages().wizard;
  const typed = term.trim();
  if (!typed) return [...suggestions.map((s) => ({ name: safeText(s, true), value: s })), { name: t.skip, value: SKIP }];
  const q = foldName(typed);
  const matches = suggestions.filter((s) => foldName(s).includes(q));
  const exact = matches.some((s) => foldName(s) === q);
  return [
    ...matches.map((s) => ({ name: safeText(s, true), value: s })),
    ...(exact ? [] : [{ name: t.typedNew(safeText(typed, true)), value: typed, short: safeText(typed, true) }]),
  ];
}

async function suggestOrType(p: Prompter, name: string, message: string, suggestions: readonly string[]): Promise<string | null> {
  if (suggestions.length === 0) return (await p.input({ name, message })).trim() || null;
  const answer = await p.search<string>({
    name,
    message: messages().wizard.typeOrPick(message),
    source: (term) => suggestionChoices(suggestions.slice(0, 8), term),
  });
  return answer.trim() || null;
}

/** The follow-up choices: the default is two days after the meeting. */
export function followUpChoices(from: IsoDate): Choice<string>[] {
  const t = messages().wizard.add;
  return [
    { name: t.inTwoDays(addDays(from, 2)), value: "2d" },
    { name: t.inAWeek(addDays(from, 7)), value: "1w" },
    { name: t.anotherDay, value: "other" },
    { name: t.noFollowUp, value: "no" },
  ];
}

function isWhen(text: string, from: IsoDate): boolean {
  try {
    return parseWhen(text.trim(), from) >= from;
  } catch {
    return false;
  }
}

/** `net add` with no name: asks for every field not given as a flag, and nothing else. */
export async function addWizard(p: Prompter, given: AddWizardInput): Promise<AddWizardResult> {
  const t = messages().wizard;
  const f: ContactFields = { ...given.fields };
  const name = (
    await p.input({
      name: "name",
      message: t.add.who,
      validate: (v) => (!v.trim() ? t.add.nameNeeded : (given.checkName?.(v.trim()) ?? true)),
    })
  ).trim();
  if (f.metWhere === undefined) f.metWhere = await suggestOrType(p, "where", t.add.where, given.places);
  if (f.company === undefined) f.company = (await p.input({ name: "company", message: t.add.company })).trim() || null;
  if (f.role === undefined) f.role = (await p.input({ name: "role", message: t.add.role })).trim() || null;
  if (f.sector === undefined) f.sector = await suggestOrType(p, "sector", t.add.sector, given.sectors);
  if (f.circle === undefined) {
    f.circle = await p.select({
      name: "circle",
      message: t.add.circle,
      choices: [
        { name: t.add.outside, value: "external" as const },
        { name: t.add.inside, value: "internal" as const },
        { name: t.skip, value: null },
      ],
    });
  }
  if (f.intent === undefined) {
    f.intent = await p.select<Intent | null>({
      name: "intent",
      message: t.add.intent,
      choices: [
        ...INTENTS.map((i) => ({ name: i, value: i as Intent | null, description: t.add.intents[i] })),
        { name: t.add.notSure, value: null },
      ],
    });
  }
  // A cadence given as a flag already says how often: the tier question would be moot.
  if (f.tier === undefined && f.cadenceDays == null) {
    f.tier = await p.select<Tier>({
      name: "tier",
      message: t.add.tier,
      default: "network",
      // The tier first, as typed with --tier: typing its first letters picks it.
      choices: TIERS.map((tier) => ({ name: t.add.tierChoice({ tier, often: t.add.tiers[tier] }), value: tier })),
    });
  }
  if (f.notes === undefined) f.notes = (await p.input({ name: "note", message: t.add.note })).trim() || null;
  let followUpOn = given.followUpOn;
  if (!given.followUpGiven) {
    const choice = await p.select<string>({
      name: "followUp",
      message: t.add.followUp,
      default: "2d",
      choices: followUpChoices(given.today),
    });
    if (choice === "no") followUpOn = null;
    else if (choice !== "other") followUpOn = parseWhen(choice, given.today);
    else {
      const when = await p.input({
        name: "followUpWhen",
        message: t.add.followUpWhen,
        validate: (v) => (isWhen(v, given.today) ? true : t.add.followUpWhenInvalid(given.today)),
      });
      followUpOn = parseWhen(when.trim(), given.today);
    }
  }
  return { name, fields: f, followUpOn };
}

// ---------------------------------------------------------------------------
// Picking a person

export interface Pickable {
  id: string;
  slug: string;
  name: string;
  lastInteractionOn: IsoDate | null;
  company: string | null;
}

/** People matching what is typed: recent first when nothing is typed, best match first otherwise. */
export function peopleMatching(people: readonly Pickable[], term: string): Pickable[] {
  const q = foldName(term);
  const recent = [...people].sort(
    (a, b) => (b.lastInteractionOn ?? "").localeCompare(a.lastInteractionOn ?? "") || a.name.localeCompare(b.name),
  );
  if (!q) return recent;
  const scored = recent.flatMap((p) => {
    const name = foldName(p.name);
    if (name.includes(q) || p.slug.includes(q)) return [{ p, score: name.startsWith(q) || name.includes(` ${q}`) ? 0 : 1 }];
    // Typos: a word whose start is a letter or so away from what is typed ("hoper", "grce").
    if (q.length < 4) return [];
    const d = smallest(name.split(" ").flatMap((w) => [-1, 0, 1].map((extra) => editDistance(q, w.slice(0, q.length + extra)))));
    return d <= Math.max(1, Math.floor(q.length / 4)) ? [{ p, score: 2 + d }] : [];
  });
  // A stable sort: equally good matches stay recent first.
  return scored.sort((a, b) => a.score - b.score).map((s) => s.p);
}

export function personChoices(people: readonly Pickable[], term: string, today?: IsoDate): Choice<string>[] {
  return peopleMatching(people, term)
    .slice(0, 50)
    .map((person) => {
      const name = safeText(person.name, true);
      return {
        name: person.company ? `${name} (${safeText(person.company, true)})` : name,
        value: person.id,
        short: name,
        description: person.lastInteractionOn
          ? messages().wizard.pick.lastContact(today ? relativeDay(person.lastInteractionOn, today) : person.lastInteractionOn)
          : person.slug,
      };
    });
}

export async function pickPerson(
  p: Prompter,
  people: readonly Pickable[],
  message = messages().wizard.pick.whoWith,
  today?: IsoDate,
): Promise<string> {
  return p.search<string>({ name: "person", message, source: (term) => personChoices(people, term, today) });
}

// ---------------------------------------------------------------------------
// net log

export interface LogWizardResult {
  personId: string;
  kind: Kind;
  direction: Direction;
  note: string | null;
}

/** `net log` with no person: who (a search over contacts), then what was not given as flags. */
export async function logWizard(
  p: Prompter,
  given: { people: readonly Pickable[]; kind?: Kind; direction?: Direction; note?: string | null; today?: IsoDate },
): Promise<LogWizardResult> {
  const t = messages().wizard.log;
  const personId = await pickPerson(p, given.people, undefined, given.today);
  const kind =
    given.kind ??
    (await p.select<Kind>({
      name: "kind",
      message: t.whatHappened,
      default: "checkin",
      choices: kindChoices(),
    }));
  const direction =
    given.direction ??
    (await p.select<Direction>({
      name: "direction",
      message: t.whoGave,
      default: "gave",
      choices: directionChoices(),
    }));
  const note = given.note ?? ((await p.input({ name: "note", message: t.note })).trim() || null);
  return { personId, kind, direction, note };
}

/** What `net log edit` asks on a terminal when no flag says what to change: each field, its value as the default. */
export interface LogEditAnswers {
  kind: Kind;
  direction: Direction;
  date: string;
  note: string;
  followUp: string;
}

export async function logEditWizard(
  p: Prompter,
  current: { kind: Kind; direction: Direction; date: IsoDate; note: string | null; followUpOn: IsoDate | null; isEvent: boolean },
): Promise<LogEditAnswers> {
  const t = messages().wizard.log;
  const kind = current.isEvent
    ? current.kind
    : await p.select<Kind>({
        name: "kind",
        message: t.whatHappened,
        default: current.kind,
        choices: kindChoices(),
      });
  const direction = await p.select<Direction>({
    name: "direction",
    message: t.whoGave,
    default: current.direction,
    choices: directionChoices(),
  });
  const date = await p.input({ name: "date", message: t.when, default: current.date, required: true });
  const note = await p.input({ name: "note", message: t.noteOrEmpty, default: current.note ?? "" });
  const followUp = await p.input({
    name: "followUp",
    message: t.followUp,
    default: current.followUpOn ?? "none",
  });
  return { kind, direction, date, note, followUp };
}

/** The kinds a gesture can be (not events: `net log --event` records those), each with what it means. */
function kindChoices(): Choice<Kind>[] {
  const help = messages().wizard.log.kinds;
  return KINDS.filter((k) => k !== "event").map((k) => ({ name: k, value: k, description: help[k] }));
}

function directionChoices(): Choice<Direction>[] {
  const names = messages().wizard.log.directions;
  return DIRECTIONS.map((d) => ({ name: names[d], value: d }));
}

// ---------------------------------------------------------------------------
// net rm --purge

/** Deleting for good: the default answer is no. `interactions`: those that would go (theirs alone). */
export function confirmPurge(p: Prompter, name: string, interactions: number): Promise<boolean> {
  return p.confirm({
    name: "purge",
    message: messages().wizard.purge({ name: safeText(name, true), interactions }),
    default: false,
  });
}

// ---------------------------------------------------------------------------
// net card --edit

/**
 * The card in an editor prompt (`$VISUAL`/`$EDITOR`, else vim): the current text with a short guide.
 * Returns the new text, or null when it is empty or unchanged.
 */
export async function editCardText(p: Prompter, current: string | null): Promise<string | null> {
  const t = messages().card;
  const edited = await p.editor({
    name: "card",
    message: t.editorMessage,
    default: `${[...t.guide, ""].join("\n")}${current ?? ""}`,
    postfix: ".md",
  });
  const text = edited
    .split(/\r?\n/)
    .filter((line) => !line.startsWith("#"))
    .join("\n")
    .trim();
  return text && text !== (current ?? "").trim() ? text : null;
}

// ---------------------------------------------------------------------------
// net nudge -i

/** What the user chose for one reminder while walking through today's list. */
export type WalkDecision =
  | { key: string; action: "done" }
  | { key: string; action: "snooze"; until: IsoDate }
  | { key: string; action: "log"; personId: string; kind: Kind; note: string | null }
  | { key: string; action: "skip" };

export interface Walkable {
  key: string;
  /** The rule it comes from: picks the likely gesture (a thank-you for `thank`). */
  rule?: string;
  message: string;
  suggestion: string;
  subject: { id: string; name: string } | null;
}

type WalkAction = "done" | "snooze" | "log" | "skip";

/** The gesture a reminder most likely led to, offered first when logging it from the walk. */
const LIKELY_GESTURE: Record<string, Kind> = {
  thank: "thanks",
  congratulate: "congrats",
  "give-first": "help",
  "keep-in-touch": "message",
  "follow-up-promise": "message",
  "first-follow-up": "message",
  "intro-follow-through": "checkin",
};

/**
 * The question about one reminder, wrapped to `width` at spaces: "1/7 <message>", then "  → <suggestion>".
 * The prompt puts "? " before its first line.
 */
export function walkQuestion(r: Walkable, n: number, total: number, width: number): string {
  const message = wrapLines(`${n}/${total} ${safeText(r.message, true)}`, width, { first: "? ", rest: "  " });
  const suggestion = wrapLines(safeText(r.suggestion, true), width, { first: "  → " });
  return [...message, ...suggestion].join("\n").slice(2);
}

/** What the walk needs to offer a draft (src/cli/nudge-walk.ts makes it from the store). */
export interface Drafter {
  /** The draft for a reminder about someone: the text shown, and the kind of gesture it is. */
  draft(r: Walkable): { text: string; kind: Kind; copy(): Promise<string>; mail(): Promise<string> };
  /** Shows text to the person (stderr, like the questions). */
  show(text: string): void;
  /** What net knows of the reminder's person, as lines to show before the question (none: nothing). */
  context?(r: Walkable): string[];
}

/**
 * Walks through reminders one by one; nothing is written until the walk ends. `width`: the terminal's.
 * With a `drafter`, a reminder about someone also offers a draft: shown, copied or opened in the
 * mail client, then the walk asks again (logging first: the message is likely sent).
 */
export async function nudgeWalk(
  p: Prompter,
  reminders: readonly Walkable[],
  today: IsoDate,
  width = 80,
  drafter?: Drafter,
): Promise<WalkDecision[]> {
  const t = messages().nudge.walk;
  const decisions: WalkDecision[] = [];
  for (const [index, r] of reminders.entries()) {
    const n = index + 1;
    const choices = (draft: boolean) => [
      ...(r.subject && draft && drafter
        ? [{ name: t.draftTo(safeText(r.subject.name, true)), value: "draft" as const, short: t.draftShort }]
        : []),
      ...(r.subject ? [{ name: t.logWith(safeText(r.subject.name, true)), value: "log" as const, short: t.logShort }] : []),
      { name: t.done, value: "done" as const },
      { name: t.snooze, value: "snooze" as const },
      { name: t.skip, value: "skip" as const },
    ];
    const context = r.subject ? (drafter?.context?.(r) ?? []) : [];
    if (context.length) drafter?.show(context.join("\n"));
    let action = await p.select<WalkAction | "draft">({
      name: `action.${n}`,
      message: walkQuestion(r, n, reminders.length, width),
      default: r.subject ? "log" : "done",
      choices: choices(true),
    });
    let likely = LIKELY_GESTURE[r.rule ?? ""] ?? "message";
    if (action === "draft" && drafter) {
      const draft = drafter.draft(r);
      likely = draft.kind;
      drafter.show(draft.text);
      const send = await p.select<"copy" | "mail" | "none">({
        name: `send.${n}`,
        message: t.sendHow,
        default: "copy",
        choices: [
          { name: t.sendCopy, value: "copy", short: t.sendCopyShort },
          { name: t.sendMail, value: "mail", short: t.sendMailShort },
          { name: t.sendNeither, value: "none", short: t.sendNeitherShort },
        ],
      });
      if (send === "copy") drafter.show(await draft.copy());
      if (send === "mail") drafter.show(await draft.mail());
      action = await p.select<WalkAction | "draft">({
        name: `after.${n}`,
        message: t.logOnceSent,
        default: "log",
        choices: choices(false),
      });
    }
    if (action === "done" || action === "skip") decisions.push({ key: r.key, action });
    if (action === "snooze") {
      const choice = await p.select<string>({
        name: `snooze.${n}`,
        message: t.snoozeHowLong,
        default: "1w",
        choices: [
          { name: t.oneDay(addDays(today, 1)), value: "1d" },
          { name: t.oneWeek(addDays(today, 7)), value: "1w" },
          { name: t.other, value: "" },
        ],
      });
      const text =
        choice ||
        (
          await p.input({
            name: `snoozeFor.${n}`,
            message: t.howLong,
            validate: (v) => (isWhen(v, today) && parseWhen(v.trim(), today) > today ? true : t.laterDay),
          })
        ).trim();
      decisions.push({ key: r.key, action: "snooze", until: parseWhen(text, today) });
    }
    if (action === "log" && r.subject) {
      const kind = await p.select<Kind>({
        name: `kind.${n}`,
        message: t.whatDidYouDo,
        default: likely,
        choices: kindChoices(),
      });
      const note = (await p.input({ name: `note.${n}`, message: t.aNote })).trim() || null;
      decisions.push({ key: r.key, action: "log", personId: r.subject.id, kind, note });
    }
  }
  return decisions;
}

// ---------------------------------------------------------------------------
// net export -o

export function confirmOverwrite(p: Prompter, path: string): Promise<boolean> {
  return p.confirm({ name: "overwrite", message: messages().wizard.overwrite(path), default: false });
}

// ---------------------------------------------------------------------------
// net remind install

export function confirmSchedule(p: Prompter, at: string): Promise<boolean> {
  return p.confirm({ name: "schedule", message: messages().wizard.schedule(at), default: true });
}
