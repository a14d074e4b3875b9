// Issue 18, backups: a copy of the database before the first write of each day, `net backup`,
// `net restore`. Every case runs the real binary.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, openSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  expectCleanFailure,
  integrity,
  netWrites,
  query,
  ROOT,
  runDriver,
  runNet,
  runNetKilledAt,
  runNetSync,
  scratch,
} from "./support.js";

const scratchFolder = scratch("net-backups-");
const folder = () => scratchFolder.folder();

const on = (day: string) => ({ NET_TODAY: day });
function net(db: string, args: string[], day = "2026-11-26") {
  const run = runNetSync(args, { db, env: on(day) });
  expect(run.code, run.stderr).toBe(0);
  return run;
}
function newDb(at: string, day = "2026-11-26"): string {
  const db = join(at, "net.db");
  net(db, ["add", "Ada Lovelace", "--no-input", "-q"], day);
  return db;
}
/** The copies beside the database (daily ones and others), and anything else net left there. */
const beside = (at: string) =>
  readdirSync(at)
    .filter((f) => f !== "net.db" && f !== "net.db-wal" && f !== "net.db-shm")
    .sort();
const count = (file: string, table = "interactions") => query<{ n: number }>(file, `SELECT count(*) AS n FROM ${table}`)[0]?.n;
const mode = (path: string) => statSync(path).mode & 0o777;

