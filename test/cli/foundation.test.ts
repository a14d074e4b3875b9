import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newContact } from "../../src/domain/contacts.js";
import { openDatabase } from "../../src/store/database.js";
import { newId, Store } from "../../src/store/store.js";
import { BIN, type RunResult, type Sandbox, sandbox } from "../helpers/cli.js";

// Run `npm run build` first: these tests run the real bin/net. NET_TODAY is 2026-11-26, a Thursday.

// Anything a terminal would obey rather than show (newlines between lines are fine).
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: an escape sequence is what we look for
const ANSI = /\u001b\[/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STACK = /\n\s+at .+[:(]\d+/;

const LIST_KEYS = [
  "id",
  "slug",
  "name",
  "company",
  "role",
  "sector",
  "circle",
  "tier",
  "cadenceDays",
  "tags",
  "lastInteractionOn",
  "nextDueOn",
];
const INTERACTION_KEYS = ["id", "date", "kind", "direction", "note", "followUpOn", "people"];

interface ListedContact {
  id: string;
  slug: string;
  name: string;
  company: string | null;
  role: string | null;
  sector: string | null;
  circle: string | null;
  tier: string;
  cadenceDays: number;
  tags: string[];
  lastInteractionOn: string | null;
  nextDueOn: string | null;
}
interface ShownInteraction {
  id: string;
  date: string;
  kind: string;
  direction: string;
  note: string | null;
  followUpOn: string | null;
  eventName: string | null;
  people: { id: string; slug: string; name: string }[];
}
interface Shown {
  contact: ListedContact & {
    emails: string[];
    phones: string[];
    intent: string | null;
    metWhere: string | null;
    metOn: string | null;
    notes: string | null;
  };
  interactions: ShownInteraction[];
}

/** A failure as the user sees it: an exit code, nothing on stdout, a message and no stack on stderr. */
function expectFailure(result: RunResult, code: number): string {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^error: /);
  expect(result.stderr).not.toMatch(STACK);
  return result.stderr;
}

/** Runs net with stdin left open (a pipe that never ends), failing if it waits for input. */
function runWithOpenStdin(box: Sandbox, args: string[]): Promise<RunResult & { killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: box.dir, NET_DB: box.db, NET_TODAY: box.today, TERM: "xterm" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let killed = false;
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, 10_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ stdout, stderr, code: code ?? -1, killed });
    });
  });
}

