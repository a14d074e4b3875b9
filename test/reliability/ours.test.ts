// Issue 13, the database file: net touches nothing that isn't its own. Every case runs the real
// binary. Root-only cases (device nodes, mounts) skip with a reason; where a rule must hold for an
// ordinary user, net runs without root's power over permissions (setpriv drops CAP_DAC_OVERRIDE).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/store/migrations.js";
import {
  expectCleanFailure,
  integrity,
  netWrites,
  query,
  ROOT,
  runNet,
  runNetKilledAt,
  runNetSync,
  scratch,
  sha256,
  withoutRootPowers,
} from "./support.js";

const V1 = join(ROOT, "test", "fixtures", "reliability", "schema-v1.sqlite");
const isRoot = process.getuid?.() === 0;

const scratchFolder = scratch("net-ours-");
const folder = () => scratchFolder.folder();

function newDb(at: string, people = ["Ada Lovelace"]): string {
  const db = join(at, "net.db");
  for (const person of people) expect(runNetSync(["add", person, "--no-input", "-q"], { db }).code).toBe(0);
  return db;
}

const mode = (path: string) => statSync(path).mode & 0o7777;
const userVersion = (file: string) => query<{ user_version: number }>(file, "PRAGMA user_version")[0]?.user_version;

describe("a --db that is not a net database is left exactly as it was (mode included)", () => {
  it("a device node (mknod in a temp folder), directly or through a link: refused, mode kept, nothing created beside it", (ctx) => {
    if (!isRoot) return ctx.skip("mknod needs root");
    const at = folder();
    const device = join(at, "null");
    expect(spawnSync("mknod", ["-m", "666", device, "c", "1", "3"]).status).toBe(0);
    symlinkSync(device, join(at, "link.db"));
    for (const db of [device, join(at, "link.db")]) {
      for (const args of [["list"], ["add", "Ada", "--no-input"], ["nudge"]]) {
        expectCleanFailure(runNetSync(args, { db }), /is a device, not a net database/);
      }
    }
    expect(mode(device)).toBe(0o666);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(at).sort()).toEqual(["link.db", "null"]);
  });

  it("a pipe: refused at once, not opened", async () => {
    const at = folder();
    const fifo = join(at, "pipe.db");
    expect(spawnSync("mkfifo", ["-m", "644", fifo]).status).toBe(0);
    const run = await runNet(["list"], { db: fifo, timeoutMs: 10_000 });
    expect(run.signal).toBe(null);
    expectCleanFailure(run, /is a pipe, not a net database/);
    expect(mode(fifo)).toBe(0o644);
  });

  it.each([
    ["notes.md", (file: string) => writeFileSync(file, "# my notes\n".repeat(500))],
    [
      "another program's SQLite file",
      (file: string) => {
        const other = new Database(file);
        other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');");
        other.close();
      },
    ],
    [
      "a database from a newer net",
      (file: string) => {
        copyFileSync(V1, file);
        const future = new Database(file);
        future.pragma(`user_version = ${SCHEMA_VERSION + 7}`);
        future.pragma("wal_checkpoint(TRUNCATE)");
        future.close();
      },
    ],
  ])("%s (mode 0644): bytes and mode unchanged, nothing beside it", (_, make) => {
    const at = folder();
    const file = join(at, "notes.md");
    make(file);
    chmodSync(file, 0o644);
    const hash = sha256(file);
    for (const args of [["list"], ["add", "Ada", "--no-input"], ["log", "ada"]]) {
      expectCleanFailure(runNetSync(args, { db: file }), /not a net database|newer net/);
      expect(sha256(file)).toBe(hash);
    }
    expect(mode(file)).toBe(0o644);
    expect(readdirSync(at)).toEqual(["notes.md"]);
  });
});

