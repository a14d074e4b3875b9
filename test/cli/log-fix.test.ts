import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";
import { keptStateDrift } from "../helpers/search.js";

let box: Sandbox;
afterEach(() => box?.cleanup());

interface Due {
  key: string;
  rule: string;
  dueOn: string;
  subject: { slug: string } | null;
}
const keepInTouch = (b: Sandbox) =>
  b
    .json<Due[]>(["nudge", "--all"])
    .filter((r) => r.rule === "keep-in-touch")
    .map((r) => `${r.subject?.slug} ${r.dueOn}`);
const people = (b: Sandbox) =>
  b
    .json<{ slug: string; lastInteractionOn: string | null; nextDueOn: string }[]>(["list"])
    .map((p) => `${p.slug} ${p.lastInteractionOn} ${p.nextDueOn}`);

const drift = (b: Sandbox) => keptStateDrift(b.db);

/** Ada met on June 1st (network: every 90 days), Grace today. */
function network(): Sandbox {
  const b = sandbox();
  b.ok(["add", "Ada Lovelace", "--no-input", "-q"], { env: { NET_TODAY: "2026-06-01" } });
  b.ok(["add", "Grace Hopper", "--no-input", "-q"], { env: { NET_TODAY: "2026-11-20" } });
  return b;
}

describe("net show numbers the timeline", () => {
  it("newest first, 1 being the newest", () => {
    box = network();
    box.ok(["log", "ada", "--kind", "call", "--date", "2026-11-20", "--note", "the launch", "--no-input", "-q"]);
    const shown = box.ok(["show", "ada", "--no-color"]);
    expect(shown).toContain("  1. 2026-11-20  → call — the launch\n  2. 2026-06-01  ↔ meeting — first met");
  });
});

describe("net log rm", () => {
  it("removing the only interaction since puts the cadence back where it was; the export is as before the log", () => {
    box = network();
    const before = { due: keepInTouch(box), people: people(box), export: box.ok(["export", "--format", "json"]) };
    expect(before.due).toEqual(["ada-lovelace 2026-08-30"]);
    box.ok(["log", "ada", "--kind", "call", "--date", "2026-11-20", "--note", "the launch", "--no-input", "-q"]);
    expect(keepInTouch(box)).toEqual([]);
    expect(people(box)).toContain("ada-lovelace 2026-11-20 2027-02-18");

    const asked = box.run(["log", "rm", "ada:1"]);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/^error: removing 2026-11-20 → call with Ada Lovelace — the launch needs confirmation\nhint: pass --yes/);
    expect(keepInTouch(box)).toEqual([]);

    const removed = box.run(["log", "rm", "ada:1", "--yes"]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stderr).toBe("Removed: 2026-11-20 → call with Ada Lovelace — the launch\n  Ada Lovelace: next due 2026-08-30\n");
    expect(keepInTouch(box)).toEqual(before.due);
    expect(people(box)).toEqual(before.people);
    expect(box.ok(["export", "--format", "json"])).toBe(before.export);
    expect(box.json<{ hits: unknown[] }>(["search", "launch"])).toEqual([]);
    expect(drift(box)).toEqual([]);
  });

  it("removing every interaction: no last contact, the cadence counts from the day they met", () => {
    box = network();
    const id = box.json<{ id: string }>(["log", "ada", "--kind", "share", "--date", "2026-11-01", "--no-input"]).id;
    box.ok(["log", "rm", id, "--yes", "-q"]);
    box.ok(["log", "rm", "ada:1", "--yes", "-q"]);
    expect(box.ok(["show", "ada", "--no-color"])).toContain("No interactions yet.");
    expect(people(box)).toContain("ada-lovelace null 2026-08-30");
    expect(keepInTouch(box)).toEqual(["ada-lovelace 2026-08-30"]);
    expect(drift(box)).toEqual([]);
  });

  it("an unknown reference: exit 1, nothing removed", () => {
    box = network();
    for (const ref of ["ada:5", "0000000000", "ada:0"]) {
      const run = box.run(["log", "rm", ref, "--yes"]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^error: .*\nhint: /);
    }
    expect(box.ok(["show", "ada", "--no-color"])).toContain("1. 2026-06-01");
  });
});

describe("net log edit", () => {
  it("changes date, kind, direction, note, people and follow-up; reminders, balances and search follow", () => {
    box = network();
    const id = box.json<{ id: string }>(["log", "ada", "--kind", "call", "--date", "2026-11-20", "--note", "the launch", "--no-input"]).id;
    expect(keepInTouch(box)).toEqual([]);
    const thanks = () =>
      box
        .json<Due[]>(["nudge", "--all"])
        .filter((r) => r.rule === "thank")
        .map((r) => r.subject?.slug);
    expect(thanks()).toEqual([]);
    // Help received and not thanked: the thank rule sees the edited kind and direction.
    box.ok(["log", "edit", "ada:1", "--kind", "help", "--received", "-q"]);
    expect(thanks()).toEqual(["ada-lovelace"]);
    box.ok(["log", "edit", "ada:1", "--kind", "call", "--gave", "-q"]);
    expect(thanks()).toEqual([]);

    // Back to July: Ada is due again (90 days after July 1st).
    const moved = box.run(["log", "edit", "ada:1", "--date", "2026-07-01", "--kind", "help", "--received", "--note", "an intro"]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toBe(`${id}\n`);
    expect(moved.stderr).toBe(
      "Changed: 2026-11-20 → call with Ada Lovelace — the launch\n     now: 2026-07-01 ← help with Ada Lovelace — an intro\n  Ada Lovelace: next due 2026-09-29\n",
    );
    expect(keepInTouch(box)).toEqual(["ada-lovelace 2026-09-29"]);
    expect(box.json<unknown[]>(["search", "launch"])).toEqual([]);
    expect(box.json<unknown[]>(["search", "intro"]).length).toBe(1);

    // Grace joins, Ada leaves: Grace's last contact is that day, Ada's back to when they met.
    box.ok(["log", "edit", id, "--with", "grace", "--without", "ada", "--follow-up", "2026-12-01", "-q"]);
    expect(people(box)).toEqual(["ada-lovelace 2026-06-01 2026-08-30", "grace-hopper 2026-11-20 2027-02-18"]);
    expect(box.ok(["show", "grace", "--no-color"])).toContain("2026-07-01  ← help — an intro (follow up 2026-12-01)");
    box.ok(["log", "edit", id.slice(0, 8), "--follow-up", "none", "--note", "", "--gave", "-q"]);
    expect(box.ok(["show", "grace", "--no-color"])).toMatch(/2\. 2026-07-01 {2}→ help\n/);
    expect(drift(box)).toEqual([]);
  });

  it("refuses what would make no sense, changing nothing", () => {
    box = network();
    box.ok(["log", "ada", "--kind", "call", "--date", "2026-11-20", "--no-input", "-q"]);
    const exported = box.ok(["export", "--format", "json"]);
    for (const [args, message] of [
      [["log", "edit", "ada:1"], /nothing to change/],
      [["log", "edit", "ada:1", "--without", "ada"], /needs someone/],
      [["log", "edit", "ada:1", "--follow-up", "2026-11-01"], /before the interaction/],
      [["log", "edit", "ada:1", "--kind", "event"], /can't become an event/],
    ] as const) {
      const run = box.run([...args]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(box.ok(["export", "--format", "json"])).toBe(exported);
  });
});