describe("the daily flow of issue 2", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());

  const show = (who: string) => box.json<Shown>(["show", who]);

  it("adds a person with every flag, records the first meeting and prints the slug", () => {
    const result = box.run([
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
      "yesterday",
      "--intent",
      "learn",
      "--tier",
      "active",
      "--email",
      "ada@example.org",
      "--tag",
      "ai",
      "--tag",
      "speaker",
      "--note",
      "Talked about compilers",
      "--no-input",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("ada-lovelace\n");
    expect(result.stderr).toContain("Added Ada Lovelace, met yesterday at Paris AI meetup.");

    const { contact, interactions } = show("ada");
    expect(contact).toMatchObject({
      slug: "ada-lovelace",
      name: "Ada Lovelace",
      company: "Analytical Engines",
      role: "CTO",
      sector: "research",
      circle: "external",
      metWhere: "Paris AI meetup",
      metOn: "2026-11-25",
      intent: "learn",
      tier: "active",
      cadenceDays: 30,
      emails: ["ada@example.org"],
      tags: ["ai", "speaker"],
      notes: "Talked about compilers",
      lastInteractionOn: "2026-11-25",
      nextDueOn: "2026-12-25",
    });
    expect(contact.id).toMatch(UUID);
    expect(interactions).toEqual([
      expect.objectContaining({ date: "2026-11-25", kind: "meeting", direction: "mutual", note: "first met at Paris AI meetup" }),
    ]);
  });

  it("adds a second person with only a name, defaulting to today and the network tier", () => {
    expect(box.ok(["add", "Grace Hopper", "--no-input"])).toBe("grace-hopper\n");
    expect(show("grace").contact).toMatchObject({ metOn: "2026-11-26", tier: "network", cadenceDays: 90, nextDueOn: "2027-02-24" });
  });

  it("logs a share with a note, by first name, as given by default", () => {
    const id = box.ok(["log", "ada", "--kind", "share", "--note", "Sent the article on type systems"]).trim();
    expect(id).toMatch(UUID);
    expect(show("ada").interactions[0]).toMatchObject({
      id,
      date: "2026-11-26",
      kind: "share",
      direction: "gave",
      note: "Sent the article on type systems",
      followUpOn: null,
    });
  });

  it("logs a meeting with two people last friday with a follow-up in two weeks", () => {
    const result = box.run(["log", "ada", "grace", "--kind", "meeting", "--date", "last friday", "--follow-up", "2w"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Logged meeting with Ada Lovelace, Grace Hopper on 2026-11-20. Follow-up on 2026-12-04.");
    const id = result.stdout.trim();
    for (const who of ["ada", "grace"]) {
      const meeting = show(who).interactions.find((i) => i.id === id);
      expect(meeting).toMatchObject({ date: "2026-11-20", kind: "meeting", followUpOn: "2026-12-04" });
      expect(meeting?.people.map((p) => p.slug).sort()).toEqual(["ada-lovelace", "grace-hopper"]);
    }
  });

  it("logs an event attended with no one", () => {
    const logged = box.json<{ id: string; date: string; kind: string; direction: string; people: string[] }>([
      "log",
      "--event",
      "DevOps Days Paris",
      "--date",
      "2026-11-20",
    ]);
    expect(logged).toMatchObject({ date: "2026-11-20", kind: "event", direction: "mutual", people: [] });
    expect(logged.id).toMatch(UUID);
  });

  it("logs an event attended with people, shown in their timeline", () => {
    const id = box.ok(["log", "grace", "--event", "PyData Paris", "--date", "3 days ago"]).trim();
    expect(show("grace").interactions.find((i) => i.id === id)).toMatchObject({
      date: "2026-11-23",
      kind: "event",
      eventName: "PyData Paris",
      direction: "mutual",
      people: [expect.objectContaining({ slug: "grace-hopper" })],
    });
    expect(box.ok(["show", "grace"])).toContain("event PyData Paris");
  });

  it("logs help received", () => {
    const id = box.ok(["log", "ada", "--kind", "help", "--received", "--note", "Intro to her investor"]).trim();
    expect(show("ada").interactions.find((i) => i.id === id)).toMatchObject({
      kind: "help",
      direction: "received",
      note: "Intro to her investor",
    });
  });

  it("takes the words after the names as the note", () => {
    const id = box.ok(["log", "grace", "--", "sent", "the", "COBOL", "paper"]).trim();
    expect(show("grace").interactions.find((i) => i.id === id)?.note).toBe("sent the COBOL paper");
  });

  it("lists everyone in a table: name, company, sector, tier, last contact, next due", () => {
    const lines = box.ok(["list"]).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAME\s+SLUG\s+COMPANY\s+SECTOR\s+TIER\s+LAST CONTACT\s+NEXT DUE$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Ada Lovelace\s+ada-lovelace\s+Analytical Engines\s+research\s+active\s+2026-11-26\s+2026-12-26$/);
    expect(lines[2]).toMatch(/^Grace Hopper\s+grace-hopper\s+network\s+2026-11-26\s+2027-02-24$/);
  });

  it("lists the people with a tag as JSON, in the documented shape", () => {
    const listed = box.json<ListedContact[]>(["list", "--tag", "ai"]);
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0] as object)).toEqual(LIST_KEYS);
    expect(listed[0]).toMatchObject({
      slug: "ada-lovelace",
      name: "Ada Lovelace",
      company: "Analytical Engines",
      role: "CTO",
      sector: "research",
      circle: "external",
      tier: "active",
      cadenceDays: 30,
      tags: ["ai", "speaker"],
      lastInteractionOn: "2026-11-26",
      nextDueOn: "2026-12-26",
    });
    expect(box.json(["list", "--tag", "AI"])).toEqual(listed);
    expect(box.json(["list", "--tag", "nobody"])).toEqual([]);
  });

  it("shows a profile and the timeline, newest first", () => {
    const out = box.ok(["show", "ada"]);
    expect(out).toMatch(/^Ada Lovelace — CTO at Analytical Engines {2}ada-lovelace\n/);
    expect(out).toContain("2026-12-26 (in 30 days)");
    expect(out).toContain("Talked about compilers");
    const dates = [...out.matchAll(/^ {2}\d+\. (\d{4}-\d{2}-\d{2}) /gm)].map((m) => m[1]);
    expect(dates).toEqual(["2026-11-26", "2026-11-26", "2026-11-25", "2026-11-20"]);
    expect(out).toContain("← help — Intro to her investor");
    expect(out).toContain("with Grace Hopper");
    expect(out).toContain("(follow up 2026-12-04)");
  });

  it("shows a person as JSON: {contact, interactions, context}, interactions newest first, each with id, date, kind, direction, note, followUpOn, people", () => {
    const shown = show("ada-lovelace");
    expect(Object.keys(shown)).toEqual(["contact", "interactions", "context"]);
    expect(Object.keys(shown.contact)).toEqual(expect.arrayContaining(LIST_KEYS));
    expect(shown.interactions.map((i) => [i.date, i.kind])).toEqual([
      ["2026-11-26", "help"],
      ["2026-11-26", "share"],
      ["2026-11-25", "meeting"],
      ["2026-11-20", "meeting"],
    ]);
    for (const interaction of shown.interactions) {
      expect(Object.keys(interaction)).toEqual(expect.arrayContaining(INTERACTION_KEYS));
      expect(interaction.id).toMatch(UUID);
      for (const person of interaction.people) expect(Object.keys(person)).toEqual(["id", "slug", "name"]);
    }
  });

  it("edits a person's company and tier, which changes their cadence", () => {
    expect(box.ok(["edit", "ada", "--company", "Babbage & Co", "--tier", "close"])).toBe("ada-lovelace\n");
    expect(box.json<ListedContact[]>(["list", "--tag", "ai"])[0]).toMatchObject({
      company: "Babbage & Co",
      tier: "close",
      cadenceDays: 14,
      nextDueOn: "2026-12-10",
    });
  });

  it("shows every profile field with a space between its label and its value", () => {
    box.ok(["edit", "grace", "--milestone", "joined Acme:2024-03-01", "--birthday", "12-10", "--cadence", "3w"]);
    const out = box.ok(["show", "grace"]);
    expect(out).toMatch(/^ {2}milestones +joined Acme 2024-03-01$/m);
    expect(out).toMatch(/^ {2}birthday +12-10$/m);
    expect(out).toMatch(/^ {2}tier +network, every 3w \(own cadence\)$/m);
  });

  it("archives with rm: hidden from list, history kept", () => {
    expect(box.ok(["rm", "ada"])).toBe("ada-lovelace\n");
    expect(box.json<ListedContact[]>(["list"]).map((c) => c.slug)).toEqual(["grace-hopper"]);
    expect(box.json<ListedContact[]>(["list", "--all"]).map((c) => c.slug)).toEqual(["ada-lovelace", "grace-hopper"]);
    expect(show("ada-lovelace").interactions).toHaveLength(4);
    expect(box.ok(["show", "ada-lovelace"])).toContain("(archived)");
    // Logging with an archived person says so, and how to bring them back.
    expect(expectFailure(box.run(["log", "ada"]), 1)).toContain("net edit ada-lovelace --restore");
  });

  it("purges with rm --purge --yes: the person and their own interactions go, shared ones stay", () => {
    expect(box.ok(["rm", "ada", "--purge", "--yes"])).toBe("ada-lovelace\n");
    expect(expectFailure(box.run(["show", "ada-lovelace"]), 1)).toContain("no one called 'ada-lovelace'");
    expect(box.json<ListedContact[]>(["list", "--all"]).map((c) => c.slug)).toEqual(["grace-hopper"]);
    const shared = show("grace").interactions.find((i) => i.date === "2026-11-20" && i.kind === "meeting");
    expect(shared?.people.map((p) => p.slug)).toEqual(["grace-hopper"]);
  });
});

