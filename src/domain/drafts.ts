/**
 * Drafts (`net draft`): a short, ready-to-edit message for a gesture, from a template and what net
 * knows about the person. Pure: facts in, text out.
 *
 * A template is plain text. Its first line is `Subject: …`; the rest is the body. Placeholders are
 * `{first}`, `{company}`, … (DRAFT_PLACEHOLDERS). A line naming a fact net doesn't have is left out,
 * so a draft never invents anything; a line starting with `| ` is an alternative to the line above,
 * used when that one was left out (the first alternative whose facts are all known wins). Within a
 * paragraph (lines between blank lines) the lines kept are joined with a space: one sentence per
 * line keeps templates easy to edit.
 */
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
export const PLACEHOLDER_HELP: Record<string, string> = {
  first: "first name",
  name: "full name",
  company: "their company",
  role: "their role",
  met_where: "where you met",
  met_when: "when you met (yesterday, last week, in March 2025)",
  last_note: "the latest note about them",
  news: "their news, as noted",
  occasion: "a birthday or milestone due",
  help_what: "what they did for you (your help, the introduction)",
  help_note: "the note of that help",
  promise: "what you said you would follow up on",
  other: "the other person of an introduction you made",
  card: "the first sentence of your narrative card",
};

/** The default templates: a few variants per kind, two to five sentences each. */
export const DEFAULT_TEMPLATES: Record<DraftKind, string[]> = {
  thanks: [
    `Subject: Thank you
Hi {first},

Thank you again for {help_what} ({help_note}).
| Thank you again for {help_what}.
| I wanted to thank you for your help along the way.
I wanted you to know it was appreciated.
If there is ever anything I can do in return, just say so.`,
    `Subject: A quick thank-you
Hi {first},

I wanted to write to thank you for {help_what} ({help_note}).
| I wanted to write to thank you for {help_what}.
| I wanted to write to say thank you.
It meant a lot to me.
I hope things are going well for you at {company}.
| I hope things are going well on your side.`,
  ],
  congrats: [
    `Subject: Happy {occasion}!
| Subject: Congratulations!
Hi {first},

Happy {occasion}!
| I just saw your news ({news}), congratulations!
| Congratulations on your news!
I hope you get to enjoy the moment.
I'd love to hear how it's going when you have a minute.`,
    `Subject: Happy {occasion}
| Subject: Great news
Hi {first},

Wishing you a very happy {occasion}!
| Congratulations on your news ({news})!
| Congratulations on your news!
I'm really glad for you.
Let me know if I can help with anything in this new chapter.`,
  ],
  "follow-up": [
    `Subject: Following up
Hi {first},

As promised, I'm coming back to you about this: {promise}.
| As promised, I'm following up on our last conversation.
Let me know what you think, or if anything has changed on your side.
Happy to find a time to talk if that's easier.`,
    `Subject: Coming back to our conversation
Hi {first},

I said I would follow up, so here I am: {promise}.
| I said I would follow up, so here I am.
Does it still make sense for you?
No rush at all.`,
  ],
  reconnect: [
    `Subject: Catching up
Hi {first},

It's been a while, and you came to mind.
I was thinking back to our last conversation ({last_note}).
How are things at {company}?
| How are things on your side?
No need for a long reply, I'd just be glad to hear your news.`,
    `Subject: Hello from me
Hi {first},

I was thinking of you today and wanted to say hello.
How are things going at {company}?
| How are things going for you these days?
I'd be glad to hear what you're working on.`,
    `Subject: How are you?
Hi {first},

I hope you're doing well.
Last time we talked, I noted this: {last_note}.
I'd be curious to hear how it turned out.
| I'd be curious to hear what you're up to these days.`,
  ],
  intro: [
    `Subject: How did it go with {other}?
| Subject: An introduction?
Hi {first},

I hope the introduction to {other} was useful.
| I'm happy to introduce you to someone in my network if it would help.
I'd love to hear whether you and {other} managed to talk.
| Tell me what you're looking for, and I'll think of who could help.
Either way, no pressure.`,
    `Subject: Checking in about {other}
| Subject: Anyone I could introduce you to?
Hi {first},

I wanted to check how things went with {other}.
| I wanted to ask if there is anyone you'd like to meet.
If it didn't click with {other}, no worries at all.
| I'd be glad to make an introduction if I know the right person.`,
  ],
  first: [
    `Subject: Good to meet you
Hi {first},

It was good to meet you at {met_where}.
| It was good to meet you {met_when}.
| It was good to meet you.
As a quick reminder of who I am: {card}
I'd be glad to stay in touch, and let me know if I can help with anything you're working on.`,
    `Subject: Great meeting you
Hi {first},

Thank you for the conversation at {met_where} {met_when}.
| Thank you for the conversation at {met_where}.
| Thank you for the conversation {met_when}.
| Thank you for the conversation.
In short, about me: {card}
I'd like to keep in touch.`,
  ],
  ask: [
    `Subject: Your advice
Hi {first},

I hope you're well.
I'm working on something where your experience at {company} would help, and I'd value your advice.
| I'm working on something where your perspective would help, and I'd value your advice.
Would you have 20 minutes for a call in the coming weeks?
No pressure at all if now isn't a good time.`,
    `Subject: A quick question
Hi {first},

I'd love your view on something I'm working on.
A short call would help a lot.
Would you be open to it in the next few weeks?`,
  ],
};

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
  if (unknown.length) throw new Error(`unknown placeholders: ${unknown.join(", ")}`);
  const all = groups(template.replace(/\r\n?/g, "\n").split("\n"));
  let subject = "";
  const first = all[0];
  let start = 0;
  if (first && first.length > 0 && /^subject:/i.test(first[0]!)) {
    subject =
      firstKnown(
        first.map((l) => l.replace(/^subject:\s*/i, "")),
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
  return { kind, subject: subject.trim() || DEFAULT_SUBJECT[kind], body: paragraphs.join("\n\n") };
}

const DEFAULT_SUBJECT: Record<DraftKind, string> = {
  thanks: "Thank you",
  congrats: "Congratulations",
  "follow-up": "Following up",
  reconnect: "Catching up",
  intro: "An introduction",
  first: "Good to meet you",
  ask: "Your advice",
};

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

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** When something happened, as a person would say it in a message. */
export function whenPhrase(day: IsoDate, today: IsoDate): string {
  const days = daysBetween(day, today);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 7) return "a few days ago";
  if (days < 14) return "last week";
  if (days < 60) return "a few weeks ago";
  const month = MONTHS[Number(day.slice(5, 7)) - 1];
  return `in ${month} ${day.slice(0, 4)}`;
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
  const head = [
    `# net draft templates. Each variant starts with a line '## <kind>'; kinds: ${DRAFT_KINDS.join(", ")}.`,
    "# The first line of a variant is 'Subject: ...'. One sentence per line: lines in a paragraph are joined.",
    "# A line naming a fact net doesn't have is left out; a line starting with '| ' replaces the line above when it is.",
    `# Placeholders: ${Object.entries(PLACEHOLDER_HELP)
      .map(([name, what]) => `{${name}} ${what}`)
      .join("; ")}.`,
    "# Lines starting with '#' are comments. A kind left out keeps its defaults.",
  ];
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
          problems.push({ line: n + 1, message: `unknown kind '${name}' (kinds: ${DRAFT_KINDS.join(", ")})` });
        }
        return;
      }
      if (line.startsWith("#")) return;
      if (kind === null) {
        if (line.trim() && !skipping) problems.push({ line: n + 1, message: "text before the first '## <kind>' line" });
        return;
      }
      const unknown = unknownPlaceholders(line);
      if (unknown.length)
        problems.push({
          line: n + 1,
          message: `unknown placeholder${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `{${u}}`).join(", ")}`,
        });
      lines.push(line);
    });
  flush();
  return { templates, problems };
}
