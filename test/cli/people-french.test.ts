/**
 * The people commands in French, through the real binary: what a French user sees from net add (the
 * wizard in a real terminal), show, list, card, and an error with its hint. Parts another area
 * words (relative days such as "today", the error/hint prefixes) are matched loosely.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";
import { exitStatus, HAVE_TMUX, quote, Terminal, tmuxServer } from "../helpers/tmux.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FR = { LANG: "fr_FR.UTF-8" };
/** The no-break space French puts before : ; ? ! */
const NB = "\u00a0";

describe("the people commands in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    box.ok(
      [
        "add",
        "Ada Lovelace",
        "--company",
        "Analytical Engines",
        "--role",
        "CTO",
        "--sector",
        "research",
        "--external",
        "--where",
        "Paris AI meetup",
        "--date",
        "2026-11-20",
        "--tier",
        "active",
      ],
      { env: FR },
    );
    box.ok(["add", "Ada Byron", "--date", "2026-10-01"], { env: FR });
    box.ok(["add", "Grace Hopper", "--company", "Navy", "--date", "2026-11-24", "--via", "ada-lovelace"], { env: FR });
  });
  afterAll(() => box.cleanup());

  it("add: says who joined the network and how to make the first contact stick", () => {
    const other = sandbox();
    try {
      const result = other.run(["add", "Alan Turing", "--where", "Bletchley", "--date", "2026-11-25"], { env: FR });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe("alan-turing\n");
      expect(result.stderr).toMatch(new RegExp(`^Alan Turing rejoint ton réseau${NB}: rencontre .+ \\(Bletchley\\)\\.\\n`));
      expect(result.stderr).toContain(
        `Un petit message de remerciement d'ici demain (2026-11-27) ancre ce premier contact${NB}: net log alan-turing --kind message`,
      );
      // The first meeting's note is written in the language of the one who adds.
      expect(other.json<{ interactions: { note: string }[] }>(["show", "alan-turing"]).interactions[0]?.note).toBe(
        "première rencontre (Bletchley)",
      );
    } finally {
      other.cleanup();
    }
  });

  it("show: the profile's labels, the values net words and the timeline", () => {
    const shown = box.ok(["show", "ada-lovelace", "--no-color"], { env: FR });
    const lines = shown.split("\n");
    expect(lines[0]).toBe("Ada Lovelace — CTO chez Analytical Engines  ada-lovelace");
    expect(lines).toContain("  secteur        research");
    expect(lines).toContain("  cercle         externe");
    expect(lines).toContain("  rencontre      2026-11-20 (Paris AI meetup)");
    expect(lines).toContain("  présentations  t'a présenté Grace Hopper");
    expect(lines.some((l) => /^ {2}proximité {6}active, rythme \d+\s\S+$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}prochain geste 2026-12-20 \(.+\)$/.test(l))).toBe(true);
    expect(shown).toContain("  1. 2026-11-20  ↔ rencontre — première rencontre (Paris AI meetup)");
    expect(box.ok(["show", "grace-hopper"], { env: FR })).toContain("  rencontre      2026-11-24 grâce à Ada Lovelace");
  });

  it("show --json is the same in both languages", () => {
    expect(box.ok(["show", "ada-lovelace", "--json"], { env: FR })).toBe(box.ok(["show", "ada-lovelace", "--json"]));
  });

  it("list: the headers, the archived mark and the empty states", () => {
    box.ok(["rm", "ada-byron"], { env: FR });
    try {
      const [header, ...rows] = box.ok(["list", "--all", "--sort", "name"], { env: FR }).trimEnd().split("\n");
      expect(header?.split(/ {2,}/)).toEqual(["NOM", "SLUG", "ENTREPRISE", "SECTEUR", "PROXIMITÉ", "DERNIER CONTACT", "PROCHAIN GESTE"]);
      expect(rows[0]).toMatch(/^Ada Byron \(aux archives\) +ada-byron +network +2026-10-01$/);
    } finally {
      box.ok(["edit", "ada-byron", "--restore"]);
    }
    expect(box.run(["list", "--tag", "zz"], { env: FR }).stderr).toBe(`Personne n'a l'étiquette «${NB}zz${NB}».\n`);
    expect(box.run(["list", "--company", "zzz"], { env: FR }).stderr).toBe("Personne ne correspond à ces filtres.\n");
    const empty = sandbox();
    try {
      empty.ok(["goals", "set", "gestures-per-week", "3"]); // a database, with no one in it
      expect(empty.run(["list"], { env: FR }).stderr).toBe(
        `Personne ici pour l'instant. Ajoute la dernière personne rencontrée${NB}: net add "Ada Lovelace" --where "…"\n`,
      );
    } finally {
      empty.cleanup();
    }
  });

  it("card: word count, spoken time and the warning over two minutes", () => {
    const card = sandbox();
    try {
      card.ok(["goals", "set", "gestures-per-week", "3"]); // a database, with no card in it
      expect(card.run(["card"], { env: FR }).stderr).toBe(
        `Pas encore de carte de visite narrative. Écris-la${NB}: net card --set "…" ou net card --edit\n`,
      );
      const short = card.run(["card", "--set", "J'aide les petites équipes à livrer des logiciels fiables.", "--lang", "fr"]);
      expect(short.stdout).toBe(
        `J'aide les petites équipes à livrer des logiciels fiables.\n\n9 mots · environ 4${NB}s à l'oral · mise à jour le 2026-11-26\n`,
      );
      expect(short.stderr).toBe("Carte enregistrée.\n");
      const long = card.run(["card", "--set", Array.from({ length: 320 }, () => "mot").join(" ")], { env: FR });
      expect(long.stdout).toMatch(new RegExp(`\\n\\n320 mots · environ 2${NB}min 8${NB}s à l'oral · mise à jour le 2026-11-26\\n$`));
      expect(long.stderr).toBe(`Plus de 2 minutes à l'oral (2${NB}min 8${NB}s)${NB}: garde une seule histoire et une seule demande.\n`);
    } finally {
      card.cleanup();
    }
  });

  it("an error and its hint: a name that could be two people, and net add with no name", () => {
    const ambiguous = box.run(["show", "ada"], { env: FR });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(
      `«${NB}ada${NB}» peut désigner 2 personnes${NB}: Ada Byron (ada-byron), Ada Lovelace (ada-lovelace)\n`,
    );
    expect(ambiguous.stderr).toMatch(/: utilise le slug, par ex\. ada-byron\n$/);

    const noName = box.run(["add", "--no-input"], { env: FR });
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain(`qui as-tu rencontré${NB}? il faut un nom\n`);
    expect(noName.stderr).toMatch(
      new RegExp(`: donne-le${NB}: net add "Ada Lovelace" \\(aucune question sans terminal ou avec --no-input\\)\\n$`),
    );
  });
});

