/**
 * Drafts (`net draft`): a short, ready-to-edit message for a gesture, from a template and what net
 * knows about the person. Pure: facts in, text out.
 *
 * A template is plain text. Its first line is `Subject: …` (or `Objet : …`); the rest is the body. Placeholders are
 * `{first}`, `{company}`, … (DRAFT_PLACEHOLDERS). A line naming a fact net doesn't have is left out,
 * so a draft never invents anything; a line starting with `| ` is an alternative to the line above,
 * used when that one was left out (the first alternative whose facts are all known wins). Within a
 * paragraph (lines between blank lines) the lines kept are joined with a space: one sentence per
 * line keeps templates easy to edit.
 */
import { draft as english } from "../i18n/en/draft.js";
import { messages } from "../i18n/index.js";
import { daysBetween, type IsoDate } from "./dates.js";

export const DRAFT_KINDS = ["thanks", "congrats", "follow-up", "reconnect", "intro", "first", "ask"] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** What a draft may say, each only when net knows it. */
export interface DraftFacts {
  /** First name (always known). */
  first: string;
  name: string;
  company?: string;
  role?: string;
  metWhere?: string;
  /** "yesterday", "last week", "in March 2025". */
  metWhen?: string;
  /** The latest note written about them (first line). */
  lastNote?: string;
  /** Their news, as noted. */
  news?: string;
  /** The occasion of a date: "birthday", "work anniversary". */
  occasion?: string;
  /** What they did for you: "your help", "the introduction". */
  helpWhat?: string;
  /** The note of that help. */
  helpNote?: string;
  /** What you said you would follow up on. */
  promise?: string;
  /** The other people of an introduction you made. */
  other?: string;
  /** The first sentence of your narrative card. */
  card?: string;
}

/** Placeholder → fact. */
export const DRAFT_PLACEHOLDERS: Record<string, keyof DraftFacts> = {
  first: "first",
  name: "name",
  company: "company",
  role: "role",
  met_where: "metWhere",
  met_when: "metWhen",
  last_note: "lastNote",
  news: "news",
  occasion: "occasion",
  help_what: "helpWhat",
  help_note: "helpNote",
  promise: "promise",
  other: "other",
  card: "card",
};

/** What each placeholder stands for, for `net draft templates`. */
export function placeholderHelp(): Record<string, string> {
  return messages().draft.placeholderHelp;
}

/** The default templates in English (a few variants per kind, two to five sentences each). */
export const DEFAULT_TEMPLATES: Record<DraftKind, string[]> = english.templates;

/** The default templates in the language in use. */
export function defaultTemplates(): Record<DraftKind, string[]> {
  return messages().draft.templates;
}

export interface TemplateProblem {
  line: number;
  message: string;
}

/** The placeholders a template names that net doesn't know. */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of template.matchAll(/\{([^{}\s]*)\}/g)) if (!(name! in DRAFT_PLACEHOLDERS)) unknown.add(name!);
  return [...unknown];
}

export interface Draft {
  kind: DraftKind;
  subject: string;
  body: string;
}

/** The line with its placeholders filled, or null when it names a fact not known. */
function fill(line: string, facts: DraftFacts): string | null {
  let missing = false;
  const text = line.replace(/\{([^{}\s]*)\}/g, (_, name: string) => {
    const key = DRAFT_PLACEHOLDERS[name];
    const value = key ? facts[key]?.trim() : undefined;
    if (!value) missing = true;
    return value ?? "";
  });
  return missing ? null : text;
}

/** Lines with their alternatives: `| ` lines belong to the line above. */
function groups(lines: string[]): string[][] {
  const out: string[][] = [];
  for (const line of lines) {
    const alt = /^\|\s?(.*)$/.exec(line);
    if (alt && out.length > 0 && out[out.length - 1]!.length > 0) out[out.length - 1]!.push(alt[1]!);
    else out.push(line.trim() === "" ? [] : [line]);
  }
  return out;
}

function firstKnown(alternatives: string[], facts: DraftFacts): string | null {
  for (const alt of alternatives) {
    const filled = fill(alt, facts);
    if (filled !== null) return filled;
  }
  return null;
}

/** Renders a template with the facts known. Throws when it names unknown placeholders (check first). */
export function renderTemplate(kind: DraftKind, template: string, facts: DraftFacts): Draft {
  const unknown = unknownPlaceholders(template);
  if (unknown.length) throw new Error(messages().draft.unknownPlaceholders(unknown.join(", ")));
  const all = groups(template.replace(/\r\n?/g, "\n").split("\n"));
  let subject = "";
  const first = all[0];
  let start = 0;
  if (first && first.length > 0 && SUBJECT.test(first[0]!)) {
    subject =
      firstKnown(
        first.map((l) => l.replace(SUBJECT, "")),
        facts,
      ) ?? "";
    start = 1;
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const group of all.slice(start)) {
    if (group.length === 0) close();
    else {
      const line = firstKnown(group, facts);
      if (line?.trim()) current.push(line.trim());
    }
  }
  close();
  return { kind, subject: subject.trim() || messages().draft.defaultSubjects[kind], body: paragraphs.join("\n\n") };
}

