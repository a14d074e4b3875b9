// Issue 18: `net undo` takes back the last command that changed data, across processes (a journal
// in the database), and undo of undo redoes. The real binary throughout, NET_TODAY pinned.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, type Sandbox, sandbox } from "../helpers/cli.js";
import { keptStateDrift } from "../helpers/search.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));

let box: Sandbox;
afterEach(() => box?.cleanup());

const exported = (b: Sandbox) => b.ok(["export", "--format", "json"]);

const drift = (b: Sandbox) => keptStateDrift(b.db);

/** Two people with some history, and nudge's numbered list saved (what `done 1` means). */
function seeded(): Sandbox {
  const b = sandbox();
  b.ok(["add", "Ada Lovelace", "--company", "Acme", "--where", "fintech meetup", "--tag", "ml", "--no-input", "-q"]);
  b.ok(["add", "Grace Hopper", "--tier", "close", "--date", "2026-09-01", "--no-input", "-q"]);
  b.ok(["log", "ada", "--kind", "call", "--date", "2026-11-10", "--note", "the launch", "--follow-up", "2026-11-20", "-q"]);
  b.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-10-01", "--note", "reviewed my talk", "-q"]);
  b.ok(["log", "--event", "Paris ML night", "--date", "2026-11-05", "-q"]);
  b.ok(["nudge"]);
  return b;
}

const VCARD = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Ada Lovelace",
  "EMAIL:ada@example.org",
  "TITLE:Analyst",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Alan Turing",
  "ORG:Bletchley",
  "NOTE:codebreaker",
  "END:VCARD",
  "",
].join("\r\n");

const KINDS: [string, (b: Sandbox) => string[]][] = [
  ["add", () => ["add", "Alan Turing", "--company", "Bletchley", "--tag", "crypto", "--where", "a talk", "--no-input"]],
  ["log", () => ["log", "ada", "grace", "--kind", "share", "--note", "sent the fraud paper", "--follow-up", "2w"]],
  ["log --event", () => ["log", "--event", "Rust meetup", "ada"]],
  ["log edit", () => ["log", "edit", "ada:1", "--kind", "share", "--date", "2026-11-12", "--with", "grace", "--note", "changed"]],
  ["log rm", () => ["log", "rm", "ada:1", "--yes"]],
  ["edit", () => ["edit", "ada", "--tier", "close", "--note", "likes tea", "--untag", "ml", "--name", "Ada King"]],
  ["rm", () => ["rm", "grace"]],
  ["rm --purge", () => ["rm", "grace", "--purge", "--yes"]],
  ["done", () => ["done", "1"]],
  ["snooze", () => ["snooze", "1", "2w"]],
  [
    "import (adds and merges)",
    (b) => {
      const file = join(b.dir, "people.vcf");
      writeFileSync(file, VCARD);
      return ["import", file];
    },
  ],
  ["import LinkedIn (what imports remember)", () => ["import", join(FIXTURES, "linkedin-connections.csv")]],
  [
    "import LinkedIn again (merges)",
    (b) => {
      b.ok(["import", join(FIXTURES, "linkedin-connections.csv"), "-q"]);
      return ["import", join(FIXTURES, "linkedin-newer.csv")];
    },
  ],
  ["map --record", () => ["map", "--record"]],
  ["rules set", () => ["rules", "set", "keep-in-touch.tier.close", "3w"]],
  ["rules disable", () => ["rules", "disable", "give-first"]],
  ["goals set", () => ["goals", "set", "new-people-per-month", "3"]],
  ["card --set", () => ["card", "--set", "I build payment systems and care about fraud."]],
];