describe("the daily copy", () => {
  it("is made before the first write of a day, 0600, whole, holding the database as it was; once a day", () => {
    const at = folder();
    const db = newDb(at);
    // The command that created the database had nothing to keep.
    expect(beside(at)).toEqual([]);
    net(db, ["log", "ada", "--kind", "call", "--no-input", "-q"]);
    expect(beside(at)).toEqual(["net.db.backup-2026-11-26"]);
    const copy = join(at, "net.db.backup-2026-11-26");
    expect(mode(copy)).toBe(0o600);
    expect(integrity(copy)).toBe("ok");
    expect(count(copy)).toBe(1);
    expect(count(db)).toBe(2);
    net(db, ["log", "ada", "--kind", "share", "--no-input", "-q"]);
    expect(count(copy)).toBe(1);
    expect(beside(at)).toEqual(["net.db.backup-2026-11-26"]);
  });

  it("is not made by reads nor by the daily nudge (its list save), but by the day's first change", () => {
    const at = folder();
    const db = newDb(at);
    for (const args of [["nudge"], ["nudge", "--all"], ["list"], ["show", "ada"], ["export"], ["map"]]) net(db, args, "2026-11-27");
    expect(beside(at)).toEqual([]);
    net(db, ["nudge"], "2026-11-28");
    expect(beside(at)).toEqual([]);
    net(db, ["done", "1"], "2026-11-28");
    expect(beside(at)).toEqual(["net.db.backup-2026-11-28"]);
  });

  it("keeps the last 7 daily copies and the first copy of each of the last 4 weeks", () => {
    const at = folder();
    const db = newDb(at, "2026-10-01");
    const days = ["2026-10-06", "2026-10-14", "2026-10-21", "2026-10-28", "2026-11-04"];
    for (let d = 16; d <= 26; d++) days.push(`2026-11-${d}`);
    for (const day of days) net(db, ["log", "ada", "--kind", "call", "--no-input", "-q"], day);
    expect(beside(at)).toEqual(
      [
        "2026-10-28",
        "2026-11-04",
        "2026-11-16",
        "2026-11-20",
        "2026-11-21",
        "2026-11-22",
        "2026-11-23",
        "2026-11-24",
        "2026-11-25",
        "2026-11-26",
      ].map((day) => `net.db.backup-${day}`),
    );
    const listed = JSON.parse(net(db, ["backup", "--list", "--json"]).stdout) as { name: string; kind: string }[];
    expect(listed.map((c) => `${c.name.slice(-10)} ${c.kind}`)).toEqual([
      "2026-11-26 daily",
      "2026-11-25 daily",
      "2026-11-24 daily",
      "2026-11-23 daily",
      "2026-11-22 daily",
      "2026-11-21 daily",
      "2026-11-20 daily",
      "2026-11-16 weekly",
      "2026-11-04 weekly",
      "2026-10-28 weekly",
    ]);
  });

  it("made while another process writes passes integrity_check, and holds a moment of it", async () => {
    const at = folder();
    const db = newDb(at, "2026-11-01");
    const [ada] = query<{ id: string }>(db, "SELECT id FROM contacts");
    for (const day of ["2026-11-02", "2026-11-03", "2026-11-04"]) {
      const before = count(db) as number;
      const writer = runDriver(["log", db, "300", ada?.id as string, day, String(Date.now())]);
      const runs = await Promise.all([1, 2].map(() => runNet(["log", "ada", "--kind", "call", "--no-input", "-q"], { db, env: on(day) })));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      expect((await writer).code).toBe(0);
      const copy = join(at, `net.db.backup-${day}`);
      expect(integrity(copy)).toBe("ok");
      expect(count(copy)).toBeGreaterThanOrEqual(before);
      expect(count(copy)).toBeLessThanOrEqual(count(db) as number);
    }
    expect(beside(at).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a run killed (SIGKILL) while it copies leaves no file under a copy's name; the next run makes a whole one", async () => {
    const at = folder();
    const db = newDb(at);
    const probe = newDb(folder());
    const { writes } = await netWrites(["log", "ada", "--kind", "call", "--no-input"], probe);
    const vacuum = writes.findIndex((sql) => /^VACUUM INTO/i.test(sql)) + 1;
    expect(vacuum).toBeGreaterThan(0);
    // Stopped inside the copy: its file exists, under a temporary name, not yet whole.
    const killed = await runNetKilledAt(["log", "ada", "--kind", "call", "--no-input"], db, vacuum);
    expect(killed.signal).toBe("SIGKILL");
    expect(beside(at).filter((f) => f.startsWith("net.db.backup"))).toEqual([]);
    const [temp] = beside(at).filter((f) => /^\.net\.db\.copy\.[0-9a-f]{12}\.tmp$/.test(f));
    expect(temp).toBeDefined();
    expect(count(db)).toBe(1);
    // Left for a quarter of an hour (another net may be writing it), then tidied by the next copy.
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(join(at, temp as string), old, old);
    net(db, ["log", "ada", "--kind", "call", "--no-input", "-q"]);
    expect(beside(at)).toEqual(["net.db.backup-2026-11-26"]);
    expect(integrity(join(at, "net.db.backup-2026-11-26"))).toBe("ok");
    expect(count(join(at, "net.db.backup-2026-11-26"))).toBe(1);
  });

  it("a run killed (SIGKILL) halfway through writing a large copy leaves it only under its temporary name", async () => {
    const at = folder();
    const db = join(at, "net.db");
    const seeded = spawnSync(
      process.execPath,
      [join(ROOT, "scripts", "seed.mjs"), "--contacts", "3000", "--interactions", "30000", "--db", db, "--today", "2026-11-26"],
      { encoding: "utf8" },
    );
    expect(seeded.status, seeded.stderr).toBe(0);
    const [someone] = query<{ slug: string }>(db, "SELECT slug FROM contacts WHERE archived_at IS NULL LIMIT 1");
    const partial = () =>
      readdirSync(at)
        .filter((f) => /^\.net\.db\.copy\.[0-9a-f]{12}\.tmp$/.test(f))
        .map((f) => ({ name: f, size: statSync(join(at, f), { throwIfNoEntry: false })?.size ?? 0 }));
    let caught: { name: string; size: number } | undefined;
    // The marker: the temporary file growing. Killed there, the copy is half written.
    const run = await runNet(["log", someone?.slug as string, "--kind", "call", "--no-input", "-q"], {
      db,
      onSpawn: (child) => {
        const poll = setInterval(() => {
          const found = partial().find((f) => f.size > 1024 * 1024);
          if (found) {
            child.kill("SIGKILL");
            caught = found;
            clearInterval(poll);
          }
        }, 1);
        child.on("close", () => clearInterval(poll));
      },
    });
    expect(run.signal, "the copy ended before it could be caught midway").toBe("SIGKILL");
    expect(caught?.size).toBeLessThan(statSync(db).size);
    expect(readdirSync(at).filter((f) => f.startsWith("net.db.backup"))).toEqual([]);
    expect(integrity(db)).toBe("ok");
  });

  it("a disk too full for the copy: the command still succeeds, says so once, and leaves no partial copy (tmpfs)", (ctx) => {
    if (!scratchFolder.mountable) return ctx.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
    const point = scratchFolder.tinyDisk("full", "2m");
    const db = newDb(point);
    net(db, ["log", "ada", "--kind", "call", "--no-input", "-q"], "2026-11-25");
    rmSync(join(point, "net.db.backup-2026-11-25"));
    const size = statSync(db).size;
    const df = spawnSync("df", ["-k", "--output=avail", point], { encoding: "utf8" });
    const availKb = Number(df.stdout.trim().split("\n").pop());
    // Room left for the write itself (its -wal pages, the journal entry net undo reads included),
    // not for a copy of the whole file.
    const leaveKb = Math.floor(size / 1024 / 2) + 16;
    spawnSync("dd", ["if=/dev/zero", `of=${join(point, "filler")}`, "bs=4k", `count=${Math.floor((availKb - leaveKb) / 4)}`]);
    const run = runNetSync(["log", "ada", "--kind", "share", "--no-input", "-q"], { db, env: on("2026-11-26") });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("warning: could not keep today's copy of the database (the disk is full); going on without it\n");
    expect(readdirSync(point).filter((f) => f.includes("backup") || f.endsWith(".tmp"))).toEqual([]);
    rmSync(join(point, "filler"));
    expect(count(db)).toBe(3);
    expect(integrity(db)).toBe("ok");
  });
});

describe("the copy kept before an upgrade", () => {
  it("is the same streamed copy (VACUUM INTO, not the file read into memory), made before the migration's transaction", async () => {
    const at = folder();
    const db = join(at, "net.db");
    copyFileSync(join(ROOT, "test", "fixtures", "reliability", "schema-v1.sqlite"), db);
    const { code, writes } = await netWrites(["list"], db);
    expect(code).toBe(0);
    const vacuum = writes.findIndex((sql) => /^VACUUM INTO/i.test(sql));
    const begin = writes.findIndex((sql) => /^BEGIN IMMEDIATE/i.test(sql));
    expect(vacuum).toBeGreaterThanOrEqual(0);
    expect(vacuum).toBeLessThan(begin);
    expect(integrity(`${db}.bak-1`)).toBe("ok");
    expect(query<{ user_version: number }>(`${db}.bak-1`, "PRAGMA user_version")[0]?.user_version).toBe(1);
    expect(mode(`${db}.bak-1`)).toBe(0o600);
  });
});

describe("net backup and net restore", () => {
  it("net backup [file]: a whole 0600 copy; never over an existing file", () => {
    const at = folder();
    const db = newDb(at);
    const target = join(at, "safe.db");
    expect(net(db, ["backup", target]).stdout).toBe(`${target}\n`);
    expect(mode(target)).toBe(0o600);
    expect(integrity(target)).toBe("ok");
    expect(count(target, "contacts")).toBe(1);
    writeFileSync(join(at, "taken.db"), "mine");
    expectCleanFailure(runNetSync(["backup", join(at, "taken.db")], { db }), /taken\.db already exists/);
    const made = net(db, ["backup"]).stdout.trim();
    expect(made).toMatch(/net\.db\.backup-2026-11-26-\d{6}$/);
    expect(integrity(made)).toBe("ok");
  });

  it("restore round trip: the export is as it was; the replaced database is kept; asks without --yes", () => {
    const at = folder();
    const db = newDb(at);
    net(db, ["log", "ada", "--kind", "call", "--no-input", "-q"], "2026-11-26");
    const before = net(db, ["export", "--format", "json"], "2026-11-27").stdout;
    net(db, ["log", "ada", "--kind", "share", "--no-input", "-q"], "2026-11-27");
    net(db, ["add", "Grace Hopper", "--no-input", "-q"], "2026-11-27");
    const after = net(db, ["export", "--format", "json"], "2026-11-27").stdout;
    expect(after).not.toBe(before);
    const asked = runNetSync(["restore", "net.db.backup-2026-11-27"], { db, env: on("2026-11-27") });
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(
      /This replaces .*net\.db \(2 people, 4 interactions, the last on 2026-11-27\)\n {2}with .*net\.db\.backup-2026-11-27 \(1 person, 2 interactions, the last on 2026-11-26\)/,
    );
    expect(net(db, ["export", "--format", "json"], "2026-11-27").stdout).toBe(after);
    const kept = net(db, ["restore", "net.db.backup-2026-11-27", "--yes"], "2026-11-27").stdout.trim();
    expect(kept).toMatch(/net\.db\.backup-2026-11-27-\d{6}-before-restore$/);
    expect(net(db, ["export", "--format", "json"], "2026-11-27").stdout).toBe(before);
    expect(integrity(db)).toBe("ok");
    // The database as it was before the restore, whole.
    expect(count(kept)).toBe(4);
    expect(count(kept, "contacts")).toBe(2);
    // And back again.
    net(db, ["restore", kept, "--yes"], "2026-11-27");
    expect(net(db, ["export", "--format", "json"], "2026-11-27").stdout).toBe(after);
  });

  it("restore while another process writes: both succeed, the database stays whole", async () => {
    const at = folder();
    const db = newDb(at);
    const copy = join(at, "copy.db");
    net(db, ["backup", copy]);
    const [ada] = query<{ id: string }>(db, "SELECT id FROM contacts");
    const writer = runDriver(["log", db, "300", ada?.id as string, "w", String(Date.now())]);
    const restored = await runNet(["restore", copy, "--yes", "-q"], { db });
    expect(restored.code, restored.stderr).toBe(0);
    expect((await writer).code).toBe(0);
    expect(integrity(db)).toBe("ok");
    expect(count(db)).toBeGreaterThanOrEqual(1);
  });

  it("a damaged database: its message names the newest copy, and restoring it replaces the damaged file (kept aside)", () => {
    const at = folder();
    const db = newDb(at);
    net(db, ["add", "Grace Hopper", "--no-input", "-q"]);
    net(db, ["add", "Alan Turing", "--no-input", "-q"], "2026-11-27");
    const copy = join(at, "net.db.backup-2026-11-27");
    expect(count(copy, "contacts")).toBe(2);
    const w = new Database(db);
    w.pragma("wal_checkpoint(TRUNCATE)");
    w.close();
    const fd = openSync(db, "r+");
    writeSync(fd, Buffer.alloc(4096 * 3, 0xab), 0, 4096 * 3, 4096 * 5);
    closeSync(fd);
    const refused = runNetSync(["log", "ada", "--no-input"], { db, env: on("2026-11-27") });
    expectCleanFailure(refused, /is damaged/);
    expect(refused.stderr).toContain("(net restore net.db.backup-2026-11-27)");
    const restored = runNetSync(["restore", "net.db.backup-2026-11-27", "--yes"], { db, env: on("2026-11-27") });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stderr).toMatch(/This replaces .*net\.db \(it can't be read: is not a net database \(it is damaged: [^\n]*\)\)\n/);
    expect(integrity(db)).toBe("ok");
    expect(count(db, "contacts")).toBe(2);
    // The damaged file, byte for byte, kept aside.
    expect(readdirSync(at).filter((f) => f.endsWith("-before-restore"))).toHaveLength(1);
    net(db, ["log", "ada", "--no-input", "-q"], "2026-11-27");
  });

  it("restore refuses what is not a net database, and changes nothing", () => {
    const at = folder();
    const db = newDb(at);
    const other = join(at, "other.sqlite");
    const o = new Database(other);
    o.exec("CREATE TABLE notes (body TEXT)");
    o.close();
    writeFileSync(join(at, "notes.txt"), "hello");
    for (const file of [other, join(at, "notes.txt")])
      expectCleanFailure(runNetSync(["restore", file, "--yes"], { db }), /is not a net database/);
    expectCleanFailure(runNetSync(["restore", join(at, "missing.db"), "--yes"], { db }), /there is no file/);
    expect(count(db, "contacts")).toBe(1);
  });
});
