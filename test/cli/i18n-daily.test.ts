/**
 * The daily commands in French, through the real binary (issue 15): nudge, done, snooze, nudge -i,
 * log, draft, and an error with its hint. The rules' own sentences (the reminders' messages) belong to
 * src/rules and may still read in English: these tests assert the lines the daily commands write.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";
import { exitStatus, HAVE_TMUX, quote, Terminal, tmuxServer } from "../helpers/tmux.js";

const FR = { env: { LANG: "fr_FR.UTF-8" } };
const NB = "\u00a0";

/** A small network: Ada met at a meetup last week, Grace (close) who helped 16 days ago, a card. */
function seeded(): Sandbox {
  const box = sandbox();
  box.ok(["add", "Ada Lovelace", "--company", "Analytical Engines", "--where", "Paris AI meetup", "--date", "2026-11-20", "--no-input"]);
  box.ok(["add", "Grace Hopper", "--date", "2026-06-01", "--tier", "close", "--no-input"]);
  box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-11-10", "--note", "Intro to her investor"]);
  box.ok(["card", "--set", "I build small tools that help people keep in touch."]);
  return box;
}

describe("the daily commands in French", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = seeded();
  });
  afterAll(() => box.cleanup());

  it("nudge: the habit line, a numbered list, the footer (in a pipe, 80 columns)", () => {
    const { stdout, stderr, code } = box.run(["nudge"], FR);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "pas encore de série · gestes cette semaine 0/3",
      "nouvelles personnes en novembre 1/1 · pas encore d'événement",
      "",
    ]);
    // Numbered as nudge numbers them; each reminder's lines are its rule's (not asserted here).
    expect(lines.filter((l) => /^\d\. /.test(l)).map((l) => l.slice(0, 3))).toEqual(["1. ", "2. "]);
    expect(lines.filter((l) => /^ {3}→ /.test(l))).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(stderr.trim()).toBe("net done <n> · net snooze <n> 1w · net log <qui> après un geste");
  });

  it("nudge: the empty states", () => {
    expect(box.run(["nudge", "--rule", "quarterly-map"], FR).stdout.trim().split("\n").at(-1)).toBe(
      "Rien de dû aujourd'hui pour quarterly-map.",
    );
    const quiet = sandbox();
    try {
      quiet.ok(["card", "--set", "I build small tools."]);
      quiet.ok(["add", "Ada Lovelace", "--date", "2026-11-25", "--no-input"]);
      quiet.ok(["log", "ada", "--kind", "share"]);
      quiet.ok(["log", "--event", "Meetup IA Lyon"]);
      const { stdout, stderr } = quiet.run(["nudge"], FR);
      expect(stdout).toBe(
        [
          "pas encore de série · gestes cette semaine 2/3",
          "nouvelles personnes en novembre 1/1 · événement aujourd'hui",
          "",
          "Rien de prévu aujourd'hui. Profites-en — ou donne sans rien attendre.",
          "",
        ].join("\n"),
      );
      expect(stderr).toBe("");
      // --brief says nothing at all on a quiet morning, in any language.
      expect(quiet.run(["nudge", "--brief"], FR).stdout).toBe("");
      expect(quiet.run(["nudge", "--week", "--rule", "quarterly-map"], FR).stdout).toBe(
        `D'ici mer. 2 déc., rien n'arrive à échéance${NB}: une bonne semaine pour donner sans\nrien attendre en retour.\n`,
      );
    } finally {
      quiet.cleanup();
    }
  });

  it("nudge --brief and --week: their own lines in French", () => {
    const brief = box.run(["nudge", "--brief"], FR).stdout.trim().split("\n");
    expect(brief.at(-1)).toBe("net nudge pour les gestes suggérés");
    const week = box.run(["nudge", "--week"], FR).stdout.split("\n");
    expect(week[0]).toBe("Aujourd'hui, jeu. 26 nov.");
    expect(week).toContain("mar. 1er déc.");
  });

  it("nudge --help: the descriptions in French", () => {
    const help = box.run(["nudge", "--help"], FR).stdout;
    expect(help).toContain("Les petits gestes à faire aujourd'hui, les plus urgents d'abord");
    expect(help).toContain(`Exemples${NB}:`);
    expect(help).toContain("la semaine à venir, jour par jour");
  });

  it("done and snooze confirm in French; an unknown number is an error with its hint", () => {
    const own = seeded();
    try {
      own.ok(["nudge"], FR);
      const missing = own.run(["done", "9"], FR);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`il n'y a pas de n°${NB}9 dans la liste du jour (1–2)`);
      expect(missing.stderr).toContain("lance net nudge pour voir les numéros du jour");
      const done = own.run(["done", "1"], FR);
      expect(done.code).toBe(0);
      expect(done.stderr.trim()).toBe(`1 rappel marqué comme fait. Bravo${NB}!`);
      const snoozed = own.run(["snooze", "2", "1w"], FR);
      expect(snoozed.stderr.trim()).toBe("Reporté jusqu'au 2026-12-03.");
      const bad = own.run(["snooze", "2", "someday"], FR);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`impossible de lire «${NB}someday${NB}» comme une durée ou une date`);
      expect(bad.stderr).toContain("essaie 1d, 1w, 2w, 1m ou une date comme 2026-12-01");
    } finally {
      own.cleanup();
    }
  });

  it("log: the confirmation names the gesture in French", () => {
    const own = seeded();
    try {
      const logged = own.run(["log", "ada", "grace", "--kind", "call", "--follow-up", "2w"], FR);
      expect(logged.code).toBe(0);
      expect(logged.stderr.trim()).toBe(`Noté${NB}: tu as appelé Ada Lovelace et Grace Hopper, le 2026-11-26. Relance le 2026-12-10.`);
      const event = own.run(["log", "--event", "Meetup IA Lyon"], FR);
      expect(event.stderr.trim()).toBe(`Noté${NB}: événement Meetup IA Lyon, le 2026-11-26.`);
      const intro = own.run(["log", "grace", "ada", "--kind", "intro", "--received"], FR);
      expect(intro.stderr).toContain(`C'est noté${NB}: tu as rencontré Ada Lovelace par l'intermédiaire de Grace Hopper.`);
    } finally {
      own.cleanup();
    }
  });

  it("draft: a French message that says vous to the contact, the subject as Objet", () => {
    const { stdout, stderr } = box.run(["draft", "ada", "--kind", "first"], FR);
    expect(stdout).toBe(
      [
        `Objet${NB}: Merci pour notre échange`,
        "",
        "Bonjour Ada,",
        "",
        `Merci pour notre échange il y a quelques jours (Paris AI meetup). En quelques mots, me concernant${NB}: I build small tools that help people keep in touch. J'aimerais beaucoup rester en contact.`,
        "",
      ].join("\n"),
    );
    expect(stderr.trim()).toBe(`Une fois envoyé${NB}: net log ada-lovelace --kind message`);
    const thanks = box.run(["draft", "grace", "--kind", "thanks"], FR).stdout;
    expect(thanks).toMatch(/^Objet\u00a0: /);
    expect(thanks).toContain("Bonjour Grace,");
    expect(thanks).toMatch(/votre aide|vous remercier de votre aide/);
    // The templates file reads in French, and a French subject line is read back.
    const templates = box.run(["draft", "templates"], FR).stdout;
    expect(templates).toContain("# Modèles de net draft.");
    expect(templates).toContain("## thanks\nObjet\u00a0: Merci\n");
  });

  it("English stays the default: the same commands without a French locale", () => {
    expect(box.run(["nudge"]).stderr.trim()).toBe("net done <n> · net snooze <n> 1w · net log <who> after a gesture");
    expect(box.run(["draft", "ada", "--kind", "first"]).stdout).toMatch(/^Subject: /);
  });
});

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SOCKET = `net-i18n-daily-${process.pid}`;
const { tmux, kill: killServer } = tmuxServer(SOCKET);

