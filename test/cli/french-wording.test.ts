/**
 * French wording found by a new-user sweep, through the real binary: help that shows French date
 * words and examples, kinds and directions named in French (show, search), log confirmations worded
 * per gesture, and places never put after "à" (net cannot know their article).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

const FR = { env: { LANG: "fr_FR.UTF-8" } };
const EN = { env: { LANG: "en_US.UTF-8" } };
const NB = "\u00a0";

/** Help's lines and columns joined back into one, so that a wrapped description reads as one text. */
const unwrapped = (help: string) => help.replace(/[ \n]+/g, " ");

describe("help: the date words, the default and the examples in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());

  it("net add --help", () => {
    const help = unwrapped(box.ok(["add", "--help"], FR));
    expect(help).toContain(
      `--date <date> date de la rencontre (aujourd'hui, hier, «${NB}vendredi dernier${NB}», 2026-11-20) (par défaut${NB}: aujourd'hui)`,
    );
    expect(help).toContain("secteur d'activité (par ex. recherche, fintech)");
    expect(help).toContain('--sector recherche --external --where "meetup IA Paris" \\ --date hier');
    for (const english of ["today", "yesterday", "last friday", "Paris AI meetup", "research"]) expect(help).not.toContain(english);
  });

  it("net log --help", () => {
    const help = unwrapped(box.ok(["log", "--help"], FR));
    expect(help).toContain(`(aujourd'hui, hier, «${NB}vendredi dernier${NB}», «${NB}il y a 3 jours${NB}», 2026-11-20) (par défaut${NB}: aujourd'hui)`);
    for (const english of ["today", "yesterday", "last friday"]) expect(help).not.toContain(english);
  });

  it("English help is unchanged", () => {
    expect(unwrapped(box.ok(["add", "--help"], EN))).toContain(
      `--date <date> when you met (today, yesterday, 'last friday', 2026-11-20) (default: "today")`,
    );
    expect(unwrapped(box.ok(["log", "--help"], EN))).toContain(`(today, yesterday, 'last friday', '3 days ago', 2026-11-20) (default: "today")`);
  });

  it("the default still means today, in both languages", () => {
    box.ok(["add", "Ada Lovelace"], FR);
    box.ok(["log", "ada"], FR);
    const shown = box.json<{ contact: { metOn: string }; interactions: { date: string }[] }>(["show", "ada"]);
    expect(shown.contact.metOn).toBe(box.today);
    expect(shown.interactions.map((i) => i.date)).toEqual([box.today, box.today]);
  });
});
