import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";
import { promptLibraryFiles, writeModuleRecorder } from "../helpers/modules.js";
import { exitStatus, HAVE_TMUX, quote, Terminal, tmuxServer } from "../helpers/tmux.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
if (!HAVE_TMUX) console.warn("terminal tests skipped: tmux is not installed (.ci/run installs it)");

const SOCKET = `net-test-${process.pid}`;
const { tmux, kill: killServer } = tmuxServer(SOCKET);
const STACK = /\n\s+at .+[:(]\d+/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let sessions = 0;

/** One command running in its own terminal, 120x40 (or `columns` wide). */
class Pane extends Terminal {
  private constructor(
    target: string,
    private readonly statusFile: string,
  ) {
    super(tmux, target);
  }

  /**
   * Starts `net <args>` in a new session. The command gets a clean environment: the sandbox's database,
   * today pinned, a terminal type; `shell` wraps it (e.g. `CMD 2>err.txt`).
   */
  static run(
    box: Sandbox,
    args: string[],
    options: { shell?: (cmd: string) => string; nodeArgs?: string[]; env?: Record<string, string>; columns?: number } = {},
  ) {
    const target = `t${++sessions}`;
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: box.dir,
      LANG: "C.UTF-8",
      TERM: "xterm-256color",
      NET_DB: box.db,
      NET_TODAY: box.today,
      ...options.env,
    };
    const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
    const net = ["env", "-i", ...vars, quote(process.execPath), ...(options.nodeArgs ?? []).map(quote), "bin/net", ...args.map(quote)].join(
      " ",
    );
    // The shell writes the exit status to a file: tmux's own pane_dead_status is not reliable for
    // a server started from a test process (it may never reap the pane's process).
    const statusFile = join(box.dir, `${target}.status`);
    const command = `cd ${quote(ROOT)} && ${options.shell ? options.shell(net) : net}; echo $? > ${quote(statusFile)}.tmp && mv ${quote(statusFile)}.tmp ${quote(statusFile)}`;
    tmux("new-session", "-d", "-s", target, "-x", String(options.columns ?? 120), "-y", "40", command);
    return new Pane(target, statusFile);
  }

  /** Waits for the question, then types the answer and Enter. */
  async answer(question: string | RegExp, text: string): Promise<void> {
    await this.waitFor(question);
    if (text) this.type(text);
    this.keys("Enter");
  }

  /** Waits for the command to end; returns its exit status. */
  exitCode(timeoutMs = 15_000): Promise<number> {
    return exitStatus(this.statusFile, () => this.screen(), timeoutMs);
  }
}

/** Every row of every table, as text: "the database is exactly as it was" made checkable. */
function dump(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return tables.flatMap(({ name }) =>
      (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((row) => `${name} ${JSON.stringify(row)}`).sort(),
    );
  } finally {
    db.close();
  }
}

interface Shown {
  contact: Record<string, unknown>;
  interactions: { kind: string; direction: string; note: string | null; followUpOn: string | null; people: { slug: string }[] }[];
}

const TITLE = HAVE_TMUX ? "in a real terminal (tmux)" : "in a real terminal: skipped, tmux is not installed (.ci/run installs it)";