describe("errors of issue 2", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    for (const name of ["Ada Lovelace", "Ada Byron", "Grace Hopper", "Zoë Faure"]) box.ok(["add", name, "--no-input"]);
  });
  afterAll(() => box.cleanup());

  it.each(["Ada Lovelace", "ADA LOVELACE", "Adà Lóvelace"])("refuses to add %j again, with a hint", (name) => {
    const stderr = expectFailure(box.run(["add", name, "--no-input"]), 1);
    expect(stderr).toContain("error: Ada Lovelace is already in your network (ada-lovelace)");
    expect(stderr).toMatch(/\nhint: .*net log ada-lovelace.*--force/);
  });

  it("refuses an accent-less duplicate of an accented name", () => {
    expect(expectFailure(box.run(["add", "zoe faure"]), 1)).toContain("Zoë Faure is already in your network (zoe-faure)");
  });

  it("adds a namesake with --force, under a numbered slug", () => {
    expect(box.ok(["add", "Grace Hopper", "--force", "--no-input"])).toBe("grace-hopper-2\n");
    const stderr = expectFailure(box.run(["show", "grace hopper"]), 1);
    expect(stderr).toContain("could be 2 people");
    expect(stderr).toContain("(grace-hopper)");
    expect(stderr).toContain("(grace-hopper-2)");
    expect(box.ok(["rm", "grace-hopper-2", "--purge", "--yes"])).toBe("grace-hopper-2\n");
  });

  it("says no one is called that, with close names to try", () => {
    const stderr = expectFailure(box.run(["log", "gorce"]), 1);
    expect(stderr).toContain("error: no one called 'gorce'");
    expect(stderr).toContain("hint: did you mean Grace Hopper (grace-hopper)");
  });

  it("says no one is called that, and where to look, when nothing is close", () => {
    const stderr = expectFailure(box.run(["show", "xyzzy"]), 1);
    expect(stderr).toContain("error: no one called 'xyzzy'");
    expect(stderr).toContain("hint: see everyone with: net list");
  });

  it("lists the candidates with their slugs when a name is ambiguous", () => {
    const stderr = expectFailure(box.run(["log", "ada", "--kind", "share"]), 1);
    expect(stderr).toContain("'ada' could be 2 people");
    expect(stderr).toContain("Ada Lovelace (ada-lovelace)");
    expect(stderr).toContain("Ada Byron (ada-byron)");
  });

  it.each([
    [["bogus"], "unknown command 'bogus'"],
    [["list", "--bogus"], "unknown option '--bogus'"],
    [["add", "X", "--no-such-flag"], "unknown option '--no-such-flag'"],
    [["show"], "missing required argument"],
  ])("exits 2 on a usage error: net %j", (args, message) => {
    expect(expectFailure(box.run(args), 2)).toContain(message);
  });

  it.each([
    [
      ["log", "grace", "--kind", "lunch"],
      ["meeting", "call", "message", "share", "congrats", "checkin", "help", "intro", "thanks", "event", "news", "ask"],
    ],
    [
      ["add", "New Person", "--tier", "best-friend"],
      ["close", "active", "network", "dormant"],
    ],
    [
      ["add", "New Person", "--intent", "sell"],
      ["learn", "rebound", "influence", "cooperate"],
    ],
  ])("exits 2 listing the choices for net %j", (args, choices) => {
    const stderr = expectFailure(box.run(args), 2);
    for (const choice of choices) expect(stderr).toContain(choice);
  });

  it.each([
    ["log", "grace", "--date", "blurfday"],
    ["log", "grace", "--date", "2026-13-01"],
    ["add", "New Person", "--date", "the other day"],
  ])("exits 2 with the accepted forms on an unreadable date: net %s %s %s %s", (...args) => {
    const stderr = expectFailure(box.run(args), 2);
    expect(stderr).toMatch(/error: can't read '.+' as the (meeting )?date/);
    expect(stderr).toContain("hint: try one of: 2026-11-20, today, yesterday");
    expect(stderr).toContain("'last friday'");
    expect(stderr).toContain("'3 days ago'");
  });

  it("exits 2 on an unreadable follow-up, with durations and dates in the hint", () => {
    const stderr = expectFailure(box.run(["log", "grace", "--follow-up", "someday"]), 2);
    expect(stderr).toContain("10d, 2w, 3m, 1y");
  });

  it.each([
    ["add", "Future Friend", "--date", "tomorrow"],
    ["add", "Future Friend", "--date", "2026-12-01"],
    ["log", "grace", "--date", "in 2 days"],
  ])("refuses a meeting in the future: net %s %s %s %s", (...args) => {
    expect(expectFailure(box.run(args), 2)).toContain("is in the future");
  });

  it("prints a stack trace only with NET_DEBUG=1", () => {
    expect(box.run(["show", "xyzzy"]).stderr).not.toMatch(STACK);
    const debug = box.run(["show", "xyzzy"], { env: { NET_DEBUG: "1" } });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK);
  });

  it.each([
    [["add"], "who did you meet?"],
    [["add", "--company", "Acme"], "who did you meet?"],
    [["log"], "who was it with?"],
    [["log", "--kind", "share"], "who was it with?"],
    [["rm", "grace", "--purge"], "--yes"],
  ])("never waits for input when stdin is not a terminal: net %j exits 2", async (args, message) => {
    const result = await runWithOpenStdin(box, args);
    expect(result.killed).toBe(false);
    expect(expectFailure(result, 2)).toContain(message);
  });

  it("with --no-input, a missing name is a usage error too", () => {
    expect(expectFailure(box.run(["add", "--no-input"]), 2)).toContain("a name is needed");
  });

  it("leaves the database as it was after every failure above", () => {
    expect(box.json<ListedContact[]>(["list", "--all"]).map((c) => c.slug)).toEqual([
      "ada-byron",
      "ada-lovelace",
      "grace-hopper",
      "zoe-faure",
    ]);
    expect(box.json<Shown>(["show", "grace"]).interactions).toHaveLength(1);
  });

  it("prints help and the version on stdout with exit 0", () => {
    const help = box.run(["--help"]);
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toContain("Usage: net");
    expect(box.ok(["add", "--help"])).toContain("--no-input");
    expect(box.ok(["--version"]).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("dates without a year", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    box.ok(["add", "Grace Hopper", "--date", "2026-01-05", "--no-input"]);
  });
  afterAll(() => box.cleanup());

  it.each([
    ["march", "2026-03-01"],
    ["dec 24", "2025-12-24"],
    ["Nov 20", "2026-11-20"],
  ])("reads a past day %j as the last one before today: %s", (text, date) => {
    expect(box.json(["log", "grace", "--date", text])).toMatchObject({ date });
  });

  it("reads a follow-up 'june 3rd' as the next one after the interaction", () => {
    expect(box.json(["log", "grace", "--follow-up", "june 3rd"])).toMatchObject({ date: "2026-11-26", followUpOn: "2027-06-03" });
  });
});