/** A template's subject line, in either language: `Subject: …`, `Objet : …` (the same file works in both). */
export const SUBJECT = /^(?:subject|objet)[ \t\u00a0]*:[ \t\u00a0]*/i;

/**
 * Which variant to use: a stable rotation, by person (their slug: the same in every copy of the
 * data) and kind, moved on by how many interactions
 * you have with them, so the next draft after a gesture you logged reads differently.
 */
export function variantIndex(person: string, kind: DraftKind, interactions: number, variants: number): number {
  let hash = 0;
  for (const ch of `${person}:${kind}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return (hash + interactions) % Math.max(1, variants);
}

/** The kind of draft a reminder's rule calls for. */
export const KIND_FOR_RULE: Record<string, DraftKind> = {
  thank: "thanks",
  gratitude: "thanks",
  congratulate: "congrats",
  "follow-up-promise": "follow-up",
  "first-follow-up": "first",
  "keep-in-touch": "reconnect",
  "give-first": "reconnect",
  "intro-follow-through": "intro",
  rediscover: "ask",
};

/** When something happened, as a person would say it in a message. */
export function whenPhrase(day: IsoDate, today: IsoDate): string {
  const t = messages().draft;
  const days = daysBetween(day, today);
  if (days <= 0) return t.today;
  if (days === 1) return t.yesterday;
  if (days < 7) return t.fewDaysAgo;
  if (days < 14) return t.lastWeek;
  if (days < 60) return t.fewWeeksAgo;
  return t.inMonth({ month: t.months[Number(day.slice(5, 7)) - 1] as string, year: day.slice(0, 4) });
}

/** A note as one line for a sentence: its first non-blank line, trailing full stop dropped. */
export function noteLine(note: string | null | undefined): string | undefined {
  const line = note
    ?.split(/\r\n?|\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .find((l) => l);
  if (!line) return undefined;
  // Trailing full stops and spaces dropped by hand: a `[.\s]+$` regex is quadratic on long runs.
  let end = line.length;
  while (end > 0 && (line[end - 1] === "." || line[end - 1] === " ")) end--;
  return line.slice(0, end) || undefined;
}

/** The first sentence of a narrative card. */
export function cardOpening(card: string | null | undefined): string | undefined {
  const text = card?.replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  const match = /^.*?[.!?](?=\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

/**
 * The templates file of `net draft templates`: every kind's variants, `## kind` before each one.
 * `parseTemplates` reads it back.
 */
export function templatesText(templates: Record<DraftKind, string[]>): string {
  const t = messages().draft;
  const head = t.fileHead({
    kinds: DRAFT_KINDS.join(", "),
    placeholders: Object.entries(placeholderHelp())
      .map(([name, what]) => t.placeholderEntry({ name, what }))
      .join(t.placeholderSeparator),
  });
  const parts = DRAFT_KINDS.flatMap((kind) => templates[kind].map((t) => `## ${kind}\n${t.trim()}\n`));
  return `${head.join("\n")}\n\n${parts.join("\n")}`;
}

/** Reads a templates file: the variants per kind, or the problems found (unknown kinds and placeholders, by line). */
export function parseTemplates(text: string): { templates: Partial<Record<DraftKind, string[]>>; problems: TemplateProblem[] } {
  const templates: Partial<Record<DraftKind, string[]>> = {};
  const problems: TemplateProblem[] = [];
  let kind: DraftKind | null = null;
  /** After an unknown kind's heading: its lines are skipped (the heading was reported). */
  let skipping = false;
  let lines: string[] = [];
  const flush = () => {
    const body = lines.join("\n").trim();
    if (kind && body) templates[kind] = [...(templates[kind] ?? []), body];
    lines = [];
  };
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((line, n) => {
      const heading = /^##\s*(\S*)\s*$/.exec(line);
      if (heading) {
        flush();
        const name = heading[1] as string;
        skipping = !(DRAFT_KINDS as readonly string[]).includes(name);
        if (!skipping) kind = name as DraftKind;
        else {
          kind = null;
          problems.push({ line: n + 1, message: messages().draft.unknownKind({ name, kinds: DRAFT_KINDS.join(", ") }) });
        }
        return;
      }
      if (line.startsWith("#")) return;
      if (kind === null) {
        if (line.trim() && !skipping) problems.push({ line: n + 1, message: messages().draft.textBeforeKind });
        return;
      }
      const unknown = unknownPlaceholders(line);
      if (unknown.length)
        problems.push({
          line: n + 1,
          message: messages().draft.unknownPlaceholderLine({ count: unknown.length, list: unknown.map((u) => `{${u}}`).join(", ") }),
        });
      lines.push(line);
    });
  flush();
  return { templates, problems };
}