// ---------------------------------------------------------------------------
// The wizard, in a real terminal

const SOCKET = `net-fr-test-${process.pid}`;
const TITLE = HAVE_TMUX ? "the add wizard in French (tmux)" : "the add wizard in French: skipped, tmux is not installed";

describe.skipIf(!HAVE_TMUX)(TITLE, { timeout: 60_000 }, () => {
  const { tmux, kill } = tmuxServer(SOCKET);
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    box.ok(["add", "Grace Hopper", "--sector", "defence", "--where", "COBOL conf", "--date", "2026-11-24"]);
  });
  afterAll(() => {
    kill();
    box.cleanup();
  });

  /** `net <args>` in a 100-column terminal speaking French; resolves to its exit status. */
  function start(args: string[], session = "fr"): { term: Terminal; status: () => Promise<number> } {
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: box.dir,
      LANG: "fr_FR.UTF-8",
      TERM: "xterm-256color",
      NET_DB: box.db,
      NET_TODAY: box.today,
    };
    const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
    const net = ["env", "-i", ...vars, quote(process.execPath), "bin/net", ...args.map(quote)].join(" ");
    const statusFile = join(box.dir, `${session}.status`);
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "40", `cd ${quote(ROOT)} && ${net}; echo $? > ${quote(statusFile)}`);
    return {
      term: new Terminal(tmux, session),
      status: () => exitStatus(statusFile, () => tmux("capture-pane", "-p", "-t", session)),
    };
  }

  it("asks its questions in French and ends with a summary in French", async () => {
    const { term, status } = start(["add", "--role", "Engineer", "--external"]);
    const answer = async (question: string | RegExp, text: string) => {
      await term.waitFor(question);
      if (text) term.type(text);
      term.keys("Enter");
    };
    await answer(`? Qui as-tu rencontré${NB}?`, "Margaret Hamilton");
    await term.waitFor(new RegExp(`\\? Où a eu lieu la rencontre${NB}\\? \\(écris, ou choisis\\)\\n❯ COBOL conf\\n {2}passer`));
    await term.waitFor("↑↓ parcourir • ⏎ choisir");
    term.keys("Enter");
    await answer(`? Entreprise ou organisation${NB}?`, "NASA");
    await term.waitFor(`? Secteur${NB}? (écris, ou choisis)`);
    term.type("aerospace");
    await answer("❯ aerospace (nouveau)", "");
    await term.waitFor(`? Pourquoi cette personne compte-t-elle pour toi${NB}?`);
    await answer("pour apprendre à son contact", "");
    await term.waitFor(`? À quel rythme veux-tu garder le contact${NB}?`);
    term.type("ac");
    await answer("❯ active (tous les mois)", "");
    await answer(`? Une note pour t'en souvenir${NB}?`, "Logiciel de guidage d'Apollo");
    await answer(
      new RegExp(`\\? Prévoir une relance${NB}\\?\\n❯ dans 2 jours \\(2026-11-28\\)\\n {2}dans une semaine \\(2026-12-03\\)`),
      "",
    );
    expect(await status()).toBe(0);

    const screen = term.screen();
    expect(screen).not.toContain("Rôle");
    expect(screen).not.toContain("Dans ton organisation ou en dehors");
    expect(screen).toContain(`✔ Qui as-tu rencontré${NB}? Margaret Hamilton`);
    // The summary, wrapped at the terminal's width: read as one line.
    const summary = screen.slice(screen.indexOf("Margaret Hamilton rejoint")).replace(/\n\s+/g, " ");
    expect(summary).toMatch(
      new RegExp(
        `^Margaret Hamilton rejoint ton réseau \\(Engineer chez NASA, aerospace, externe\\)${NB}: rencontre [^·]+ \\(COBOL conf\\) · learn · active · relance le 2026-11-28\\.`,
      ),
    );
    expect(screen).toMatch(/^margaret-hamilton$/m);
    expect(box.json<{ contact: Record<string, unknown> }>(["show", "margaret-hamilton"]).contact).toMatchObject({
      company: "NASA",
      sector: "aerospace",
      circle: "external",
      intent: "learn",
      tier: "active",
      metWhere: "COBOL conf",
      notes: "Logiciel de guidage d'Apollo",
    });
  });

  it("asks before deleting for good, and reads « oui »", async () => {
    const { term, status } = start(["rm", "grace-hopper", "--purge"], "purge");
    await term.waitFor(`? Supprimer Grace Hopper et son échange pour de bon${NB}? Impossible de revenir en arrière. (o/N)`);
    term.type("oui").keys("Enter");
    expect(await status()).toBe(0);
    const screen = term.screen().replace(/\n\s+/g, " ");
    expect(screen).toContain(`en arrière. Oui`);
    expect(screen).toContain(
      `Grace Hopper ne fait plus partie de ton réseau${NB}; 1 échange qui ne concernait que cette personne a été effacé.`,
    );
  });
});
