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
    expect(help).toContain(
      `(aujourd'hui, hier, «${NB}vendredi dernier${NB}», «${NB}il y a 3 jours${NB}», 2026-11-20) (par défaut${NB}: aujourd'hui)`,
    );
    for (const english of ["today", "yesterday", "last friday"]) expect(help).not.toContain(english);
  });

  it("English help is unchanged", () => {
    expect(unwrapped(box.ok(["add", "--help"], EN))).toContain(
      `--date <date> when you met (today, yesterday, 'last friday', 2026-11-20) (default: "today")`,
    );
    expect(unwrapped(box.ok(["log", "--help"], EN))).toContain(
      `(today, yesterday, 'last friday', '3 days ago', 2026-11-20) (default: "today")`,
    );
  });

  it("the default still means today, in both languages", () => {
    box.ok(["add", "Ada Lovelace"], FR);
    box.ok(["log", "ada"], FR);
    const shown = box.json<{ contact: { metOn: string }; interactions: { date: string }[] }>(["show", "ada"]);
    expect(shown.contact.metOn).toBe(box.today);
    expect(shown.interactions.map((i) => i.date)).toEqual([box.today, box.today]);
  });
});

describe("show and search: the kind and who gave, in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    box.ok(["add", "Ada Lovelace", "--date", "2026-11-20"]);
    box.ok(["add", "Grace Hopper", "--date", "2026-11-20"]);
    box.ok(["log", "ada", "--kind", "help", "--received", "--date", "2026-11-22", "--note", "relu le dossier"]);
    box.ok(["log", "ada", "--kind", "thanks", "--date", "2026-11-23"]);
    box.ok(["log", "ada", "grace", "--kind", "intro", "--date", "2026-11-24", "--note", "autour du compilateur"]);
  });
  afterAll(() => box.cleanup());

  it("net show names each kind in French", () => {
    const timeline = box.ok(["show", "ada"], FR).split("\n").slice(-5, -1);
    expect(timeline).toEqual([
      "  1. 2026-11-24  → mise en relation avec Grace Hopper — autour du compilateur",
      "  2. 2026-11-23  → remerciements",
      "  3. 2026-11-22  ← aide — relu le dossier",
      "  4. 2026-11-20  ↔ rencontre — first met",
    ]);
  });

  it("net search names the kind and who gave in French", () => {
    expect(box.ok(["search", "compilateur"], FR).split("\n")[0]).toBe(
      "2026-11-24 mise en relation (de ta part) · Ada Lovelace, Grace Hopper",
    );
    expect(box.ok(["search", "dossier"], FR).split("\n")[0]).toBe("2026-11-22 aide (pour toi) · Ada Lovelace");
  });

  it("English is unchanged, and --json is the same in both languages", () => {
    expect(box.ok(["show", "ada"], EN)).toContain("  3. 2026-11-22  ← help — relu le dossier");
    expect(box.ok(["search", "compilateur"], EN).split("\n")[0]).toBe("2026-11-24 intro (gave) · Ada Lovelace, Grace Hopper");
    for (const args of [
      ["show", "ada", "--json"],
      ["search", "compilateur", "--json"],
    ])
      expect(box.ok(args, FR)).toBe(box.ok(args, EN));
  });
});

