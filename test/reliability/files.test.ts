import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  canMount,
  driverScript,
  expectCleanFailure,
  integrity,
  query,
  runDriver,
  runNetSync,
  sha256,
  whenPrinted,
  withoutRootPowers,
} from "./support.js";

let dir: string;
let mountable = false;
const mounts: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "net-files-"));
  mountable = canMount(dir);
  await driverScript();
});
afterAll(() => {
  for (const point of mounts) spawnSync("umount", ["-l", point]);
  rmSync(dir, { recursive: true, force: true });
});

/** A small tmpfs of `size` (root only): a disk that can be filled or made read-only. */
function tinyDisk(name: string, size: string): string {
  const point = join(dir, name);
  mkdirSync(point, { recursive: true });
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0755`, "tmpfs", point]);
  if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr}`);
  mounts.push(point);
  return point;
}

/** Fills the disk holding `point`, leaving about `leaveKb` free. */
function fill(point: string, leaveKb: number): void {
  const df = spawnSync("df", ["-k", "--output=avail", point], { encoding: "utf8" });
  const availKb = Number(df.stdout.trim().split("\n").pop());
  const count = Math.max(0, Math.floor((availKb - leaveKb) / 4));
  spawnSync("dd", ["if=/dev/zero", `of=${join(point, "filler")}`, "bs=4k", `count=${count}`]);
}

function newDb(name: string, people = ["Ada Lovelace"]): string {
  const db = join(dir, name);
  for (const person of people) expect(runNetSync(["add", person, "--no-input", "-q"], { db }).code).toBe(0);
  return db;
}

const siblings = (db: string) =>
  readdirSync(join(db, ".."))
    .filter((f) => f.startsWith(db.split("/").pop() as string))
    .sort();

describe("a file that is not a net database", () => {
  it.each([
    ["text", (file: string) => writeFileSync(file, "these are not the contacts you are looking for\n".repeat(200))],
    ["random bytes", (file: string) => writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)))],
    [
      "a truncated database",
      (file: string) => {
        const whole = newDb(`whole-${Date.now()}.db`, ["Ada Lovelace", "Grace Hopper"]);
        const db = new Database(whole);
        db.prepare("INSERT INTO settings (key, value) VALUES ('pad', ?)").run(JSON.stringify("x".repeat(20000)));
        db.pragma("wal_checkpoint(TRUNCATE)");
        db.close();
        const bytes = readFileSync(whole);
        writeFileSync(file, bytes.subarray(0, 4096 * 3));
      },
    ],
  ])("(%s) is refused with one line, exit 1, and left as it was", (_, make) => {
    const file = join(dir, `not-a-db-${Math.random().toString(36).slice(2)}.db`);
    make(file);
    const hash = sha256(file);
    for (const args of [["list"], ["add", "Bob", "--no-input"]]) {
      const run = runNetSync(args, { db: file });
      expectCleanFailure(run, /is not a net database \(or it is damaged\)|is damaged/);
      expect(sha256(file)).toBe(hash);
    }
  });
});

describe("permissions", () => {
  it("an unreadable database: one line, exit 1, untouched", (ctx) => {
    const wrapper = withoutRootPowers();
    if (!wrapper) return ctx.skip("running as root without setpriv: chmod 000 would not stop root from reading");
    const db = newDb("unreadable.db");
    chmodSync(db, 0o000);
    const hash = sha256(db);
    for (const args of [["list"], ["add", "Bob", "--no-input"]]) {
      const run = runNetSync(args, { db, wrapper });
      expectCleanFailure(run, /permission denied/);
    }
    expect(sha256(db)).toBe(hash);
    expect(siblings(db)).toEqual(["unreadable.db"]);
  });

  it("a read-only database: reading works, writing is one line, exit 1, nothing changed", (ctx) => {
    const wrapper = withoutRootPowers();
    if (!wrapper) return ctx.skip("running as root without setpriv: chmod 400 would not stop root from writing");
    const db = newDb("readonly.db");
    chmodSync(db, 0o400);
    const hash = sha256(db);
    const list = runNetSync(["list", "--json"], { db, wrapper });
    expect(list.stderr).toBe("");
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
    for (const args of [
      ["add", "Bob", "--no-input"],
      ["log", "ada", "--kind", "share"],
      ["edit", "ada", "--company", "X"],
    ]) {
      expectCleanFailure(runNetSync(args, { db, wrapper }), /read-only/);
    }
    expect(sha256(db)).toBe(hash);
  });

  it("under umask 000, the database and its WAL and shared-memory files are 0600", async () => {
    const db = join(dir, "umask", "net.db");
    const umask = ["sh", "-c", 'umask 000 && exec "$@"', "sh"];
    const added = runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db, wrapper: umask });
    expect(added.code, added.stderr).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "umask")).mode & 0o777).toBe(0o700);
    for (const f of siblings(db)) expect(statSync(join(dir, "umask", f)).mode & 0o777, f).toBe(0o600);

    // While a process has it open, -wal and -shm exist: catch them then (the store code, umask 000).
    const previous = process.umask(0);
    let modes: Record<string, number> = {};
    try {
      const run = await runDriver(["commit-then-hang", db], (child) =>
        whenPrinted(child, /committed/, () => {
          modes = Object.fromEntries(siblings(db).map((f) => [f, statSync(join(dir, "umask", f)).mode & 0o777]));
          child.kill("SIGKILL");
        }),
      );
      expect(run.signal).toBe("SIGKILL");
    } finally {
      process.umask(previous);
    }
    expect(modes).toEqual({ "net.db": 0o600, "net.db-shm": 0o600, "net.db-wal": 0o600 });
    expect(statSync(`${db}-wal`).mode & 0o777).toBe(0o600);
  });

  it("an existing database keeps the mode its owner gave it: net changes the mode of no file it did not create", () => {
    const db = newDb("wide.db");
    chmodSync(db, 0o644);
    expect(runNetSync(["list"], { db }).code).toBe(0);
    expect(runNetSync(["log", "ada", "-q"], { db }).code).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o644);
  });
});