describe("any text in names and notes", () => {
  let box: Sandbox;
  const name = 'Zoë "Z" O\'Brien 🎉\nsecond line \u001b[31mred\u001b[0m\u0007';
  const note = "sent 'the' \"paper\" 🚀\n\u001b]0;pwned\u0007\rover\u202eevil\ttab";
  const company = "Café \u001b[2J& Co";
  let slug: string;
  beforeAll(() => {
    box = sandbox();
    slug = box.ok(["add", name, "--company", company, "--note", note, "--tag", "🎤", "--no-input"]).trim();
    box.ok(["log", slug, "--kind", "share", "--note", note]);
  });
  afterAll(() => box.cleanup());

  it("gives a plain slug", () => {
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("stores them exactly (as --json shows)", () => {
    const shown = box.json<Shown>(["show", slug]);
    expect(shown.contact).toMatchObject({ name, company, notes: note, tags: ["🎤"] });
    expect(shown.interactions[0]).toMatchObject({ kind: "share", note });
    expect(box.json<ListedContact[]>(["list"])[0]).toMatchObject({ name, company });
  });

  it("neutralises control characters when show prints them", () => {
    const out = box.ok(["show", slug]);
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('Zoë "Z" O\'Brien 🎉 second line \\x1b[31mred\\x1b[0m\\x07');
    expect(out).toContain("\\x1b]0;pwned\\x07\\x0dover\\u{202e}evil");
    expect(out).toContain("Café \\x1b[2J& Co");
  });

  it("neutralises control characters when list prints them, one line per person", () => {
    const out = box.ok(["list"]);
    expect(out).not.toMatch(CONTROL);
    expect(out.trimEnd().split("\n")).toHaveLength(2);
  });

  it("neutralises them in messages and errors on stderr too", () => {
    const again = box.run(["add", name, "--no-input"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("\\x1b[31mred");
    expect(again.stderr).not.toMatch(CONTROL);
    const unknown = box.run(["show", "nobody \u001b[2J\u0007"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).not.toMatch(CONTROL);
    for (const args of [["\u001b[2Jx"], ["log", slug, "--kind", "\u001b]0;pwned\u0007"]]) {
      const usage = box.run(args);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain("\\x1b");
      expect(usage.stderr).not.toMatch(CONTROL);
    }
    const logged = box.run(["log", slug, "--kind", "congrats"]);
    expect(logged.code).toBe(0);
    expect(logged.stderr).not.toMatch(CONTROL);
  });
});

describe("colour", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    box.ok(["add", "Ada Lovelace", "--date", "2026-01-05", "--no-input"]);
  });
  afterAll(() => box.cleanup());

  it.each([
    ["a pipe", [], {}],
    ["NO_COLOR", [], { NO_COLOR: "1" }],
    ["NO_COLOR over FORCE_COLOR", [], { NO_COLOR: "1", FORCE_COLOR: "1" }],
    ["--no-color over FORCE_COLOR", ["--no-color"], { FORCE_COLOR: "1" }],
    ["TERM=dumb", [], { TERM: "dumb", FORCE_COLOR: "1" }],
  ])("prints no ANSI codes to %s", (_what, flags, env) => {
    for (const args of [["list"], ["show", "nobody"]]) {
      const result = box.run([...args, ...flags], { env });
      expect(result.stdout + result.stderr).not.toMatch(ANSI);
    }
  });

  it("prints no ANSI codes in show either", () => {
    expect(box.run(["show", "ada"], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout).not.toMatch(ANSI);
  });

  it("colours when forced (so the checks above can see colour)", () => {
    expect(box.run(["list"], { env: { FORCE_COLOR: "1" } }).stdout).toMatch(ANSI);
  });
});

describe("where the database lives", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());

  it("uses --db over NET_DB, and NET_DB without --db", () => {
    const flagDb = join(box.dir, "flag.db");
    const envDb = join(box.dir, "env.db");
    box.ok(["--db", flagDb, "add", "Flag Person", "--no-input"], { env: { NET_DB: envDb } });
    box.ok(["add", "Env Person", "--no-input"], { env: { NET_DB: envDb } });
    expect(box.json<ListedContact[]>(["--db", flagDb, "list"]).map((c) => c.name)).toEqual(["Flag Person"]);
    expect(box.json<ListedContact[]>(["list", "--db", flagDb]).map((c) => c.name)).toEqual(["Flag Person"]);
    expect(JSON.parse(box.ok(["list", "--json"], { env: { NET_DB: envDb } })).map((c: ListedContact) => c.name)).toEqual(["Env Person"]);
    expect(statSync(flagDb).mode & 0o777).toBe(0o600);
    expect(statSync(envDb).mode & 0o777).toBe(0o600);
  });

  it("defaults to $XDG_DATA_HOME/net/net.db, creating the folders, owner-only", () => {
    const xdg = join(box.dir, "xdg", "data");
    box.ok(["add", "Xdg Person", "--no-input"], { env: { NET_DB: undefined, XDG_DATA_HOME: xdg } });
    const file = join(xdg, "net", "net.db");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(xdg, "net")).mode & 0o777).toBe(0o700);
    expect(JSON.parse(box.ok(["list", "--json"], { env: { NET_DB: undefined, XDG_DATA_HOME: xdg } }))).toHaveLength(1);
  });

  it("defaults to ~/.local/share/net/net.db without XDG_DATA_HOME", () => {
    box.ok(["add", "Home Person", "--no-input"], { env: { NET_DB: undefined, XDG_DATA_HOME: undefined } });
    const file = join(box.dir, ".local", "share", "net", "net.db");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("says so plainly when --db is a folder or not a database", () => {
    expect(expectFailure(box.run(["--db", box.dir, "list"]), 1)).toContain("is a folder");
    const notes = join(box.dir, "notes.txt");
    writeFileSync(notes, "not a database\n".repeat(100), { mode: 0o600 });
    expect(expectFailure(box.run(["--db", notes, "list"]), 1)).toContain("is not a net database");
  });
});

describe("pipes", () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "net-pipe-"));
    db = join(dir, "net.db");
    const store = new Store(openDatabase(db), () => new Date().toISOString());
    store.transaction(() => {
      for (let n = 0; n < 1500; n++) {
        const name = `Person Number ${n}`;
        store.insertContact(
          newContact(
            { name, company: "A company with a long name" },
            { id: newId(), slug: `person-${n}`, now: "2026-01-01T00:00:00.000Z" },
          ),
        );
      }
    });
    store.db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([["list"], ["list --json"]])("does not crash when the reader closes early: net %s | head -1", (args) => {
    const result = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" ${args} | head -1; echo "net exited \${PIPESTATUS[0]}" >&2`], {
      env: { PATH: process.env.PATH, HOME: dir, NET_DB: db, NET_TODAY: "2026-11-26" },
      encoding: "utf8",
    });
    expect(result.stdout.split("\n")).toHaveLength(2);
    expect(result.stderr).toBe("net exited 0\n");
  });
});

