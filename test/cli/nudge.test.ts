import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunResult, type Sandbox, sandbox } from "../helpers/cli.js";

interface ReminderJson {
  key: string;
  rule: string;
  subject: { id: string; name: string; slug: string } | null;
  dueOn: string;
  urgency: number;
  message: string;
  suggestion: string;
  why: string;
}

describe("net nudge on a small network", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Ada Lovelace", "--tier", "active", "--date", "2026-09-01", "--sector", "research", "-q"]);
    box.ok(["add", "Grace Hopper", "--date", "2026-09-01", "-q"]);
    box.ok(["add", "Alan Turing", "--date", "yesterday", "--where", "Paris AI meetup", "-q"]);
    box.ok(["log", "ada", "--kind", "share", "--date", "2026-10-16", "--note", "the article on type systems", "-q"]);
    box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-11-10", "--note", "Intro to her investor", "-q"]);
    box.ok(["log", "grace", "--kind", "meeting", "--date", "2026-11-12", "--follow-up", "2026-11-24", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("lists due gestures, most urgent first, each with a reason", () => {
    const reminders = box.json<ReminderJson[]>(["nudge", "--all"]);
    // (The network began today, the first day net was used: no rule counts "nothing lately" from
    // the back-dated meetings, and give-first waits three weeks after the help received.)
    expect(reminders.map((r) => r.rule)).toEqual(["thank", "first-follow-up", "keep-in-touch", "follow-up-promise", "narrative-card"]);
    expect(reminders[2]?.message).toBe(
      'Reconnect with Ada Lovelace — last time you shared something ("the article on type systems"), 41 days ago',
    );
    expect(reminders.map((r) => r.urgency)).toEqual([...reminders.map((r) => r.urgency)].sort((a, b) => b - a));
    expect(reminders[0]).toMatchObject({
      rule: "thank",
      subject: { name: "Grace Hopper", slug: "grace-hopper" },
      dueOn: "2026-11-10",
      message: 'Thank Grace Hopper — they helped you 16 days ago ("Intro to her investor")',
    });
    for (const r of reminders)
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(["key", "rule", "subject", "dueOn", "urgency", "message", "suggestion", "why"]),
      );
  });

  it("prints the habit line first, then numbered reminders with suggestion and why", () => {
    const out = box.ok(["nudge"]);
    const lines = out.split("\n");
    // Piped, laid out for 80 columns: the habit line (82 wide) breaks between its parts.
    expect(lines[0]).toBe("no streak yet · gestures this week 1/3 · new people in November 1/1");
    expect(lines[1]).toBe("no event yet");
    expect(lines[3]).toBe('1. Thank Grace Hopper — they helped you 16 days ago ("Intro to her investor")');
    expect(lines[4]).toBe("   → tell Grace what their help made possible, in a line or two");
    expect(lines[5]).toBe("   Thank: recognising help keeps the door open and makes giving a two-way habit.");
    expect(out.includes("\u001b[")).toBe(false);
  });

  it("shows the same order every time", () => {
    expect(box.ok(["nudge", "--all", "--json"])).toBe(box.ok(["nudge", "--all", "--json"]));
  });

  it("--rule shows one rule only; an unknown rule is a usage error", () => {
    expect(box.json<ReminderJson[]>(["nudge", "--rule", "thank"]).map((r) => r.rule)).toEqual(["thank"]);
    const bad = box.run(["nudge", "--rule", "thanks"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/there is no rule 'thanks'/);
  });
});

describe("done, snooze and logging clear reminders", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok(["card", "--set", "I help small teams keep in touch.", "-q"]);
    box.ok(["add", "Ada Lovelace", "--date", "yesterday", "-q"]);
    box.ok(["add", "Bob Kahn", "--date", "yesterday", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("marks #n of today's list done by its key, even after the list changes", () => {
    box.ok(["nudge"]);
    const before = box.json<ReminderJson[]>(["nudge", "--rule", "first-follow-up"]);
    box.ok(["nudge"]);
    const shown = box.json<ReminderJson[]>(["nudge"]);
    box.ok(["nudge"]);
    const target = shown[1] as ReminderJson;
    const done = box.run(["done", "2"]);
    expect(done.code).toBe(0);
    expect(done.stdout.trim()).toBe(target.key);
    expect(box.json<ReminderJson[]>(["nudge", "--all"]).map((r) => r.key)).not.toContain(target.key);
    expect(before.length).toBeGreaterThan(0);
  });

  it("refuses a number that is not in today's list, changing nothing", () => {
    const before = box.ok(["nudge", "--all", "--json"]);
    const result = box.run(["done", "99"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: there is no #99 in today's list/);
    expect(result.stderr).toMatch(/hint: run net nudge/);
    expect(box.ok(["nudge", "--all", "--json"])).toBe(before);
  });

  it("snoozes until a later day, then shows it again", () => {
    box.ok(["nudge"]);
    const first = box.json<ReminderJson[]>(["nudge"])[0] as ReminderJson;
    box.ok(["nudge"]);
    expect(box.run(["snooze", "1", "1d"]).code).toBe(0);
    expect(box.json<ReminderJson[]>(["nudge", "--all"]).map((r) => r.key)).not.toContain(first.key);
    box.today = "2026-11-27";
    expect(box.json<ReminderJson[]>(["nudge", "--all"]).map((r) => r.key)).toContain(first.key);
    box.today = "2026-11-26";
  });

  it("does not bring back a reminder already done by snoozing it", () => {
    box.ok(["add", "Dana Scully", "--date", "yesterday", "-q"]);
    box.ok(["nudge"]);
    const [first] = box.json<ReminderJson[]>(["nudge"]);
    box.ok(["nudge"]);
    expect(box.run(["done", "1"]).code).toBe(0);
    const snoozed = box.run(["snooze", "1", "1w"]);
    expect(snoozed.code).toBe(1);
    expect(snoozed.stderr).toBe("error: #1 is already done: there is nothing to snooze\nhint: see what is due now with: net nudge\n");
    for (const day of ["2026-11-26", "2026-12-04"]) {
      box.today = day;
      expect(box.json<ReminderJson[]>(["nudge", "--all"]).map((r) => r.key)).not.toContain(first?.key);
    }
    box.today = "2026-11-26";
  });

  it.each([
    [["snooze", "1", "soon"], 2, /can't read 'soon'/],
    [["snooze", "1", "0d"], 2, /can't read '0d'/],
    [["done", "two"], 2, /'two' is not a reminder number/],
  ])("%j is refused with exit %i", (args, code, message) => {
    const result = box.run(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("logging the gesture clears the reminder with no done", () => {
    box.ok(["add", "Carl Sagan", "--date", "yesterday", "-q"]);
    const keys = () => box.json<ReminderJson[]>(["nudge", "--all", "--rule", "first-follow-up"]).map((r) => r.subject?.slug);
    expect(keys()).toContain("carl-sagan");
    box.ok(["log", "carl", "--kind", "message", "-q"]);
    expect(keys()).not.toContain("carl-sagan");
  });
});

/**
 * Another process holding the database's write lock (as a long import does): resolves once it
 * holds it. better-sqlite3 resolves from the project's node_modules (the child runs there).
 */
function holdWriteLock(db: string): Promise<ChildProcess> {
  const script = `const db = new (require("better-sqlite3"))(process.argv[1]);
db.exec("BEGIN IMMEDIATE");
process.stdout.write("locked\\n");
setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script, db], {
    cwd: fileURLToPath(new URL("../../", import.meta.url)),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`the lock holder exited (${code})`)));
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      if (text.includes("locked")) resolve(child);
    });
  });
}

describe("done and snooze count only in a list that was shown numbered and kept today", () => {
  const HINT = "hint: run net nudge, then use a number it shows (or a reminder's key, from net nudge --json)\n";
  const NOT_KEPT = "error: no numbered list was kept today: net nudge has not run today, or could not keep its numbers\n";
  let box: Sandbox;
  beforeEach(() => {
    box = sandbox("2026-11-26");
    box.ok(["card", "--set", "I help small teams keep in touch.", "-q"]);
    box.ok(["add", "Ada Lovelace", "--date", "yesterday", "-q"]);
    box.ok(["add", "Bob Kahn", "--date", "yesterday", "-q"]);
  });
  afterEach(() => box.cleanup());

  it("refuses a number before any nudge, changing nothing", () => {
    const before = box.ok(["export", "--format", "json"]);
    for (const args of [
      ["done", "1"],
      ["snooze", "1", "1w"],
    ]) {
      const result = box.run(args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(NOT_KEPT + HINT);
    }
    expect(box.ok(["export", "--format", "json"])).toBe(before);
  });

  it("refuses a number from an earlier day's list rather than work out a list no one saw", () => {
    box.today = "2026-11-25";
    box.ok(["nudge"]);
    box.today = "2026-11-26";
    const before = box.ok(["export", "--format", "json"]);
    for (const args of [
      ["done", "1"],
      ["snooze", "2", "1w"],
    ]) {
      const result = box.run(args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`error: the last numbered list is from 2026-11-25, not today: its numbers no longer count\n${HINT}`);
    }
    expect(box.ok(["export", "--format", "json"])).toBe(before);
    // A key needs no list.
    const [first] = box.json<ReminderJson[]>(["nudge", "--all"]);
    box.today = "2026-11-25";
    box.ok(["nudge"]);
    box.today = "2026-11-26";
    expect(box.ok(["done", first?.key as string]).trim()).toBe(first?.key);
  });

  /** Runs each command line while another process holds the write lock (each waits out the busy timeout). */
  async function whileLocked(...commands: string[][]): Promise<RunResult[]> {
    const lock = await holdWriteLock(box.db);
    try {
      return commands.map((args) => box.run(args));
    } finally {
      lock.kill("SIGKILL");
    }
  }
  // (How the busy database is named belongs to the store's messages: any "busy" one will do.)
  const BUSY = String.raw`— the database is busy[^—\n]* —`;
  const UNNUMBERED =
    `Numbers could not be kept ${BUSY} so none are shown: ` +
    "use net done <key> or net snooze <key> 1w, with the keys from net nudge --json";

  it("while another process holds the write lock: no numbers shown, stderr says why, and done 1 refuses", async () => {
    const [nudge, json] = (await whileLocked(["nudge"], ["nudge", "--json"])) as [RunResult, RunResult];
    expect(nudge.code).toBe(0);
    // The reminders, each with a bullet where its number would be.
    expect(nudge.stdout.split("\n").filter((line) => line.startsWith("• ")).length).toBeGreaterThan(1);
    expect(nudge.stdout).not.toMatch(/^\s*\d+\. /m);
    expect(nudge.stderr).toMatch(new RegExp(`^${UNNUMBERED}\n$`));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).length).toBeGreaterThan(1);
    expect(json.stderr).toMatch(
      new RegExp(
        String.raw`^This list could not be kept ${BUSY} so net done <n> does not count in it; use net done <key> with its keys\n$`,
      ),
    );
    const done = box.run(["done", "1"]);
    expect(done.code).toBe(1);
    expect(done.stderr).toBe(NOT_KEPT + HINT);
    // Once the lock is free, nudge numbers its list again and done counts in it.
    expect(box.ok(["nudge"])).toMatch(/^1\. /m);
    const [first] = box.json<ReminderJson[]>(["nudge"]);
    expect(box.ok(["done", "1"]).trim()).toBe(first?.key);
  }, 30_000);

  it("a list numbered earlier today keeps its numbers when a changed one can't be kept, and nudge says so", async () => {
    box.ok(["nudge"]);
    const [earlier] = box.json<ReminderJson[]>(["nudge"]);
    // A new person changes the list; its numbers can't be kept.
    box.ok(["add", "Carl Sagan", "--date", "today", "-q"]);
    const [nudge] = (await whileLocked(["nudge"])) as [RunResult];
    expect(nudge.code).toBe(0);
    expect(nudge.stdout).not.toMatch(/^\s*\d+\. /m);
    expect(nudge.stderr).toMatch(new RegExp(`^${UNNUMBERED}; net done <n> counts in the list numbered earlier today\n$`));
    expect(box.ok(["done", "1"]).trim()).toBe(earlier?.key);
  }, 30_000);
});

describe("rules, goals and card", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    // A read of a missing database says so: these start from an empty one (resetting a rule writes nothing).
    box.ok(["rules", "reset", "keep-in-touch", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("lists the fourteen rules with parameters and defaults", () => {
    const rules = box.json<{ id: string; enabled: boolean; params: { name: string; value: number; default: number }[] }[]>(["rules"]);
    expect(rules).toHaveLength(14);
    expect(rules.find((r) => r.id === "keep-in-touch")?.params.find((p) => p.name === "tier.close")).toMatchObject({
      value: 14,
      default: 14,
    });
    expect(box.ok(["rules"])).toMatch(/on {2}keep-in-touch — /);
  });

  it("tunes, disables and enables a rule", () => {
    box.ok(["rules", "set", "keep-in-touch.tier.close", "21d"]);
    box.ok(["rules", "disable", "not-isolated"]);
    const rules = box.json<{ id: string; enabled: boolean; params: { name: string; value: number }[] }[]>(["rules"]);
    expect(rules.find((r) => r.id === "keep-in-touch")?.params.find((p) => p.name === "tier.close")?.value).toBe(21);
    expect(rules.find((r) => r.id === "not-isolated")?.enabled).toBe(false);
    box.ok(["rules", "enable", "not-isolated"]);
    box.ok(["rules", "reset", "keep-in-touch"]);
    const after = box.json<{ id: string; enabled: boolean; params: { name: string; value: number }[] }[]>(["rules"]);
    expect(after.find((r) => r.id === "not-isolated")?.enabled).toBe(true);
    expect(after.find((r) => r.id === "keep-in-touch")?.params.find((p) => p.name === "tier.close")?.value).toBe(14);
  });

  it("a cadence set on a tier changes when people are next due in list", () => {
    box.ok(["add", "Ada Lovelace", "--tier", "close", "--date", "2026-11-20", "-q"]);
    expect(box.json<{ nextDueOn: string }[]>(["list"])[0]?.nextDueOn).toBe("2026-12-04");
    box.ok(["rules", "set", "keep-in-touch.tier.close", "3w"]);
    expect(box.json<{ nextDueOn: string }[]>(["list"])[0]?.nextDueOn).toBe("2026-12-11");
  });

  it.each([
    [["rules", "set", "nope.days", "3"], /there is no rule 'nope'/],
    [["rules", "set", "thank.weeks", "3"], /thank has no parameter 'weeks'/],
    [["rules", "set", "thank.days", "soon"], /'soon' is not a number of days/],
    [["rules", "disable", "nope"], /there is no rule 'nope'/],
    [["goals", "set", "friends", "3"], /there is no goal 'friends'/],
    [["goals", "set", "gestures-per-week", "-1"], /is not a whole number/],
  ])("%j is a usage error with a hint", (args, message) => {
    const result = box.run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\nhint: /);
  });

  it("sets goals and intentions", () => {
    box.ok(["goals", "set", "gestures-per-week", "5"]);
    box.ok(["goals", "set", "intentions", "learn,cooperate"]);
    expect(box.json(["goals"])).toEqual({
      newPeoplePerMonth: 1,
      eventsPerMonth: 1,
      gesturesPerWeek: 5,
      intentions: ["learn", "cooperate"],
    });
    expect(box.ok(["nudge"]).split("\n")[0]).toMatch(/gestures this week 0\/5/);
  });

  it("shows the card with word count and spoken time, and warns over two minutes", () => {
    const none = box.run(["card"]);
    expect(none.stderr).toMatch(/No narrative card yet/);
    box.ok(["card", "--set", "I help small teams ship reliable software. Ask me about testing."]);
    expect(box.json(["card"])).toMatchObject({ words: 11, seconds: 4, overTwoMinutes: false, updatedOn: "2026-11-26" });
    expect(box.ok(["card"])).toMatch(/11 words · about 4 s spoken/);
    const long = box.run(["card", "--set", "-"], { input: "word ".repeat(400) });
    expect(long.code).toBe(0);
    expect(long.stderr).toMatch(/Over 2 minutes spoken \(2 min 40 s\)/);
    expect(box.json<{ rule: string; message: string }[]>(["nudge", "--rule", "narrative-card"])[0]?.message).toMatch(
      /takes about 160 seconds/,
    );
  });

  it("card --edit without a terminal says what to do instead", () => {
    const result = box.run(["card", "--edit"], { env: { EDITOR: undefined, VISUAL: undefined } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--edit needs a terminal/);
  });
});