describe("the copy kept before a migration", () => {
  function v1Db(at: string): string {
    const db = join(at, "net.db");
    copyFileSync(V1, db);
    return db;
  }

  it("replaces a link planted at net.db.bak-1, never writes through it", () => {
    const at = folder();
    const db = v1Db(at);
    const target = join(at, "precious.txt");
    writeFileSync(target, "not yours to overwrite\n");
    chmodSync(target, 0o644);
    symlinkSync(target, `${db}.bak-1`);
    const run = runNetSync(["list", "--json"], { db });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("a copy is kept as net.db.bak-1");
    expect(readFileSync(target, "utf8")).toBe("not yours to overwrite\n");
    expect(mode(target)).toBe(0o644);
    const copy = `${db}.bak-1`;
    expect(statSync(copy).isFile()).toBe(true);
    expect(mode(copy)).toBe(0o600);
    expect(userVersion(copy)).toBe(1);
  });

  it("in a shared folder, never writes into another user's net.db.bak-1; the copy is named truthfully", () => {
    const at = folder();
    chmodSync(at, 0o1777);
    const db = v1Db(at);
    const planted = `${db}.bak-1`;
    writeFileSync(planted, "attacker's file\n");
    chmodSync(planted, 0o666);
    if (isRoot) spawnSync("chown", ["65534:65534", planted]);
    const keep = join(at, "attacker-keeps-this");
    linkSync(planted, keep); // the attacker's inode, whatever net does with the name
    const run = runNetSync(["list", "--json"], { db });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(keep, "utf8")).toBe("attacker's file\n");
    expect(mode(keep)).toBe(0o666);
    // The message names the copy that exists: the usual name when it could be taken, another when not.
    const named = /a copy is kept as (\S+?)\)/.exec(run.stderr)?.[1];
    expect(named).toMatch(/^net\.db\.bak-1(-[0-9a-f]+)?$/);
    const copy = join(at, named as string);
    expect(mode(copy)).toBe(0o600);
    expect(statSync(copy).uid).toBe(process.getuid?.());
    expect(userVersion(copy)).toBe(1);
  });

  it("a disk too full for the copy: 'disk full', no partial copy left, the database untouched (tmpfs)", (ctx) => {
    if (!scratchFolder.mountable) return ctx.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
    const point = scratchFolder.tinyDisk("full-for-copy", "1m");
    const db = v1Db(point);
    const hash = sha256(db);
    const df = spawnSync("df", ["-k", "--output=avail", point], { encoding: "utf8" });
    const availKb = Number(df.stdout.trim().split("\n").pop());
    // Room for the -wal and -shm of opening it, not for an 80 KB copy.
    spawnSync("dd", ["if=/dev/zero", `of=${join(point, "filler")}`, "bs=4k", `count=${Math.floor((availKb - 56) / 4)}`]);
    const run = runNetSync(["list"], { db });
    expectCleanFailure(run, /disk holding .* is full/);
    expect(readdirSync(point).filter((f) => f.includes(".bak-"))).toEqual([]);
    rmSync(join(point, "filler"));
    expect(sha256(db)).toBe(hash);
    expect(userVersion(db)).toBe(1);
    expect(runNetSync(["list", "--json"], { db }).code).toBe(0);
  });

  it.each([
    ["just before the migration commits", "commit"],
    ["just after its first commit", "committed"],
  ] as const)("a run killed %s leaves, after the rerun, one copy: net.db.bak-1", async (_, where) => {
    const at = folder();
    const db = v1Db(at);
    const expected = query(db, "SELECT id, name FROM contacts ORDER BY id");
    let stopAt: number | "committed" = "committed";
    if (where === "commit") {
      const probe = v1Db(folder());
      const { writes } = await netWrites(["list"], probe);
      stopAt = writes.findIndex((sql) => /^COMMIT/i.test(sql)) + 1;
      expect(stopAt).toBeGreaterThan(0);
    }
    const killed = await runNetKilledAt(["list"], db, stopAt);
    expect(killed.signal).toBe("SIGKILL");
    const rerun = runNetSync(["list", "--json"], { db });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(readdirSync(at).filter((f) => f.includes(".bak"))).toEqual(["net.db.bak-1"]);
    expect(userVersion(`${db}.bak-1`)).toBe(1);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(integrity(db)).toBe("ok");
    expect(query(db, "SELECT id, name FROM contacts ORDER BY id")).toEqual(expected);
    // "A copy is kept" is said only by a run that made one.
    if (/a copy is kept/.test(rerun.stderr)) expect(where).toBe("commit");
    else expect(rerun.stderr).toBe("");
  });
});