describe("where the database should live", () => {
  it("missing parent folders are created, owner-only", () => {
    const db = join(dir, "deep", "er", "still", "net.db");
    const run = runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "deep", "er", "still")).mode & 0o777).toBe(0o700);
  });

  it("a file standing where a folder should be: one line, exit 1, nothing created", () => {
    const blocker = join(dir, "blocker");
    writeFileSync(blocker, "I am a file");
    expectCleanFailure(runNetSync(["add", "Ada", "--no-input"], { db: join(blocker, "net.db") }), /a file stands where a folder should/);
    expect(statSync(blocker).isFile()).toBe(true);
  });

  it("a folder given as the database: one line, exit 1", () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    expectCleanFailure(runNetSync(["list"], { db: folder }), /is a folder/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("a disk that fills up or turns read-only (tmpfs)", () => {
  it("a write that does not fit: one line, exit 1, the database consistent and without it", (ctx) => {
    if (!mountable) return ctx.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
    const disk = tinyDisk("full", "1m");
    const db = join(disk, "net.db");
    expect(runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db }).code).toBe(0);
    fill(disk, 60);
    const note = "a long note that will not fit ".repeat(3300);
    expectCleanFailure(runNetSync(["log", "ada", "--kind", "share", "--note", note], { db }), /full/);

    rmSync(join(disk, "filler"));
    expect(integrity(db)).toBe("ok");
    expect(query(db, "SELECT count(*) AS n FROM interactions WHERE note = ?", note)).toEqual([{ n: 0 }]);
    expect(runNetSync(["log", "ada", "--kind", "share", "--note", "after freeing space", "-q"], { db }).code).toBe(0);
  });

  it("a disk with no room at all: every command one line, exit 1; no half-made database", (ctx) => {
    if (!mountable) return ctx.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
    const disk = tinyDisk("zero", "1m");
    const db = join(disk, "net.db");
    expect(runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db }).code).toBe(0);
    fill(disk, 0);
    const people = () => query<{ name: string }>(db, "SELECT name FROM contacts").map((r) => r.name);
    for (const args of [
      ["add", "Grace Hopper", "--no-input"],
      ["log", "ada"],
    ])
      expectCleanFailure(runNetSync(args, { db }), /full/);
    const fresh = join(disk, "new.db");
    expectCleanFailure(runNetSync(["add", "Grace Hopper", "--no-input"], { db: fresh }), /full|space/);
    // At most an empty file is left, which is a valid empty database: nothing half-written.
    if (existsSync(fresh)) expect(statSync(fresh).size).toBe(0);

    rmSync(join(disk, "filler"));
    expect(integrity(db)).toBe("ok");
    expect(people()).toEqual(["Ada Lovelace"]);
    expect(runNetSync(["add", "Grace Hopper", "--no-input", "-q"], { db: fresh }).code).toBe(0);
  });

  it("a read-only file system: writing is one line, exit 1; nothing changed", (ctx) => {
    if (!mountable) return ctx.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
    const disk = tinyDisk("ro", "1m");
    const db = join(disk, "net.db");
    expect(runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db }).code).toBe(0);
    const hash = sha256(db);
    expect(spawnSync("mount", ["-o", "remount,ro", disk]).status).toBe(0);
    const list = runNetSync(["list", "--json"], { db });
    if (list.code === 0) expect(JSON.parse(list.stdout)).toHaveLength(1);
    else expectCleanFailure(list);
    for (const args of [
      ["add", "Grace Hopper", "--no-input"],
      ["log", "ada"],
    ])
      expectCleanFailure(runNetSync(args, { db }), /read-only|can't open|can't write/);
    expectCleanFailure(runNetSync(["add", "Grace Hopper", "--no-input"], { db: join(disk, "other.db") }), /read-only/);
    expect(sha256(db)).toBe(hash);
  });
});