describe("net undo takes back each kind of change", () => {
  it.each(KINDS)("%s: undo gives back the export byte for byte; undo again redoes it", (_kind, command) => {
    box = seeded();
    const args = command(box); // (after any set-up of its own)
    const before = exported(box);
    box.ok(args);
    const after = exported(box);
    expect(after).not.toBe(before);

    const undo = box.run(["undo", "--yes"]);
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stderr).toMatch(/^Undo #\d+ /);
    expect(exported(box)).toBe(before);
    expect(drift(box)).toEqual([]);

    const redo = box.run(["undo", "--yes"]);
    expect(redo.code, redo.stderr).toBe(0);
    expect(redo.stderr).toMatch(/^Redo/);
    expect(exported(box)).toBe(after);
    expect(drift(box)).toEqual([]);
  });

  it("the search index follows: an undone add is found no more, a redone one is", () => {
    box = seeded();
    box.ok(["add", "Alan Turing", "--note", "codebreaker", "--no-input", "-q"]);
    expect(box.json<unknown[]>(["search", "codebreaker"])).toHaveLength(1);
    box.ok(["undo", "--yes"]);
    expect(box.json<unknown[]>(["search", "codebreaker"])).toHaveLength(0);
    box.ok(["undo", "--yes"]);
    expect(box.json<unknown[]>(["search", "codebreaker"])).toHaveLength(1);
  });

  it("an undone import removes exactly what it added and puts back what it merged", () => {
    box = seeded();
    const file = join(box.dir, "people.vcf");
    writeFileSync(file, VCARD);
    box.ok(["import", file]);
    const ada = box.json<{ contact: { emails: string[]; role: string | null } }>(["show", "ada"]).contact;
    expect(ada.emails).toEqual(["ada@example.org"]);
    expect(ada.role).toBe("Analyst");
    expect(box.run(["show", "alan"]).code).toBe(0);
    box.ok(["undo", "--yes"]);
    const back = box.json<{ contact: { emails: string[]; role: string | null } }>(["show", "ada"]).contact;
    expect(back.emails).toEqual([]);
    expect(back.role).toBeNull();
    expect(box.run(["show", "alan-turing"]).code).toBe(1);
  });

  it("nudge's saved list is no change: undo still takes back the done before it", () => {
    box = seeded();
    const before = exported(box);
    box.ok(["done", "1"]);
    box.ok(["nudge"]);
    box.ok(["nudge", "--all"]);
    const undo = box.run(["undo", "--yes"]);
    expect(undo.stderr).toContain("net done 1");
    expect(exported(box)).toBe(before);
  });
});