describe("odd --db values", () => {
  it("a path under /proc fails at once with one line (it spun forever on a recursive mkdir)", async () => {
    const run = await runNet(["add", "Ada Lovelace", "--no-input"], { db: "/proc/self/x/y.db", timeoutMs: 10_000 });
    expect(run.signal).toBe(null);
    expectCleanFailure(run, /can't create \/proc\/self\/x/);
  });

  it.each([[""], ["  "]])("--db %j is a usage error: not the default database, no stray file", (value) => {
    const at = folder();
    const data = join(at, "data");
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "net"), "--db", value, "add", "Ada Lovelace", "--no-input"], {
      cwd: at,
      env: { PATH: process.env.PATH, HOME: at, XDG_DATA_HOME: data, NET_TODAY: "2026-11-26" },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^error: --db needs a file name/);
    expect(readdirSync(at)).toEqual([]);
  });
});

describe("only commands that write create a database", () => {
  it.each([
    ["list"],
    ["show", "ada"],
    ["nudge"],
    ["export"],
    ["map"],
    ["rules"],
    ["goals"],
    ["edit", "ada", "--company", "X"],
    ["done", "1"],
  ])("`net %s` on a mistyped path: exit 1, the path and `net add` in the hint, nothing created", (...args) => {
    const at = folder();
    const db = join(at, "typo", "net.db");
    const run = runNetSync(args, { db });
    expectCleanFailure(run, /there is no net database at .*typo\/net\.db/);
    expect(run.stderr).toMatch(/hint: .*net add/);
    expect(readdirSync(at)).toEqual([]);
  });

  it("a new user's first `net nudge` (no database anywhere yet): the empty network's nudge, nothing created", () => {
    const at = folder();
    const data = join(at, "data");
    const run = runNetSync(["nudge"], { db: "", env: { HOME: at, XDG_DATA_HOME: data } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Meet a new person this month/);
    // Nothing is kept, so no numbers that `net done` could not find; the way to start instead.
    expect(run.stdout).not.toMatch(/^\s*\d+\. /m);
    expect(run.stderr).toContain('Your network starts with your card or your first person: net card --set "…" or net add "<name>"');
    expect(existsSync(data)).toBe(false);
    const added = runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db: "", env: { HOME: at, XDG_DATA_HOME: data } });
    expect(added.code, added.stderr).toBe(0);
    expect(mode(join(data, "net", "net.db"))).toBe(0o600);
  });
});

