/**
 * Every question net asks lives here, loaded only when a prompt is about to be shown
 * (the prompt library costs ~100 ms of start-up the daily commands should not pay).
 *
 * Flows talk to a `Prompter`, so tests answer questions by name instead of driving a terminal.
 */
import { confirm, editor, input, search, select } from "@inquirer/prompts";
import type { ContactFields } from "../domain/contacts.js";
import { type IsoDate, parseWhen, readDuration } from "../domain/dates.js";
import { Interrupted } from "../domain/errors.js";
import { DIRECTIONS, type Direction, INTENTS, type Intent, KINDS, type Kind, TIERS, type Tier } from "../domain/model.js";
import { editDistance, foldName } from "../domain/names.js";

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
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
  editor(q: { name: string; message: string; default?: string }): Promise<string>;
}

function isExit(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}

/** Ctrl-C or Ctrl-D at any prompt becomes `Interrupted`: the command stops before writing anything. */
async function guarded<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (isExit(error)) throw new Interrupted();
    throw error;
  }
}

/** The real terminal, through inquirer. Output goes to stderr so stdout stays for results. */
export function terminalPrompter(): Prompter {
  const context = { output: process.stderr };
  return {
    input: (q) => guarded(() => input({ message: q.message, default: q.default, required: q.required, validate: q.validate }, context)),
    select: (q) => guarded(() => select({ message: q.message, choices: q.choices, default: q.default }, context)),
    confirm: (q) => guarded(() => confirm({ message: q.message, default: q.default }, context)),
    search: (q) => guarded(() => search({ message: q.message, source: (term) => q.source(term ?? "") }, context)),
    editor: (q) => guarded(() => editor({ message: q.message, default: q.default, waitForUserInput: false }, context)),
  };
}

// ---------------------------------------------------------------------------
// net add

export interface AddWizardInput {
  /** Fields already given as flags: not asked again. */
  fields: ContactFields;
  followUpOn: IsoDate | null;
  followUpGiven: boolean;
  /** Recent event names and places met, newest first, offered as suggestions. */
  places: string[];
  /** Sectors already used in the network, most used first. */
  sectors: string[];
  today: IsoDate;
}

export interface AddWizardResult {
  name: string;
  fields: ContactFields;
  followUpOn: IsoDate | null;
}

const SKIP = "";

/** A list of suggestions, plus "type something else". */
async function suggestOrType(p: Prompter, name: string, message: string, suggestions: string[]): Promise<string> {
  if (suggestions.length === 0) return (await p.input({ name, message })).trim();
  const other = "\u0000other";
  const picked = await p.select<string>({
    name,
    message,
    choices: [
      ...suggestions.slice(0, 8).map((s) => ({ name: s, value: s })),
      { name: "something else…", value: other },
      { name: "skip", value: SKIP },
    ],
  });
  if (picked !== other) return picked;
  return (await p.input({ name: `${name}.other`, message })).trim();
}

export async function addWizard(p: Prompter, given: AddWizardInput): Promise<AddWizardResult> {
  const f: ContactFields = { ...given.fields };
  const name = (
    await p.input({ name: "name", message: "Who did you meet?", required: true, validate: (v) => (v.trim() ? true : "a name, please") })
  ).trim();
  if (f.metWhere === undefined) f.metWhere = (await suggestOrType(p, "where", "Where did you meet?", given.places)) || null;
  if (f.company === undefined) f.company = (await p.input({ name: "company", message: "Company or organisation?" })).trim() || null;
  if (f.role === undefined) f.role = (await p.input({ name: "role", message: "Role?" })).trim() || null;
  if (f.sector === undefined) f.sector = (await suggestOrType(p, "sector", "Sector?", given.sectors)) || null;
  if (f.circle === undefined) {
    f.circle = await p.select({
      name: "circle",
      message: "Inside or outside your organisation?",
      choices: [
        { name: "outside (external)", value: "external" as const },
        { name: "inside (internal)", value: "internal" as const },
        { name: "skip", value: null },
      ],
    });
  }
  if (f.intent === undefined) {
    f.intent = await p.select<Intent | null>({
      name: "intent",
      message: "Why does this person matter to you?",
      choices: [
        ...INTENTS.map((i) => ({ name: i, value: i as Intent | null, description: INTENT_HELP[i] })),
        { name: "not sure yet", value: null },
      ],
    });
  }
  if (f.tier === undefined) {
    f.tier = await p.select<Tier>({
      name: "tier",
      message: "How often do you want to be in touch?",
      default: "network",
      choices: TIERS.map((t) => ({ name: `${t} (${TIER_HELP[t]})`, value: t })),
    });
  }
  if (f.notes === undefined) f.notes = (await p.input({ name: "note", message: "A note to remember them by?" })).trim() || null;
  let followUpOn = given.followUpOn;
  if (!given.followUpGiven) {
    const wants = await p.confirm({ name: "followUp", message: "Schedule a follow-up?", default: true });
    if (wants) {
      const when = await p.input({
        name: "followUpWhen",
        message: "When? (2d, 1w, a date)",
        default: "2d",
        validate: (v) => (readDuration(v) || isDay(v, given.today) ? true : "try 2d, 1w or 2026-12-01"),
      });
      followUpOn = parseWhen(when, given.today);
    }
  }
  return { name, fields: f, followUpOn };
}

