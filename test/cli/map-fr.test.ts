/**
 * Issue 15: the quarterly review in French ("cartographier ses contacts chaque trimestre"), through
 * the real binary. The text map is French from its title to its suggestions; `--json` does not
 * change with the language; the page written by `--html` says lang="fr" and speaks French.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

const FR = { LANG: "fr_FR.UTF-8" };
const NBSP = "\u00a0";

function seed(box: Sandbox): void {
  const q = ["-q"];
  box.ok(["add", "Bartholomew Fitzgerald", "--date", "2026-07-10", ...q]);
  box.ok([
    "add",
    "Ada Lovelace",
    "--tier",
    "active",
    "--date",
    "2026-09-01",
    "--sector",
    "research",
    "--external",
    "--intent",
    "learn",
    ...q,
  ]);
  box.ok(["add", "Grace Hopper", "--date", "2026-10-05", "--sector", "defense", "--internal", "--intent", "influence", ...q]);
  box.ok(["add", "Alan Turing", "--date", "2026-11-02", "--sector", "research", "--external", ...q]);
  box.ok(["log", "bartholomew", "--kind", "share", "--date", "2026-08-01", "--note", "the map", ...q]);
  box.ok(["log", "ada", "--kind", "share", "--date", "2026-10-16", "--note", "the article", ...q]);
  box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-10-20", "--note", "Intro to her investor", ...q]);
  box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-11-10", ...q]);
  box.ok(["log", "ada", "--kind", "share", "--received", "--date", "2026-11-12", ...q]);
  box.ok(["log", "alan", "--kind", "intro", "--received", "--date", "2026-11-05", ...q]);
  box.ok(["log", "alan", "--kind", "thanks", "--date", "2026-11-06", ...q]);
  box.ok(["log", "ada", "--event", "DevOps Days Paris", "--date", "2026-11-20", ...q]);
}

// What a French user reads on 26 November 2026, at 80 columns (no terminal: ASCII strip, no colour).
const GOLDEN = `Carte du réseau T4 2026
du 1er octobre 2026 au 31 décembre 2026, jour 57 sur 92 ; comparé au même moment
du T3 2026

Pouls  jusqu'ici, face au même moment du T3 2026
  gestes donnés       4  +2      (avant 2)    objectif 39
  reçus               4  +4      (avant 0)
  rencontres          2  +1      (avant 1)    objectif 3
  événements          1  +1      (avant 0)    objectif 3

Activité  interactions par semaine, vide pour les semaines à venir
  . aucune  = 1  # 2  @ 3
  T1 2026  ..............      0
  T2 2026  ..............      0
  T3 2026  .=..=....=....      3
  T4 2026  .===.@#=.           9

À relancer  1 lien dont c'est le moment
  NOM                     PROXIMITÉ  INTENTION  DERNIER GE…  DEPUIS  RYTHME
  Bartholomew Fitzgerald  network               tu as part…  117 j   90 j, +27 j

À remercier
  aides et mises en relation reçues au T4 2026, sans remerciement noté depuis
  DATE        QUI           QUOI       NOTE
  20/10/2026  Grace Hopper  de l'aide  Intro to her investor
  10/11/2026  Grace Hopper  de l'aide

Équilibre  aides, mises en relation et partages au T4 2026
  tu as donné 1, reçu 4
  AVEC          DONNÉ  REÇU  DEMANDÉ
  Grace Hopper  0      2     0
  Alan Turing   0      1     0
  Ada Lovelace  1      1     0
  Un coup de main reçu ou une demande faite : Grace Hopper, Alan Turing. Un
  petit geste en retour, un partage ou des nouvelles, fera plaisir.

Forme du réseau
  4 personnes, dont 2 nouvelles au T4 2026, marquées d'un + ci-dessous
  cercle     interne 1 (+1), externe 2 (+1), (aucun) 1
  secteur    research 2 (+1), defense 1 (+1), (aucun) 1
  intention  learn 1, influence 1, (aucune) 2
  proximité  active 1, network 3

Pour le trimestre prochain
  1. Remercie Grace Hopper pour l'aide du 20 octobre 2026 : un message de deux
     lignes suffit (et 1 de plus en attente).
  2. Relance Bartholomew Fitzgerald (117 jours depuis votre dernier échange) :
     partage quelque chose d'utile ou demande comment ça va.
  3. Offre quelque chose en retour à Grace Hopper : ton aide, une mise en
     relation ou un partage utile.
`;

describe("net map in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    seed(box);
  });
  afterAll(() => box.cleanup());

  it("prints the quarterly review in French, word for word", () => {
    const result = box.run(["map", "--quarter"], { env: { ...FR, COLUMNS: "80" } });
    expect(result.code).toBe(0);
    // The golden text writes the no-break spaces of French typography as plain spaces, to stay readable.
    expect(result.stdout.replaceAll(NBSP, " ")).toBe(GOLDEN);
    // ... and they are there, before every colon and semicolon of a sentence.
    expect(result.stdout).toContain(`jour 57 sur 92${NBSP}; comparé`);
    expect(result.stdout).toContain(`faite${NBSP}: Grace Hopper`);
    expect(result.stdout).not.toMatch(/ [:;?!]/);
    // Mid-quarter, the map is not the review: said on stderr, in French.
    expect(result.stderr.replaceAll(NBSP, " ")).toBe(
      "Pas enregistrée comme revue du T4 2026 : cela se fait à 14 jours ou moins de sa fin (ou maintenant, avec --record).\n",
    );
  });

  it("says the same with --lang fr, whatever the locale", () => {
    expect(
      box.ok(["--lang", "fr", "map", "--quarter", "--no-record"], { env: { LANG: "en_US.UTF-8", COLUMNS: "80" } }).replaceAll(NBSP, " "),
    ).toBe(GOLDEN);
  });

  it("gives byte-identical JSON in English and in French", () => {
    const english = box.ok(["map", "--quarter", "--json"]);
    expect(box.ok(["map", "--quarter", "--json"], { env: FR })).toBe(english);
    expect(box.ok(["--lang", "fr", "map", "--month", "2026-10", "--json"])).toBe(box.ok(["map", "--month", "2026-10", "--json"]));
    // The suggestions and warnings in the JSON stay in English for scripts.
    expect(JSON.parse(english).suggestions[0].text).toBe(
      "Thank Grace Hopper for the help of 2026-10-20: a two-line message is enough (and 1 more waiting).",
    );
  });

  it.each(["T4 2026", "t4 2026", "T4-2026"])("reads --quarter %j as 2026Q4, in either language", (typed) => {
    const expected = box.ok(["map", "--quarter", "2026Q4", "--json"]);
    expect(box.ok(["map", "--quarter", typed, "--json"])).toBe(expected);
    expect(box.ok(["map", "--quarter", typed, "--json"], { env: FR })).toBe(expected);
    expect(box.ok(["map", "--quarter", typed, "--no-record"], { env: FR })).toMatch(/^Carte du réseau T4 2026\n/);
  });

  it("names months, years and ranges of days the French way", () => {
    const month = box.ok(["map", "--month", "2026-10", "--no-record"], { env: FR }).replaceAll(NBSP, " ");
    expect(month).toContain("Carte du réseau octobre 2026\ndu 1er octobre 2026 au 31 octobre 2026 ; comparé à septembre 2026");
    expect(month).toContain("  07/2026  ");
    const range = box.ok(["map", "--since", "2026-08-01", "--until", "2026-08-20"], { env: FR }).replaceAll(NBSP, " ");
    expect(range).toContain("Pouls  face à la période du 12 juillet 2026 au 31 juillet 2026");
    const year = box.ok(["map", "--year", "2025"], { env: FR }).replaceAll(NBSP, " ");
    expect(year).toContain("Rien de noté en 2025 : aucun geste, aucun événement, personne de nouveau.");
  });

  it("writes Markdown in French", () => {
    const md = box.ok(["map", "--quarter", "--md", "--no-record"], { env: FR }).replaceAll(NBSP, " ");
    expect(md).toContain("# Carte du réseau T4 2026\n");
    expect(md).toContain("|  | T4 2026 | T3 2026 (même moment) | écart | objectif |");
    expect(md).toContain("| 20/10/2026 | Grace Hopper | de l'aide | Intro to her investor |");
    expect(md).toContain("- **Cercle** : interne 1 (+1), externe 2 (+1), (aucun) 1");
    expect(md).toContain("- **Intention** : learn 1, influence 1, (aucune) 2");
    expect(md).toContain("| Nom | Proximité |");
    expect(md).toContain("## Pour le trimestre prochain");
  });

  it("says a tie due exactly today is due, not beyond its rhythm, in both languages", () => {
    const due = sandbox("2026-11-26");
    try {
      // Network tier, 90 days: a share on 28 August comes round again on 26 November.
      due.ok(["add", "Ada Lovelace", "--date", "2026-07-01", "-q"]);
      due.ok(["log", "ada", "--kind", "share", "--date", "2026-08-28", "-q"]);
      const fr = due.ok(["map", "--quarter", "--no-record"], { env: { ...FR, COLUMNS: "100" } }).replaceAll(NBSP, " ");
      expect(fr).toContain("À relancer  1 lien dont c'est le moment\n");
      expect(fr).toMatch(/Ada Lovelace .* 90 j, aujourd'hui\n/);
      expect(fr).not.toContain("au-delà");
      expect(fr).not.toContain("+0 j");
      const en = due.ok(["map", "--quarter", "--no-record"], { env: { COLUMNS: "100" } });
      expect(en).toContain("To re-contact  1 tie due for a gesture\n");
      expect(en).toMatch(/Ada Lovelace .* 90d, due today\n/);
      expect(en).not.toMatch(/past their cadence|0d over/);
      expect(due.ok(["map", "--quarter", "--md", "--no-record"])).toContain("| due today (90d cadence) |");
    } finally {
      due.cleanup();
    }
  });

  it.each([
    [["map", "--quarter", "2026Q5"], "« 2026Q5 » n'est pas une période pour --quarter", "formes acceptées : --quarter [2026Q3]"],
    [["map", "--month", "--record"], "seule la revue d'un trimestre s'enregistre, pas celle d'un mois", "(ou --quarter 2026Q3)"],
    [
      ["map", "--since", "2026-05-01", "--until", "2026-01-01"],
      "--until (1er janvier 2026) tombe avant --since (1er mai 2026)",
      "inverse-les",
    ],
  ])("explains a wrong period in French: net %j", (args, message, hint) => {
    const result = box.run(args, { env: FR });
    expect(result.code).toBe(2);
    const err = result.stderr.replaceAll(NBSP, " ");
    expect(err).toContain(message);
    expect(err).toContain(hint);
  });

  it("records the review in French in the quarter's last days", () => {
    const late = sandbox("2026-12-24");
    try {
      seed(late);
      const result = late.run(["map", "--quarter"], { env: FR });
      expect(result.code).toBe(0);
      expect(result.stderr.replaceAll(NBSP, " ")).toBe("Revue du T4 2026 enregistrée : le rappel trimestriel de nudge est fait.\n");
      expect(late.run(["map", "--quarter"], { env: FR }).stderr.replaceAll(NBSP, " ")).toBe(
        "La revue du T4 2026 a déjà été enregistrée le 24 décembre 2026.\n",
      );
    } finally {
      late.cleanup();
    }
  });

  it("prints its help in French", () => {
    const help = box.ok(["map", "--help"], { env: { ...FR, COLUMNS: "100" } }).replaceAll(NBSP, " ");
    expect(help).toContain("Cartographie ton réseau sur une période");
    expect(help).toContain("enregistre tout de suite la revue de ce trimestre");
    expect(help).toContain("Exemples :");
  });
});

describe("net map --html in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    seed(box);
  });
  afterAll(() => box.cleanup());

  it("writes a page in French, with lang=fr", () => {
    const file = join(box.dir, "carte.html");
    const said = box.run(["map", "--quarter", "--html", "-o", file, "--no-record"], { env: FR });
    expect(said.code).toBe(0);
    expect(said.stderr.replaceAll(NBSP, " ")).toContain("Carte du réseau (T4 2026) écrite dans");
    const page = readFileSync(file, "utf8");
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("<title>Carte du réseau · T4 2026</title>");
    for (const heading of [
      "Ton réseau, T4 2026",
      "Pouls",
      "Tes anneaux",
      "Les gestes, jour par jour",
      "Donner et recevoir",
      "À relancer",
      "À remercier",
      "Trois suggestions",
    ])
      expect(page).toMatch(new RegExp(`<h[12][^>]*>${heading}</h[12]>`));
    expect(page).toContain("faite le 26 novembre 2026 par net map");
    expect(page).toContain("<caption>Interactions par mois</caption>");
    expect(page).toContain('<th scope="row">octobre 2026</th>');
    expect(page).toContain('aria-label="Ton réseau en anneaux');
    expect(page).toContain("de l&#39;aide le 20 octobre 2026 (il y a 37 jours)");
    expect(page).not.toMatch(/>(Pulse|Your rings|Give and receive|Three suggestions)</);
  });

  it("keeps lang=en and English headings in English", () => {
    const page = box.ok(["map", "--quarter", "--html", "-o", "-", "--no-record"]);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(">Your network, 2026Q4</h1>");
  });

  it("embeds the same JSON in both languages", () => {
    const data = (page: string) => /<script type="application\/json" id="review-data">(.*?)<\/script>/s.exec(page)?.[1];
    const english = data(box.ok(["map", "--quarter", "--html", "-o", "-", "--no-record"]));
    expect(english).toBeTruthy();
    expect(data(box.ok(["map", "--quarter", "--html", "-o", "-", "--no-record"], { env: FR }))).toBe(english);
  });
});
