import { describe, expect, it } from "vitest";
import {
  cardOpening,
  DEFAULT_TEMPLATES,
  DRAFT_KINDS,
  type DraftFacts,
  type DraftKind,
  noteLine,
  parseTemplates,
  renderTemplate,
  templatesText,
  unknownPlaceholders,
  variantIndex,
  whenPhrase,
} from "../../src/domain/drafts.js";

/** Sentences of a body after its greeting line: ends of sentences (. ! ?) followed by a space or the end. */
function sentences(body: string): number {
  const afterGreeting = body.split("\n\n").slice(1).join(" ");
  return (afterGreeting.match(/[.!?](?=\s|$)/g) ?? []).length;
}

const NOTHING: DraftFacts = { first: "Zed", name: "Zed" };
const EVERYTHING: DraftFacts = {
  first: 'Ada "Countess"',
  name: 'Ada "Countess" Lovelace 🚀',
  company: "Analytical Engines",
  role: "CTO",
  metWhere: "PyCon 🐍",
  metWhen: "last week",
  lastNote: 'her "launch" in Lyon',
  news: "new role at Babbage & Co",
  occasion: "birthday",
  helpWhat: "the introduction",
  helpNote: "intro to Bob at Acme",
  promise: "send the paper on engines",
  other: "Bob Babbage",
  card: "I help small teams ship reliable software.",
};

const variants = DRAFT_KINDS.flatMap((kind) => DEFAULT_TEMPLATES[kind].map((template, n) => ({ kind, n, template })));

describe("default templates", () => {
  it.each(variants)("$kind #$n: two to five sentences, with every fact or with none, no placeholder left", ({ kind, template }) => {
    for (const facts of [EVERYTHING, NOTHING]) {
      const draft = renderTemplate(kind, template, facts);
      expect(draft.body.startsWith(`Hi ${facts.first},\n\n`)).toBe(true);
      expect(sentences(draft.body)).toBeGreaterThanOrEqual(2);
      expect(sentences(draft.body)).toBeLessThanOrEqual(5);
      expect(draft.body).not.toMatch(/[{}]|undefined|\(\)|\s[.,]| {2}/);
      expect(draft.subject).not.toMatch(/[{}]|undefined/);
      expect(draft.subject.length).toBeGreaterThan(0);
    }
  });

  it.each(variants)("$kind #$n: with no facts it says nothing of any (no place, company, note, card, news)", ({ kind, template }) => {
    const { body, subject } = renderTemplate(kind, template, NOTHING);
    for (const fact of Object.values(EVERYTHING).slice(2)) expect(`${subject}\n${body}`).not.toContain(fact);
    // A sentence that introduces a fact never stands without it.
    expect(body).not.toMatch(/: *$|: \.|who I am:|about me:|noted this|this: *\./m);
  });

  it.each([
    [
      "thanks",
      0,
      "Hi Zed,\n\nI wanted to thank you for your help along the way. I wanted you to know it was appreciated. If there is ever anything I can do in return, just say so.",
    ],
    [
      "congrats",
      0,
      "Hi Zed,\n\nCongratulations on your news! I hope you get to enjoy the moment. I'd love to hear how it's going when you have a minute.",
    ],
    [
      "follow-up",
      0,
      "Hi Zed,\n\nAs promised, I'm following up on our last conversation. Let me know what you think, or if anything has changed on your side. Happy to find a time to talk if that's easier.",
    ],
    [
      "reconnect",
      0,
      "Hi Zed,\n\nIt's been a while, and you came to mind. How are things on your side? No need for a long reply, I'd just be glad to hear your news.",
    ],
    [
      "intro",
      0,
      "Hi Zed,\n\nI'm happy to introduce you to someone in my network if it would help. Tell me what you're looking for, and I'll think of who could help. Either way, no pressure.",
    ],
    [
      "first",
      0,
      "Hi Zed,\n\nIt was good to meet you. I'd be glad to stay in touch, and let me know if I can help with anything you're working on.",
    ],
    [
      "ask",
      0,
      "Hi Zed,\n\nI hope you're well. I'm working on something where your perspective would help, and I'd value your advice. Would you have 20 minutes for a call in the coming weeks? No pressure at all if now isn't a good time.",
    ],
  ] as [DraftKind, number, string][])("a person with almost no data still reads naturally: %s", (kind, n, body) => {
    expect(renderTemplate(kind, DEFAULT_TEMPLATES[kind][n] as string, NOTHING).body).toBe(body);
  });

  it.each([
    ["thanks", 0, "Thank you", "Thank you again for the introduction (intro to Bob at Acme)."],
    ["congrats", 0, "Happy birthday!", "Happy birthday!"],
    ["congrats", 1, "Happy birthday", "Wishing you a very happy birthday!"],
  ] as [DraftKind, number, string, string][])("uses what net knows: %s #%i", (kind, n, subject, text) => {
    const draft = renderTemplate(kind, DEFAULT_TEMPLATES[kind][n] as string, EVERYTHING);
    expect(draft.subject).toBe(subject);
    expect(draft.body).toContain(text);
  });

  it.each([
    ["congrats", 0, "Congratulations!", "I just saw your news (new role at Babbage & Co), congratulations!"],
    ["congrats", 1, "Great news", "Congratulations on your news (new role at Babbage & Co)!"],
    ["follow-up", 0, "Following up", "As promised, I'm coming back to you about this: send the paper on engines."],
    [
      "reconnect",
      0,
      "Catching up",
      'I was thinking back to our last conversation (her "launch" in Lyon). How are things at Analytical Engines?',
    ],
    ["intro", 0, "How did it go with Bob Babbage?", "I hope the introduction to Bob Babbage was useful."],
    [
      "first",
      0,
      "Good to meet you",
      "It was good to meet you at PyCon 🐍. As a quick reminder of who I am: I help small teams ship reliable software.",
    ],
    ["first", 1, "Great meeting you", "Thank you for the conversation at PyCon 🐍 last week."],
    ["ask", 0, "Your advice", "your experience at Analytical Engines would help"],
  ] as [DraftKind, number, string, string][])("uses what net knows: %s #%i", (kind, n, subject, text) => {
    const { occasion: _, ...facts } = EVERYTHING;
    const draft = renderTemplate(kind, DEFAULT_TEMPLATES[kind][n] as string, facts);
    expect(draft.subject).toBe(subject);
    expect(draft.body).toContain(text);
    expect(draft.body.startsWith('Hi Ada "Countess",')).toBe(true);
  });

  it("news, without an occasion: the news", () => {
    const { occasion: _, ...facts } = EVERYTHING;
    const draft = renderTemplate("congrats", DEFAULT_TEMPLATES.congrats[0] as string, facts);
    expect(draft.body).toContain("I just saw your news (new role at Babbage & Co), congratulations!");
  });

  it("a birthday, without news: the occasion's subject and line", () => {
    const draft = renderTemplate("congrats", DEFAULT_TEMPLATES.congrats[0] as string, { ...NOTHING, occasion: "birthday" });
    expect(draft.subject).toBe("Happy birthday!");
    expect(draft.body).toContain("Happy birthday!");
  });
});