// Generous limits: the machine may be busy; a passing run takes a second or two per test.
describe.skipIf(!HAVE_TMUX)(TITLE, { timeout: 60_000 }, () => {
  let box: Sandbox;

  afterAll(() => {
    killServer();
  });

  /** A network of three: two Adas (ambiguous) and Grace, met at recent places; copied for each test. */
  let template: Sandbox;
  beforeAll(() => {
    template = sandbox();
    template.ok([
      "add",
      "Ada Lovelace",
      "--company",
      "Analytical Engines",
      "--sector",
      "research",
      "--where",
      "Paris AI meetup",
      "--date",
      "2026-11-20",
    ]);
    template.ok(["add", "Ada Byron", "--sector", "research", "--date", "2026-10-01"]);
    template.ok(["add", "Grace Hopper", "--company", "Navy", "--sector", "defence", "--where", "COBOL conf", "--date", "2026-11-24"]);
  });
  beforeEach(() => {
    box?.cleanup();
    box = sandbox();
    for (const suffix of ["", "-wal"]) if (existsSync(template.db + suffix)) copyFileSync(template.db + suffix, box.db + suffix);
  });
  afterAll(() => {
    box?.cleanup();
    template?.cleanup();
  });

  const people = () => box.json<{ slug: string }[]>(["list"]).map((p) => p.slug);
  const shown = (slug: string) => box.json<Shown>(["show", slug]);

  it("add: the wizard asks what flags did not give, suggests places and sectors, ends with a one-line summary", async () => {
    const pane = Pane.run(box, ["add", "--role", "Engineer", "--external"]);
    await pane.answer("? Who did you meet?", "Margaret Hamilton");
    // Recent places, newest first: pick the second one.
    await pane.waitFor(/\? Where did you meet\? \(type, or pick one\)\n❯ COBOL conf\n {2}Paris AI meetup/);
    pane.keys("Down");
    await pane.answer("❯ Paris AI meetup", "");
    await pane.answer("? Company or organisation?", "NASA");
    // A sector typed that matches none of the suggestions is kept as typed.
    await pane.waitFor("? Sector? (type, or pick one)");
    pane.type("aerospace");
    await pane.answer("❯ aerospace (new)", "");
    await pane.answer("? Why does this person matter to you?", "");
    await pane.waitFor("? How often do you want to be in touch?");
    pane.type("ac");
    await pane.answer("❯ active (monthly)", "");
    await pane.answer("? A note to remember them by?", "Apollo guidance software");
    await pane.answer(/\? Schedule a follow-up\?\n❯ in 2 days \(2026-11-28\)/, "");
    expect(await pane.exitCode()).toBe(0);
    const screen = pane.screen();
    expect(screen).not.toContain("Role?");
    expect(screen).not.toContain("Inside or outside");
    // The summary is wrapped at the terminal's width, at a space, its second line indented.
    expect(screen).toContain(
      "Added Margaret Hamilton (Engineer at NASA, aerospace, external): met today at Paris AI meetup · learn · active ·\n  follow-up 2026-11-28.",
    );
    expect(screen).toMatch(/^margaret-hamilton$/m);

    const { contact, interactions } = shown("margaret-hamilton");
    expect(contact).toMatchObject({
      name: "Margaret Hamilton",
      company: "NASA",
      role: "Engineer",
      sector: "aerospace",
      circle: "external",
      intent: "learn",
      tier: "active",
      metWhere: "Paris AI meetup",
      metOn: "2026-11-26",
      notes: "Apollo guidance software",
    });
    expect(interactions).toMatchObject([{ kind: "meeting", direction: "mutual", followUpOn: "2026-11-28" }]);
  });

  it("add: a sector or place typed and Enter in one burst (a paste, a fast typist) stores what the screen shows", async () => {
    // Issue 12: the suggestions were fetched after the keys, so Enter took the first suggestion of
    // the empty search ("research") while the screen showed what was typed.
    const pane = Pane.run(box, [
      "add",
      "--company",
      "Farm Co",
      "--role",
      "agronomist",
      "--external",
      "--intent",
      "learn",
      "--tier",
      "active",
    ]);
    await pane.answer("? Who did you meet?", "Norman Borlaug");
    await pane.waitFor(/\? Where did you meet\? \(type, or pick one\)\n❯ COBOL conf/);
    pane.keys("Iowa field day", "Enter");
    await pane.waitFor(/\? Sector\? \(type, or pick one\)\n❯ research/);
    pane.keys("agriculture", "Enter");
    await pane.answer("? A note to remember them by?", "");
    await pane.answer("? Schedule a follow-up?", "");
    expect(await pane.exitCode()).toBe(0);
    const screen = pane.screen();
    expect(screen).toContain("✔ Where did you meet? (type, or pick one) Iowa field day");
    expect(screen).toContain("✔ Sector? (type, or pick one) agriculture");
    expect(shown("norman-borlaug").contact).toMatchObject({ sector: "agriculture", metWhere: "Iowa field day" });

    // A suggestion's start typed in a burst picks that suggestion, as the screen shows.
    const picked = Pane.run(box, [
      "add",
      "--where",
      "lab",
      "--company",
      "KCL",
      "--role",
      "chemist",
      "--external",
      "--intent",
      "learn",
      "--tier",
      "active",
    ]);
    await picked.answer("? Who did you meet?", "Rosalind Franklin");
    await picked.waitFor("? Sector? (type, or pick one)");
    picked.keys("defe", "Enter");
    await picked.answer("? A note to remember them by?", "");
    await picked.answer("? Schedule a follow-up?", "");
    expect(await picked.exitCode()).toBe(0);
    expect(picked.screen()).toContain("✔ Sector? (type, or pick one) defence");
    expect(shown("rosalind-franklin").contact).toMatchObject({ sector: "defence" });
  });

  it("log: a name typed and Enter in one burst at the picker logs with the person the screen shows", async () => {
    const pane = Pane.run(box, ["log", "--kind", "call", "--gave", "--note", "catch-up"]);
    await pane.waitFor(/\? Who with\? \(type to search\)\n❯ Grace Hopper/);
    pane.keys("lovelace", "Enter");
    expect(await pane.exitCode()).toBe(0);
    expect(pane.screen()).toContain("Logged call with Ada Lovelace on 2026-11-26.");
    expect(shown("ada-lovelace").interactions[0]).toMatchObject({ kind: "call", note: "catch-up" });
    expect(shown("grace-hopper").interactions).toHaveLength(1);
  });

  it("messages on stderr wrap at words at 80 columns, a command never cut in two", async () => {
    const pane = Pane.run(box, ["add", "Bartholomew Fitzgerald-Montgomery", "--date", "yesterday", "--no-input"], { columns: 80 });
    expect(await pane.exitCode()).toBe(0);
    const lines = pane.screen().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(pane.screen()).toMatch(/\n {2}.*net log bartholomew-fitzgerald-montgomery --kind message/);
  });

  it("list at 80 columns: names and slugs whole, other columns give way; no line wraps", async () => {
    box.ok(["add", "Anna Muller-Schmidt", "--company", "Analytical Engines International", "--sector", "software engineering", "-q"]);
    box.ok(["add", "Bartholomew Fitzgerald", "--company", "Royal Navy Research", "--sector", "research", "-q"]);
    const pane = Pane.run(box, ["list"], { columns: 80 });
    expect(await pane.exitCode()).toBe(0);
    // capture-pane -J joins what the terminal wrapped: each line is one printed line.
    const lines = pane.screen().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    for (const text of ["Anna Muller-Schmidt", "anna-muller-schmidt", "Bartholomew Fitzgerald", "bartholomew-fitzgerald"])
      expect(pane.screen()).toContain(text);
    // Sector, then company, gave way to the names (22 columns each here); tier and dates stay.
    expect(lines[0]).toMatch(/^NAME {2,}SLUG {2,}TIER {2,}LAST CONTA… {2}NEXT DUE$/);
  });

  it("nudge -i wraps its question at the terminal's width, the suggestion indented", async () => {
    box.ok([
      "log",
      "ada-lovelace",
      "--kind",
      "help",
      "--received",
      "--date",
      "2026-11-25",
      "--note",
      "東京のAIミートアップで会った。来月の講演についてメールで連絡する約束をした。",
      "-q",
    ]);
    const pane = Pane.run(box, ["nudge", "-i"], { columns: 60 });
    const screen = await pane.waitFor(/\? 1\/\d+ [\s\S]*❯/);
    pane.keys("C-c");
    expect(await pane.exitCode()).toBe(130);
    const question = screen.slice(0, screen.indexOf("❯")).split("\n");
    for (const line of question) expect([...line].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x3000 ? 2 : 1), 0)).toBeLessThanOrEqual(60);
    expect(question.some((line) => line.startsWith("  → "))).toBe(true);
  });

  it("add: a name already in the network is refused at the first question", async () => {
    const pane = Pane.run(box, ["add", "--no-color"]);
    await pane.answer("? Who did you meet?", "grace hopper");
    await pane.waitFor("Grace Hopper is already in your network (grace-hopper)");
    pane.keys("C-c");
    expect(await pane.exitCode()).toBe(130);
  });

  it("add: Ctrl-C mid-wizard exits 130 with a short message and changes nothing", async () => {
    const before = dump(box.db);
    // Also the start-up test's positive control: the recorder sees the prompt library load here.
    const modules = join(box.dir, "modules.log");
    writeFileSync(modules, "");
    const recorder = writeModuleRecorder(box.dir);
    const pane = Pane.run(box, ["add"], { nodeArgs: ["--require", recorder], env: { NET_TEST_MODULE_LOG: modules } });
    await pane.answer("? Who did you meet?", "Hedy Lamarr");
    await pane.answer("❯ COBOL conf", "");
    await pane.waitFor("? Company or organisation?");
    pane.type("MGM").keys("C-c");
    expect(await pane.exitCode()).toBe(130);
    const screen = pane.screen();
    expect(screen).toContain("Interrupted: nothing was changed.");
    expect(screen).not.toMatch(STACK);
    expect(screen).not.toMatch(/Error|error:/);
    expect(dump(box.db)).toEqual(before);
    const library = promptLibraryFiles();
    const loaded = readFileSync(modules, "utf8").split("\n");
    expect(loaded.filter((path) => library.includes(path))).toHaveLength(1);
  });

  it("add: Ctrl-D, at a question with text typed or at a choice, also exits 130 and changes nothing", async () => {
    const before = dump(box.db);
    const typing = Pane.run(box, ["add"]);
    await typing.waitFor("? Who did you meet?");
    typing.type("Hedy").keys("C-d");
    expect(await typing.exitCode()).toBe(130);
    expect(typing.screen()).toContain("Interrupted: nothing was changed.");

    const choosing = Pane.run(box, ["add", "--where", "Vienna", "--company", "MGM", "--role", "actress", "--sector", "film"]);
    await choosing.answer("? Who did you meet?", "Hedy Lamarr");
    await choosing.waitFor("? Inside or outside your organisation?");
    choosing.keys("C-d");
    expect(await choosing.exitCode()).toBe(130);
    const screen = choosing.screen();
    expect(screen).toContain("Interrupted: nothing was changed.");
    expect(screen).not.toMatch(STACK);
    expect(dump(box.db)).toEqual(before);
  });

  it("log with no one named: a search over contacts, recent first, then kind, direction, note", async () => {
    const pane = Pane.run(box, ["log"]);
    await pane.waitFor(/\? Who with\? \(type to search\)\n❯ Grace Hopper \(Navy\)\n {2}Ada Lovelace \(Analytical Engines\)\n {2}Ada Byron/);
    pane.type("lovlace");
    await pane.answer(/lovlace\n❯ Ada Lovelace \(Analytical Engines\)\n\n/, "");
    await pane.waitFor("? What happened?");
    pane.type("sh");
    await pane.answer("❯ share", "");
    await pane.answer(/\? Who gave\?\n❯ I gave/, "");
    await pane.answer("? A note?", "the Babbage paper");
    expect(await pane.exitCode()).toBe(0);
    expect(pane.screen()).toContain("Logged share with Ada Lovelace on 2026-11-26.");
    expect(shown("ada-lovelace").interactions[0]).toMatchObject({ kind: "share", direction: "gave", note: "the Babbage paper" });
  });

  it("an ambiguous name opens the picker on the candidates only", async () => {
    const pane = Pane.run(box, ["log", "ada", "--kind", "thanks", "--note", "for the intro"]);
    const screen = await pane.waitFor(/'ada' could be several people: which one\?\n❯ Ada Lovelace \(Analytical Engines\)\n {2}Ada Byron\n/);
    expect(screen).not.toContain("Grace");
    pane.keys("Down");
    await pane.answer("❯ Ada Byron", "");
    expect(await pane.exitCode()).toBe(0);
    expect(pane.screen()).toContain("Logged thanks with Ada Byron on 2026-11-26.");
    expect(shown("ada-byron").interactions[0]).toMatchObject({ kind: "thanks", note: "for the intro" });
    expect(shown("ada-lovelace").interactions).toHaveLength(1);
  });

  it("rm --purge asks, counting what would go; the default (no) keeps the person, y deletes them", async () => {
    // A meeting shared with Ada stays: only the first meeting is Grace's alone.
    box.ok(["log", "grace", "ada-lovelace", "--kind", "meeting"]);
    const before = dump(box.db);
    const keep = Pane.run(box, ["rm", "grace", "--purge"]);
    await keep.answer("? Delete Grace Hopper and their interaction for good? This can't be undone. (y/N)", "");
    expect(await keep.exitCode()).toBe(0);
    expect(keep.screen()).toContain("Kept Grace Hopper; nothing was deleted.");
    expect(dump(box.db)).toEqual(before);

    const purge = Pane.run(box, ["rm", "grace", "--purge"]);
    await purge.answer("(y/N)", "y");
    expect(await purge.exitCode()).toBe(0);
    expect(purge.screen()).toContain("Deleted Grace Hopper and 1 interaction that was theirs alone.");
    expect(people()).not.toContain("grace-hopper");
    expect(shown("ada-lovelace").interactions[0]).toMatchObject({ kind: "meeting", people: [{ slug: "ada-lovelace" }] });
  });

  it("never prompts with --no-input or without a terminal on stdin: exit 2 naming what to pass", async () => {
    const cases: [string[], ((cmd: string) => string) | undefined, RegExp][] = [
      [["add", "--no-input"], undefined, /error: who did you meet\? a name is needed\nhint: pass it: net add "Ada Lovelace"/],
      [["add"], (cmd) => `${cmd} </dev/null`, /error: who did you meet\? a name is needed/],
      [["log", "--no-input"], undefined, /error: who was it with\?.*\nhint: net log ada --kind share/],
      [["rm", "grace", "--purge", "--no-input"], undefined, /hint: pass --yes: net rm grace-hopper --purge --yes/],
      [["log", "ada", "--no-input"], undefined, /error: 'ada' could be 2 people: Ada Byron \(ada-byron\), Ada Lovelace \(ada-lovelace\)/],
    ];
    const panes = cases.map(([args, shell]) => Pane.run(box, args, { shell }));
    for (const [i, pane] of panes.entries()) {
      const expectedCode = cases[i]?.[0][0] === "log" && cases[i]?.[0][1] === "ada" ? 1 : 2;
      expect(await pane.exitCode()).toBe(expectedCode);
      const screen = pane.screen();
      expect(screen).toMatch(cases[i]?.[2] as RegExp);
      expect(screen).not.toMatch(/^[?✔] /m);
    }
    expect(people()).toEqual(["ada-byron", "ada-lovelace", "grace-hopper"]);
  });

  it("draws prompts on stderr: with stdout captured (id=$(net log)), it still asks, and stdout carries only the result", async () => {
    const out = join(box.dir, "result.txt");
    const pane = Pane.run(box, ["log", "--kind", "call", "--gave", "--note", "catch-up"], { shell: (cmd) => `${cmd} >${quote(out)}` });
    await pane.waitFor("Who with?");
    pane.type("hopper");
    await pane.waitFor("hopper");
    pane.keys("Enter");
    expect(await pane.exitCode()).toBe(0);
    expect(pane.screen()).toContain("Logged call with Grace Hopper on 2026-11-26.");
    expect(readFileSync(out, "utf8").trim()).toMatch(new RegExp(`^${UUID.source}$`));
  });

  it("card --edit without $EDITOR: an editor prompt (the fallback editor), then word count and spoken time; Ctrl-C keeps the card", async () => {
    // No $VISUAL/$EDITOR: inquirer falls back to `vim`. A stand-in on PATH types for us, like a person
    // adding a line to the guide and saving.
    const bin = join(box.dir, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "vim"), `#!/bin/sh\nprintf 'I help small teams ship reliable software.\\n' >> "$1"\n`, { mode: 0o755 });
    const env = { PATH: `${bin}:${process.env.PATH}` };

    const before = dump(box.db);
    const interrupted = Pane.run(box, ["card", "--edit"], { env });
    await interrupted.waitFor("Press <enter> to launch your preferred editor.");
    interrupted.keys("C-c");
    expect(await interrupted.exitCode()).toBe(130);
    expect(dump(box.db)).toEqual(before);

    const pane = Pane.run(box, ["card", "--edit"], { env });
    await pane.answer("? Your narrative business card (2 minutes spoken at most) Press <enter> to launch your preferred editor.", "");
    expect(await pane.exitCode()).toBe(0);
    const screen = pane.screen();
    expect(screen).toContain("I help small teams ship reliable software.\n\n7 words · about 3 s spoken · updated 2026-11-26");
    expect(screen).not.toContain("# ");
    expect(box.json(["card"])).toMatchObject({ text: "I help small teams ship reliable software.", words: 7 });
  });

  it("nudge -i walks through the reminders: log the gesture now, snooze a week, skip the rest; Ctrl-C changes nothing", async () => {
    const due = () => box.json<{ key: string }[]>(["nudge", "--all"]).map((r) => r.key);
    box.ok(["log", "ada-byron", "--kind", "news", "--note", "new job", "-q"]);
    const before = due();
    expect(before.length).toBeGreaterThan(2);

    const untouched = dump(box.db);
    const interrupted = Pane.run(box, ["nudge", "-i"]);
    await interrupted.waitFor("? 1/");
    interrupted.keys("C-c");
    expect(await interrupted.exitCode()).toBe(130);
    expect(interrupted.screen()).toContain("Interrupted: nothing was changed.");
    expect(due()).toEqual(before);
    expect(dump(box.db)).toEqual(untouched);

    const pane = Pane.run(box, ["nudge", "-i"]);
    // The most urgent: Grace, met two days ago. Logging the gesture is the default.
    const first = await pane.waitFor(/\? 1\/(\d+) You met Grace Hopper[\s\S]*❯ log the gesture with Grace Hopper now/);
    const total = Number(/\? 1\/(\d+) /.exec(first)?.[1]);
    pane.keys("Enter");
    await pane.answer(/\? What did you do\?[\s\S]*❯ message/, "");
    await pane.answer("? A note?", "thanks for the chat");
    await pane.waitFor(`? 2/${total} `);
    pane.type("sn");
    await pane.answer("❯ snooze", "");
    await pane.waitFor("? Snooze for how long?");
    pane.type("1 w");
    await pane.answer("❯ 1 week (2026-12-03)", "");
    for (let n = 3; n <= total; n++) {
      await pane.waitFor(`? ${n}/${total} `);
      pane.type("sk");
      await pane.answer(new RegExp(`\\? ${n}/${total} [\\s\\S]*❯ skip`), "");
    }
    expect(await pane.exitCode()).toBe(0);
    expect(pane.screen()).toContain(`Logged 1, done 0, snoozed 1, skipped ${total - 2}.`);
    expect(shown("grace-hopper").interactions[0]).toMatchObject({ kind: "message", direction: "gave", note: "thanks for the chat" });
    const after = due();
    expect(after).not.toContain(before[0]);
    expect(after).not.toContain(before[1]);
    expect(after).toEqual(expect.arrayContaining(before.slice(2, total)));
  });

  it("log edit with no flag asks for each field, its value as the default; Enter keeps it", async () => {
    box.ok(["log", "grace-hopper", "--kind", "call", "--note", "about COBOL", "-q"]);
    const pane = Pane.run(box, ["log", "edit", "grace-hopper:1"]);
    await pane.answer(/\? What happened\?[\s\S]*❯ call/, "");
    await pane.answer(/\? Who gave\?[\s\S]*❯ I gave/, "");
    await pane.answer("? When? (2026-11-26)", "");
    // The note: clear the default, type a new one.
    await pane.waitFor("? A note? (empty for none) (about COBOL)");
    pane.keys("Tab").keys("C-u").type("about COBOL and compilers").keys("Enter");
    await pane.answer("? Follow up? (a date, 2w, or none) (none)", "");
    expect(await pane.exitCode()).toBe(0);
    expect(shown("grace-hopper").interactions[0]).toMatchObject({ kind: "call", direction: "gave", note: "about COBOL and compilers" });
  });

  it("nudge -i: draft it, copy it (a stand-in clipboard), then log it", async () => {
    // Stand-ins first on PATH record what they get: the real clipboard is never touched.
    const bin = join(box.dir, "standins");
    mkdirSync(bin);
    for (const name of ["xsel", "wl-copy"]) {
      writeFileSync(join(bin, name), `#!/bin/sh\n/bin/cat > '${join(box.dir, "clipboard.txt")}'\n`, { mode: 0o755 });
    }
    box.ok(["card", "--set", 'I build tools for "small" teams 🛠. Ten years of it.', "-q"]);
    box.ok(["edit", "grace-hopper", "--via", "ada-lovelace", "-q"]);
    const pane = Pane.run(box, ["nudge", "-i"], { env: { PATH: `${bin}:${process.env.PATH ?? ""}` } });
    const first = await pane.waitFor(/\? 1\/(\d+) You met Grace Hopper[\s\S]*❯ log the gesture with Grace Hopper now/);
    const total = Number(/\? 1\/(\d+) /.exec(first)?.[1]);
    expect(first).toContain("draft a message to Grace Hopper");
    // The context beside the reminder names who introduced you.
    expect(first).toContain("met through: Ada Lovelace");
    pane.keys("Up");
    await pane.answer("❯ draft a message to Grace Hopper", "");
    const drafted = await pane.waitFor(/\? Send it how\?[\s\S]*❯ copy it to the clipboard/);
    expect(drafted).toContain("Subject: Good to meet you");
    expect(drafted).toContain('It was good to meet you at COBOL conf. As a quick reminder of who I am: I build tools for "small" teams 🛠.');
    pane.keys("Enter");
    await pane.waitFor("Copied to the clipboard.");
    await pane.answer(/\? Once it's sent, log it\?[\s\S]*❯ log the gesture with Grace Hopper now/, "");
    await pane.answer(/\? What did you do\?[\s\S]*❯ message/, "");
    await pane.answer("? A note?", "sent the draft ✉");
    for (let n = 2; n <= total; n++) {
      await pane.waitFor(`? ${n}/${total} `);
      pane.type("sk");
      await pane.answer(new RegExp(`\\? ${n}/${total} [\\s\\S]*❯ skip`), "");
    }
    expect(await pane.exitCode()).toBe(0);
    expect(pane.screen()).toContain(`Logged 1, done 0, snoozed 0, skipped ${total - 1}.`);
    expect(readFileSync(join(box.dir, "clipboard.txt"), "utf8")).toMatch(/^Hi Grace,\n\nIt was good to meet you at COBOL conf\. /);
    expect(shown("grace-hopper").interactions[0]).toMatchObject({ kind: "message", direction: "gave", note: "sent the draft ✉" });
  });
});