describe("net log: the confirmation worded per gesture in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    for (const name of ["Ada Lovelace", "Grace Hopper", "Élodie Martin", "Alan Turing"]) box.ok(["add", name, "--date", "2026-11-20"]);
  });
  afterAll(() => box.cleanup());

  const said = (args: string[], env = FR) => {
    const result = box.run(["log", ...args, "--date", "2026-11-25"], env);
    expect(result.code).toBe(0);
    return result.stderr.trim();
  };

  it.each([
    [["grace", "--kind", "message"], "tu as écrit à Grace Hopper"],
    [["grace", "--kind", "message", "--received"], "message reçu de Grace Hopper"],
    [["ada", "--kind", "thanks"], "tu as remercié Ada Lovelace"],
    [["ada", "--kind", "thanks", "--received"], "remerciements reçus d'Ada Lovelace"],
    [["elodie", "--kind", "help", "--received"], "coup de main reçu d'Élodie Martin"],
    [["elodie", "--kind", "help"], "tu as donné un coup de main à Élodie Martin"],
    [["ada", "grace", "--kind", "intro"], "mise en relation entre Ada Lovelace et Grace Hopper"],
    [["ada", "--kind", "intro"], "tu as présenté quelqu'un à Ada Lovelace"],
    [["ada", "--kind", "checkin"], "tu as pris des nouvelles d'Ada Lovelace"],
    [["ada", "grace", "--kind", "checkin", "--received"], "Ada Lovelace et Grace Hopper ont pris de tes nouvelles"],
    [["ada", "--kind", "news"], "des nouvelles d'Ada Lovelace"],
    [["ada", "--kind", "meeting", "--mutual"], "rencontre avec Ada Lovelace"],
  ])("net log %j", (args, what) => {
    expect(said(args)).toBe(`Noté${NB}: ${what}, le 2026-11-25.`);
  });

  it("an intro received: who introduced you to whom, and through whom you met them", () => {
    expect(said(["elodie", "alan", "grace", "--kind", "intro", "--received"]).split("\n")).toEqual([
      `Noté${NB}: Élodie Martin t'a présenté Alan Turing et Grace Hopper, le 2026-11-25.`,
      `C'est noté${NB}: tu as rencontré Alan Turing et Grace Hopper par l'intermédiaire d'Élodie Martin.`,
    ]);
  });

  it("English is unchanged, and --json is the same in both languages", () => {
    expect(said(["elodie", "--kind", "help", "--received"], EN)).toBe("Logged help with Élodie Martin on 2026-11-25.");
    expect(said(["ada", "grace", "--kind", "intro"], EN)).toBe("Logged intro with Ada Lovelace, Grace Hopper on 2026-11-25.");
    const json = (env: typeof FR) => {
      const out = JSON.parse(box.ok(["log", "ada", "--kind", "share", "--date", "2026-11-24", "--json"], env)) as { id?: string };
      delete out.id;
      return out;
    };
    expect(json(FR)).toEqual(json(EN));
  });
});

describe("a place is never put after « à » in French (net cannot know its article)", () => {
  const PLACE = "soirée de Noël de l'équipe";
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());

  it("net add, then show: the place in parentheses", () => {
    const added = box.run(["add", "Grace Hopper", "--where", PLACE, "--date", "2026-11-25"], FR);
    expect(added.code).toBe(0);
    expect(added.stderr.split("\n")[0]).toBe(`Grace Hopper rejoint ton réseau${NB}: rencontre hier (${PLACE}).`);
    const shown = box.ok(["show", "grace"], FR);
    expect(shown).toContain(`  rencontre      2026-11-25 (${PLACE})\n`);
    expect(shown).toContain(`↔ rencontre — première rencontre (${PLACE})\n`);
    expect(shown).not.toMatch(/ à soirée/);
  });

  it("net draft: both messages after a first meeting", () => {
    const first = box.ok(["draft", "grace", "--kind", "first"], FR);
    expect(first).toContain(`J'ai eu plaisir à faire votre connaissance (${PLACE}).`);
    box.ok(["add", "Ada Lovelace", "--where", PLACE, "--date", "2026-11-25"], FR);
    expect(box.ok(["draft", "ada", "--kind", "first"], FR)).toContain(`Merci pour notre échange hier (${PLACE}).`);
  });

  it("English is unchanged", () => {
    box.ok(["add", "Alan Turing", "--where", "Bletchley Park", "--date", "2026-11-25"], EN);
    expect(box.ok(["show", "alan"], EN)).toContain("  met        2026-11-25 at Bletchley Park\n");
    expect(box.ok(["draft", "grace", "--kind", "first"], EN)).toContain(`It was good to meet you at ${PLACE}.`);
  });
});