describe.skipIf(!HAVE_TMUX)("nudge -i in French (tmux)", { timeout: 60_000 }, () => {
  let box: Sandbox;
  beforeAll(() => {
    box = seeded();
  });
  afterAll(() => {
    killServer();
    box.cleanup();
  });

  it("asks its questions and offers its choices in French", async () => {
    const target = "fr1";
    const statusFile = join(box.dir, `${target}.status`);
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: box.dir,
      LANG: "fr_FR.UTF-8",
      TERM: "xterm-256color",
      NET_DB: box.db,
      NET_TODAY: box.today,
    };
    const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
    const net = ["env", "-i", ...vars, quote(process.execPath), "bin/net", "nudge", "-i", "--no-color"].join(" ");
    tmux("new-session", "-d", "-s", target, "-x", "100", "-y", "40", `cd ${quote(ROOT)} && ${net}; echo $? > ${quote(statusFile)}`);
    const pane = new Terminal(tmux, target);
    // The first reminder is about Grace: draft, log, done, snooze, skip.
    // Logging is offered first (the cursor is on it).
    const first = await pane.waitFor("❯ noter le geste avec Grace Hopper maintenant");
    expect(first).toMatch(/\? 1\/2 /);
    for (const choice of ["préparer un message pour Grace Hopper", "  fait", "  reporter", "  passer"]) expect(first).toContain(choice);
    // Snooze: how long?
    pane.keys("Down", "Down");
    await pane.waitFor("❯ reporter");
    pane.keys("Enter");
    await pane.waitFor(`? Reporter de combien${NB}?`);
    await pane.waitFor("❯ 1 semaine (2026-12-03)");
    expect(pane.screen()).toContain("1 jour (2026-11-27)");
    pane.keys("Enter");
    // Second: log it, what did you do, a note.
    await pane.waitFor(/\? 2\/2 [\s\S]*❯ noter le geste avec Grace Hopper maintenant/);
    pane.keys("Enter");
    await pane.waitFor(`? Qu'as-tu fait${NB}?`);
    pane.keys("Enter");
    await pane.waitFor(`? Une note${NB}?`);
    pane.type("un article").keys("Enter");
    expect(await exitStatus(statusFile, () => pane.screen())).toBe(0);
    expect(pane.screen()).toContain(`Notés${NB}: 1, faits${NB}: 0, reportés${NB}: 1, passés${NB}: 0.`);
  });
});