describe("template syntax", () => {
  it.each([
    ["Hi {first}, {frist} and {company}", ["frist"]],
    ["{first} {name} {met_where} {met_when} {last_note} {card}", []],
    ["{ first } {x} {x} {}", ["x", ""]],
  ])("unknown placeholders in %j: %j", (text, unknown) => {
    expect(unknownPlaceholders(text)).toEqual(unknown);
  });

  it("a template naming unknown placeholders can't be rendered", () => {
    expect(() => renderTemplate("thanks", "Subject: x\nHi {frist},\n\nThanks {helpp}.", NOTHING)).toThrow(
      "unknown placeholders: frist, helpp",
    );
  });

  it("alternatives: the first line whose facts are known; a group with none known is left out", () => {
    const template = "Subject: About {company}\n| Subject: Hello\nHi {first},\n\nA {company}.\n| B {news}.\n| C.\nD {role}.\nE.";
    expect(renderTemplate("reconnect", template, NOTHING)).toEqual({ kind: "reconnect", subject: "Hello", body: "Hi Zed,\n\nC. E." });
    expect(renderTemplate("reconnect", template, { ...NOTHING, news: "n", role: "CTO" }).body).toBe("Hi Zed,\n\nB n. D CTO. E.");
  });

  it("the templates file reads back as it was written", () => {
    const text = templatesText(DEFAULT_TEMPLATES);
    expect(parseTemplates(text)).toEqual({ templates: DEFAULT_TEMPLATES, problems: [] });
  });

  it("a templates file's problems are named with their lines", () => {
    const { problems } = parseTemplates("stray\n## thanks\nSubject: x\nHi {first} {frist}\n## thank-you\nHi");
    expect(problems).toEqual([
      { line: 1, message: "text before the first '## <kind>' line" },
      { line: 4, message: "unknown placeholder {frist}" },
      { line: 5, message: "unknown kind 'thank-you' (kinds: thanks, congrats, follow-up, reconnect, intro, first, ask)" },
    ]);
  });
});

describe("facts as a message says them", () => {
  it.each([
    ["2026-11-26", "today"],
    ["2026-11-25", "yesterday"],
    ["2026-11-21", "a few days ago"],
    ["2026-11-18", "last week"],
    ["2026-10-20", "a few weeks ago"],
    ["2025-03-04", "in March 2025"],
  ])("met %s → %s", (day, phrase) => {
    expect(whenPhrase(day, "2026-11-26")).toBe(phrase);
  });

  it.each([
    ["intro to Bob.\nsecond line", "intro to Bob"],
    ["\n\n  the  paper \t on engines  \n", "the paper on engines"],
    ['"quoted" 🚀...', '"quoted" 🚀'],
    ["   ", undefined],
    [null, undefined],
  ])("note %j → %j", (note, line) => {
    expect(noteLine(note)).toBe(line);
  });

  it.each([
    ["I help teams. Ten years of Rust.", "I help teams."],
    ["No full stop at all", "No full stop at all"],
    ["Dr. Who? Yes.", "Dr."],
    ["", undefined],
  ])("card %j opens with %j", (card, opening) => {
    expect(cardOpening(card)).toBe(opening);
  });

  it("the rotation is stable, and moves on with each interaction logged", () => {
    const first = variantIndex("p1", "reconnect", 4, 3);
    expect(variantIndex("p1", "reconnect", 4, 3)).toBe(first);
    expect(variantIndex("p1", "reconnect", 5, 3)).toBe((first + 1) % 3);
    expect(variantIndex("p1", "reconnect", 4, 1)).toBe(0);
  });
});