describe("a database damaged mid-file", () => {
  /** A database of a few dozen pages with a page in the middle overwritten, and a copy kept beside it. */
  function damaged(): { db: string; backup: string } {
    const at = folder();
    const db = newDb(at, ["Ada Lovelace", "Grace Hopper"]);
    const raw = new Database(db);
    const pad = raw.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    for (let i = 0; i < 80; i++) pad.run(`pad-${i}`, JSON.stringify("x".repeat(900)));
    raw.pragma("wal_checkpoint(TRUNCATE)");
    const pages = raw.pragma("page_count", { simple: true }) as number;
    raw.close();
    const backup = `${db}.bak-3`;
    copyFileSync(db, backup);
    const bytes = readFileSync(db);
    // A page of settings rows, a few from the end (pages count from 1): its header and cells overwritten.
    const offset = (pages - 3) * 4096;
    bytes.fill(0xa5, offset, offset + 4096);
    writeFileSync(db, bytes);
    let verdict: string;
    try {
      verdict = integrity(db);
    } catch (error) {
      verdict = (error as Error).message; // "database disk image is malformed"
    }
    expect(verdict).not.toBe("ok");
    return { db, backup };
  }

  it.each([
    [["log", "ada", "--kind", "share"]],
    [["add", "Alan Turing", "--no-input"]],
    [["rm", "grace", "--purge", "--yes"]],
    [["goals", "set", "new-people-per-month", "2"]],
  ])("`net %s` refuses to write, pointing to the newest copy; the file is left as it was", (args) => {
    const { db, backup } = damaged();
    const hash = sha256(db);
    const run = runNetSync(args, { db });
    expectCleanFailure(run, /is damaged.*net will not write to it/);
    expect(run.stderr).toContain(`hint: your newest copy is ${backup}`);
    expect(sha256(db)).toBe(hash);
  });

  it("`net export` saves all that can still be read, says what was lost, and exits 1", () => {
    const { db } = damaged();
    const hash = sha256(db);
    const out = join(folder(), "saved.json");
    const run = runNetSync(["export", "--format", "json", "-o", out], { db });
    expectCleanFailure(
      run,
      /^error: the database is damaged: exported 2 people and 2 interactions to .*saved\.json, all that could be read; up to \d+ records? could not be\n/,
    );
    expect(run.stderr).toMatch(/hint: keep this export/);
    const saved = JSON.parse(readFileSync(out, "utf8")) as { contacts: { name: string }[]; settings: Record<string, unknown> };
    expect(saved.contacts.map((c) => c.name).sort()).toEqual(["Ada Lovelace", "Grace Hopper"]);
    // Some of the settings rows on the damaged page are gone, the others are there.
    const pads = Object.keys(saved.settings).filter((key) => key.startsWith("pad-"));
    expect(pads.length).toBeGreaterThan(0);
    expect(pads.length).toBeLessThan(80);
    expect(sha256(db)).toBe(hash);
    // What was saved reads back into a new database.
    const fresh = join(folder(), "fresh.db");
    const back = runNetSync(["import", out, "-q"], { db: fresh });
    expect(back.code, back.stderr).toBe(0);
  });

  it("`net import` refuses too", () => {
    const { db } = damaged();
    const hash = sha256(db);
    const file = join(folder(), "people.vcf");
    writeFileSync(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nEND:VCARD\r\n");
    expectCleanFailure(runNetSync(["import", file, "--no-input"], { db }), /is damaged/);
    expect(sha256(db)).toBe(hash);
  });
});

describe("read-only databases (as an ordinary user: net run without root's power over permissions)", () => {
  it("in a read-only folder: reads work; a write names the folder", (ctx) => {
    const wrapper = withoutRootPowers();
    if (!wrapper) return ctx.skip("running as root without setpriv: chmod would not stop root");
    const at = folder();
    const db = newDb(at);
    chmodSync(db, 0o400);
    chmodSync(at, 0o500);
    try {
      const list = runNetSync(["list", "--json"], { db, wrapper });
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toHaveLength(1);
      expect(runNetSync(["nudge"], { db, wrapper }).code).toBe(0);
      expectCleanFailure(runNetSync(["log", "ada"], { db, wrapper }), /can't write to .*net\.db: .*read-only/);
      expect(readdirSync(at)).toEqual(["net.db"]);
    } finally {
      chmodSync(at, 0o700);
    }
  });

  it("a read-only file in a writable folder: reads leave nothing behind, and writes work once it is writable again", (ctx) => {
    const wrapper = withoutRootPowers();
    if (!wrapper) return ctx.skip("running as root without setpriv: chmod would not stop root");
    const at = folder();
    const db = newDb(at);
    chmodSync(db, 0o400);
    expect(runNetSync(["list"], { db, wrapper }).code).toBe(0);
    expect(runNetSync(["nudge"], { db, wrapper }).code).toBe(0);
    expectCleanFailure(runNetSync(["log", "ada"], { db, wrapper }), new RegExp(`${db.replace(/[/.]/g, "\\$&")} is read-only`));
    expect(readdirSync(at)).toEqual(["net.db"]);
    chmodSync(db, 0o600);
    const log = runNetSync(["log", "ada", "-q"], { db, wrapper });
    expect(log.code, log.stderr).toBe(0);
  });

  it("a read-only -shm beside a writable database: the message names the -shm", (ctx) => {
    const wrapper = withoutRootPowers();
    if (!wrapper) return ctx.skip("running as root without setpriv: chmod would not stop root");
    const at = folder();
    const db = newDb(at);
    writeFileSync(`${db}-shm`, Buffer.alloc(32768));
    chmodSync(`${db}-shm`, 0o400);
    const run = runNetSync(["log", "ada"], { db, wrapper });
    expectCleanFailure(run, /net\.db-shm is read-only/);
  });
});

describe("busy", () => {
  it("held by another program: says so, and which (not 'another net process')", async () => {
    const at = folder();
    const db = newDb(at);
    const holder: ChildProcess = spawn(
      process.execPath,
      [
        "-e",
        `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
         const d = new D(${JSON.stringify(db)}); d.prepare("BEGIN IMMEDIATE").run(); process.stdout.write("locked\\n");
         setTimeout(() => { d.prepare("COMMIT").run(); d.close(); }, 9000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await once(holder.stdout as NodeJS.ReadableStream, "data");
    try {
      const run = await runNet(["log", "ada", "--kind", "share"], { db });
      expectCleanFailure(run, /busy: another program \(node, pid \d+\)/);
    } finally {
      holder.kill();
    }
  }, 20_000);
});