describe("the launcher", () => {
  /** A copy of the build inside the project (better-sqlite3 still resolves from node_modules). */
  function buildCopy(): string {
    const parent = join(dirname(dirname(BIN)), "node_modules", ".cache");
    mkdirSync(parent, { recursive: true });
    const copy = mkdtempSync(join(parent, "net-launcher-"));
    cpSync(join(dirname(dirname(BIN)), "dist"), join(copy, "dist"), { recursive: true });
    cpSync(dirname(BIN), join(copy, "bin"), { recursive: true });
    return copy;
  }
  const run = (copy: string, args: string[]) =>
    spawnSync(process.execPath, [join(copy, "bin", "net"), ...args], {
      // No database yet (the default one, under HOME): a new user's first nudge, which the cache is made for.
      env: { PATH: process.env.PATH, HOME: copy, NET_TODAY: "2026-11-26" },
      encoding: "utf8",
      timeout: 30_000, // a damaged cache once made net loop forever
    });

  /** The cache file's parts: `net build <id> <size>`, then the compiled code twice. */
  function cacheParts(cache: Buffer) {
    const header = /^net build ([0-9a-f]+) (\d+)\n/.exec(cache.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("no cache header");
    const start = header[0].length;
    const size = Number(header[2]);
    return { build: header[1], start, size };
  }
  /** The cache with one bit of its code flipped, in the first copy or the second. */
  const flipped = (copy: 0 | 1) => (cache: Buffer) => {
    const { start, size } = cacheParts(cache);
    const spoilt = Buffer.from(cache);
    const at = start + copy * size + size - 5000;
    spoilt[at] = (spoilt[at] as number) ^ 1;
    return spoilt;
  };

  it("the build leaves compiled code for the bundle, named after the bundle's build, twice over", () => {
    const dist = join(dirname(dirname(BIN)), "dist");
    const build = /^\/\/ net build ([0-9a-f]{16})\n/.exec(readFileSync(join(dist, "net.cjs"), "utf8"))?.[1];
    expect(build).toBeDefined();
    const cache = readFileSync(join(dist, "net.cjs.cache"));
    const parts = cacheParts(cache);
    expect(parts.build).toBe(build);
    expect(parts.size).toBeGreaterThan(10_000);
    expect(cache.length).toBe(parts.start + 2 * parts.size);
    expect(cache.subarray(parts.start, parts.start + parts.size).equals(cache.subarray(parts.start + parts.size))).toBe(true);
  });

  it.each([
    [
      "another build's",
      "made for another build",
      (cache: Buffer) => Buffer.from(cache.toString("latin1").replace(/^net build [0-9a-f]+/, "net build 0123456789abcdef"), "latin1"),
    ],
    // V8 does not check the code it is handed: one flipped bit could make net loop forever.
    ["a bit flipped in the first copy of the", "damaged", flipped(0)],
    ["a bit flipped in the second copy of the", "damaged", flipped(1)],
    ["a cut short", "cut short", (cache: Buffer) => cache.subarray(0, cache.length - 100)],
    ["an empty", "made for another build", () => Buffer.alloc(0)],
  ])("with %s code cache, net compiles the bundle itself and works the same", (_name, why, spoil) => {
    const copy = buildCopy();
    try {
      const expected = run(copy, ["nudge", "--json"]);
      expect(expected.status).toBe(0);
      const cacheFile = join(copy, "dist", "net.cjs.cache");
      writeFileSync(cacheFile, spoil(readFileSync(cacheFile)));
      const result = run(copy, ["nudge", "--json"]);
      expect(result.stderr).toBe(expected.stderr);
      expect(result.stdout).toBe(expected.stdout);
      expect(result.status).toBe(0);
      // NET_DEBUG=1 says why the cache was left aside.
      const debug = spawnSync(process.execPath, [join(copy, "bin", "net"), "--version"], {
        env: { PATH: process.env.PATH, HOME: copy, NET_DEBUG: "1" },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(debug.stderr).toContain(`net: start-up cache not used: ${why}`);
      rmSync(cacheFile);
      expect(run(copy, ["nudge", "--json"]).stdout).toBe(expected.stdout);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("says how to build net when dist/ is missing, in one line and a hint, exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "net-unbuilt-"));
    try {
      cpSync(dirname(BIN), join(dir, "bin"), { recursive: true });
      const result = spawnSync(process.execPath, [join(dir, "bin", "net"), "list"], { encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        "error: net is not built (or is being rebuilt)\nhint: run npm run build in net's folder, then try again\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