describe("asking, refusing, listing", () => {
  it("without a terminal and without --yes it changes nothing and says how (exit 2)", () => {
    box = seeded();
    const before = exported(box);
    box.ok(["add", "Alan Turing", "--no-input", "-q"]);
    const after = exported(box);
    const undo = box.run(["undo"]);
    expect(undo.code).toBe(2);
    expect(undo.stderr).toContain("Undo #");
    expect(undo.stderr).toContain("removes person: Alan Turing");
    expect(undo.stderr).toContain("--yes");
    expect(exported(box)).toBe(after);
    expect(exported(box)).not.toBe(before);
  });

  it("refuses when what it would undo changed since, naming it, and changes nothing", () => {
    box = seeded();
    box.ok(["edit", "ada", "--company", "Initech", "-q"]);
    // Another tool (or an older net) changes Ada without journaling it.
    const db = new Database(box.db);
    db.prepare("UPDATE contacts SET role = 'CTO' WHERE slug = 'ada-lovelace'").run();
    db.close();
    const before = exported(box);
    const undo = box.run(["undo", "--yes"]);
    expect(undo.code).toBe(1);
    expect(undo.stderr).toContain("can't undo");
    expect(undo.stderr).toContain("Ada Lovelace changed (role)");
    expect(exported(box)).toBe(before);
  });

  it("a restore can't be undone: undo says so rather than take back the copy's own last change", () => {
    box = seeded();
    box.ok(["backup", join(box.dir, "copy.db")]);
    box.ok(["add", "Alan Turing", "--no-input", "-q"]);
    box.ok(["restore", join(box.dir, "copy.db"), "--yes"]);
    const before = exported(box);
    const undo = box.run(["undo", "--yes"]);
    expect(undo.code).toBe(1);
    expect(undo.stderr).toContain("can't be undone");
    expect(undo.stderr).toContain("net restore");
    expect(exported(box)).toBe(before);
    expect(box.ok(["undo", "--list"]).replace(/\s+/g, " ")).toMatch(/net restore \S+ \[can't be undone\]/);
  });

  it("says so when there is nothing to undo", () => {
    box = sandbox();
    box.ok(["add", "Ada", "--no-input", "-q"]);
    box.ok(["undo", "--yes"]);
    const db = new Database(box.db);
    db.prepare("DELETE FROM journal").run();
    db.close();
    const undo = box.run(["undo", "--yes"]);
    expect(undo.code).toBe(1);
    expect(undo.stderr).toContain("nothing to undo");
  });

  it("--list shows the last 20 changes, newest first, with their time and command line; nudge adds none", () => {
    box = sandbox();
    for (let n = 1; n <= 22; n++) box.ok(["add", `Person ${n}`, "--no-input", "-q"]);
    box.ok(["nudge"]);
    box.ok(["undo", "--yes"]);
    const lines = box.ok(["undo", "--list"]).trimEnd().split("\n");
    expect(lines).toHaveLength(20);
    expect(lines[0]).toMatch(/^#23 2026-11-26 \d\d:\d\d:\d\d {2}net undo --yes \(undid #22\)$/);
    expect(lines[1]).toMatch(/^#22 2026-11-26 \d\d:\d\d:\d\d {2}net add 'Person 22' --no-input -q$/);
    expect(lines[19]).toContain("'Person 4'");
    const json = box.json<{ id: number; command: string; undoes: number | null }[]>(["undo", "--list"]);
    expect(json[0]).toMatchObject({ id: 23, undoes: 22 });
  });
});

describe("undo across processes", () => {
  it("undo while other processes log: it takes back one whole change or refuses; nothing else is lost", async () => {
    box = seeded();
    box.ok(["add", "Alan Turing", "--no-input", "-q"]);
    const run = (args: string[]) =>
      new Promise<{ code: number; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          env: { PATH: process.env.PATH, HOME: box.dir, NET_DB: box.db, NET_TODAY: box.today },
        });
        let stderr = "";
        child.stderr.on("data", (d) => {
          stderr += d;
        });
        child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
      });
    const writers = Array.from({ length: 6 }, (_, n) => run(["log", "ada", "--kind", "share", "--note", `w${n}`, "-q"]));
    const undos = [run(["undo", "--yes"]), run(["undo", "--yes"])];
    const results = await Promise.all([...writers, ...undos]);
    for (const w of results.slice(0, 6)) expect(w.code, w.stderr).toBe(0);
    const undone = results.slice(6).filter((u) => u.code === 0).length;
    for (const u of results.slice(6)) if (u.code !== 0) expect(u.stderr).toMatch(/another change was made meanwhile/);

    const db = new Database(box.db, { readonly: true });
    const entries = db.prepare("SELECT id, command, undoes FROM journal ORDER BY id").all() as {
      id: number;
      command: string;
      undoes: number | null;
    }[];
    const shares = db.prepare("SELECT count(*) FROM interactions WHERE note LIKE 'w%'").pluck().get() as number;
    const alan = db.prepare("SELECT count(*) FROM contacts WHERE name = 'Alan Turing'").pluck().get() as number;
    db.close();
    expect(entries.filter((e) => e.undoes !== null)).toHaveLength(undone);
    // Each undo took back the entry just before its own: what it showed was the last change.
    for (const e of entries) if (e.undoes !== null) expect(e.undoes).toBe(e.id - 1);
    // What was undone is exactly gone (an undone undo is a redo); the rest stayed.
    const undoneBy = new Map(entries.filter((e) => e.undoes !== null).map((e) => [e.undoes, e.id]));
    const alive = (id: number): boolean => {
      const by = undoneBy.get(id);
      return by === undefined || !alive(by);
    };
    const live = entries.filter((e) => e.undoes === null && alive(e.id)).map((e) => e.command);
    expect(shares).toBe(live.filter((c) => c.startsWith("net log ada --kind share --note w")).length);
    expect(alan).toBe(live.filter((c) => c.startsWith("net add 'Alan")).length);
    expect(drift(box)).toEqual([]);
  }, 30_000);
});