function isDay(text: string, today: IsoDate): boolean {
  try {
    parseWhen(text, today);
    return true;
  } catch {
    return false;
  }
}

const INTENT_HELP: Record<Intent, string> = {
  learn: "to learn from them",
  rebound: "for a next step or a change",
  influence: "to move things forward together",
  cooperate: "to work together",
};
const TIER_HELP: Record<Tier, string> = { close: "every 2 weeks", active: "monthly", network: "quarterly", dormant: "twice a year" };

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
    if (name.includes(q) || p.slug.includes(q)) return [{ p, score: name.startsWith(q) ? 0 : 1 }];
    const words = name.split(" ");
    const d = Math.min(...words.map((w) => editDistance(q, w.slice(0, q.length))));
    return d <= Math.max(1, Math.floor(q.length / 4)) ? [{ p, score: 2 + d }] : [];
  });
  return scored.sort((a, b) => a.score - b.score).map((s) => s.p);
}

export async function pickPerson(p: Prompter, people: readonly Pickable[], message = "Who with? (type to search)"): Promise<string> {
  return p.search<string>({
    name: "person",
    message,
    source: (term) =>
      peopleMatching(people, term)
        .slice(0, 50)
        .map((person) => ({
          name: person.company ? `${person.name} (${person.company})` : person.name,
          value: person.id,
          description: person.lastInteractionOn ? `last contact ${person.lastInteractionOn}` : person.slug,
        })),
  });
}

// ---------------------------------------------------------------------------
// net log

export interface LogWizardResult {
  personId: string;
  kind: Kind;
  direction: Direction;
  note: string | null;
}

export async function logWizard(
  p: Prompter,
  given: { people: readonly Pickable[]; kind?: Kind; direction?: Direction; note?: string | null },
): Promise<LogWizardResult> {
  const personId = await pickPerson(p, given.people);
  const kind =
    given.kind ??
    (await p.select<Kind>({
      name: "kind",
      message: "What happened?",
      default: "checkin",
      choices: KINDS.filter((k) => k !== "event").map((k) => ({ name: k, value: k })),
    }));
  const direction =
    given.direction ??
    (await p.select<Direction>({
      name: "direction",
      message: "Who gave?",
      default: "gave",
      choices: DIRECTIONS.map((d) => ({ name: { gave: "I gave", received: "I received", mutual: "both" }[d], value: d })),
    }));
  const note = given.note ?? ((await p.input({ name: "note", message: "A note?" })).trim() || null);
  return { personId, kind, direction, note };
}

// ---------------------------------------------------------------------------
// net rm --purge

export function confirmPurge(p: Prompter, name: string, interactions: number): Promise<boolean> {
  return p.confirm({
    name: "purge",
    message: `Delete ${name} and ${interactions} interaction${interactions === 1 ? "" : "s"} for good? This can't be undone.`,
    default: false,
  });
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
  message: string;
  suggestion: string;
  subject: { id: string; name: string } | null;
}

/** Walks through reminders one by one; nothing is written until the walk ends. */
export async function nudgeWalk(p: Prompter, reminders: readonly Walkable[], today: IsoDate): Promise<WalkDecision[]> {
  const decisions: WalkDecision[] = [];
  for (const [index, r] of reminders.entries()) {
    const action = await p.select<"done" | "snooze" | "log" | "skip">({
      name: `action.${index + 1}`,
      message: `${index + 1}/${reminders.length} ${r.message}\n  → ${r.suggestion}`,
      default: r.subject ? "log" : "done",
      choices: [
        ...(r.subject ? [{ name: `log the gesture with ${r.subject.name} now`, value: "log" as const }] : []),
        { name: "done", value: "done" as const },
        { name: "snooze", value: "snooze" as const },
        { name: "skip", value: "skip" as const },
      ],
    });
    if (action === "done" || action === "skip") decisions.push({ key: r.key, action });
    if (action === "snooze") {
      const choice = await p.select<string>({
        name: `snooze.${index + 1}`,
        message: "Snooze for how long?",
        default: "1w",
        choices: [
          { name: "1 day", value: "1d" },
          { name: "1 week", value: "1w" },
          { name: "other…", value: "" },
        ],
      });
      const text =
        choice ||
        (await p.input({
          name: `snoozeFor.${index + 1}`,
          message: "How long? (3d, 2w, 1m, or a date)",
          validate: (v) => (isDay(v, today) && parseWhen(v, today) > today ? true : "a later day: 3d, 2w, 1m, or a date"),
        }));
      decisions.push({ key: r.key, action: "snooze", until: parseWhen(text, today) });
    }
    if (action === "log" && r.subject) {
      const kind = await p.select<Kind>({
        name: `kind.${index + 1}`,
        message: "What did you do?",
        default: "message",
        choices: KINDS.filter((k) => k !== "event").map((k) => ({ name: k, value: k })),
      });
      const note = (await p.input({ name: `note.${index + 1}`, message: "A note?" })).trim() || null;
      decisions.push({ key: r.key, action: "log", personId: r.subject.id, kind, note });
    }
  }
  return decisions;
}

// ---------------------------------------------------------------------------
// net export -o

export function confirmOverwrite(p: Prompter, path: string): Promise<boolean> {
  return p.confirm({ name: "overwrite", message: `${path} already exists. Replace it?`, default: false });
}
