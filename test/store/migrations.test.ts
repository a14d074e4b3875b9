import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/domain/errors.js";
import { type Db, defaultDatabasePath, migrate, openDatabase } from "../../src/store/database.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations.js";
import { derivedStateDrift } from "../helpers/derived.js";

let dir: string;
const open: Db[] = [];

function opened(path: string): Db {
  const db = openDatabase(path);
  open.push(db);
  return db;
}

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

function tables(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "net-migrations-"));
});

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("openDatabase on a new file", () => {
  it("creates the file and its missing parent folders, owner-only", () => {
    const path = join(dir, "a", "b", "net.db");
    opened(path);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "a", "b")).mode & 0o777).toBe(0o700);
  });

  it("migrates to the current version and records it in user_version", () => {
    const db = opened(join(dir, "net.db"));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(
      expect.arrayContaining(["contacts", "interactions", "interaction_people", "reminder_state", "reviews", "settings"]),
    );
  });

  it("turns on WAL, foreign keys and a busy timeout", () => {
    const db = opened(join(dir, "net.db"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it("never changes the mode of an existing file (only a file net creates is made owner-only)", () => {
    const path = join(dir, "net.db");
    writeFileSync(path, "");
    chmodSync(path, 0o644);
    opened(path);
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  it("reopens a current database without changing it or making a backup", () => {
    const path = join(dir, "net.db");
    opened(path).prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    for (const db of open.splice(0)) db.close();
    const db = opened(path);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: "1" });
    expect(existsSync(`${path}.bak-${SCHEMA_VERSION}`)).toBe(false);
  });

  it("indexes a person's interactions so their timeline needs no scan", () => {
    const db = opened(join(dir, "net.db"));
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT interaction_id FROM interaction_people WHERE contact_id = ?").all("x") as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join("\n")).toMatch(/USING (COVERING )?INDEX interaction_people_contact/);
  });
});

describe("openDatabase refuses", () => {
  it("a database written by a newer net, and leaves the file as it was", () => {
    const path = join(dir, "future.db");
    const future = new Database(path);
    future.exec("CREATE TABLE contacts (id TEXT PRIMARY KEY, shiny_new_column TEXT); INSERT INTO contacts VALUES ('x', 'y');");
    future.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    future.close();
    const before = readFileSync(path);

    const error = thrown(() => opened(path));
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain("newer net");
    expect(error.message).toContain(`schema ${SCHEMA_VERSION + 5}`);
    expect(error.hint).toContain("not changed");
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);

    const after = new Database(path, { readonly: true });
    expect(after.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION + 5);
    expect(after.pragma("journal_mode", { simple: true })).toBe("delete");
    after.close();
  });

  it("a file that is not a database, with a hint", () => {
    const path = join(dir, "notes.txt");
    writeFileSync(path, "these are not the contacts you are looking for\n".repeat(200));
    const error = thrown(() => opened(path));
    expect(error.message).toContain("is not a net database");
    expect(error.hint).toContain("--db");
  });

  it("a folder given as the database", () => {
    const path = join(dir, "folder");
    mkdirSync(path);
    const error = thrown(() => opened(path));
    expect(error.message).toContain("is a folder");
  });
});

describe("migrate", () => {
  it("runs each migration in a transaction: a failing one leaves no half-made schema behind", () => {
    const db = new Database(join(dir, "clash.db"));
    open.push(db);
    // Something already holds a name the first migration creates, after the tables it makes first.
    db.exec("CREATE VIEW reviews AS SELECT 1 AS x");
    expect(() => migrate(db, "clash.db")).toThrow(/reviews/);
    expect(db.pragma("user_version", { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it("refuses another program's SQLite file and writes nothing into it", () => {
    const path = join(dir, "other-app.db");
    const other = new Database(path);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    other.close();
    const before = readFileSync(path);

    const error = thrown(() => opened(path));
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain("is not a net database");
    expect(error.hint).toContain("not changed");
    expect(readFileSync(path).equals(before)).toBe(true);
    const after = new Database(path, { readonly: true });
    expect(tables(after)).toEqual(["notes"]);
    after.close();
  });
});

describe("defaultDatabasePath", () => {
  it.each([
    [{ XDG_DATA_HOME: "/data" }, "/data/net/net.db"],
    [{ XDG_DATA_HOME: "" }, join(process.env.HOME ?? "", ".local", "share", "net", "net.db")],
    [{ XDG_DATA_HOME: "relative/dir" }, join(process.env.HOME ?? "", ".local", "share", "net", "net.db")],
  ])("with %o is %s", (env, path) => {
    expect(defaultDatabasePath({ ...env, HOME: process.env.HOME })).toBe(path);
  });
});

describe("migration 10: what is kept ready on write, written by TypeScript", () => {
  /** A schema-9 database with some history, its kept state written by schema 9's triggers. */
  function schema9(path: string): void {
    const db = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 9)) db.exec(migration as string);
    db.pragma("user_version = 9");
    const person = db.prepare(
      `INSERT INTO contacts (id, slug, name, name_key, tier, cadence_days, intent, met_on, source, created_at, updated_at, archived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    person.run("ada", "ada", "Ada", "ada", "close", null, "learn", "2026-01-10", "added", "2026-01-10T09:00:00Z", "x", null);
    person.run("grace", "grace", "Grace", "grace", "network", 45, null, null, "imported", "2026-02-01T09:00:00Z", "x", null);
    person.run(
      "alan",
      "alan",
      "Alan",
      "alan",
      "active",
      null,
      null,
      "2026-03-01",
      "added",
      "2026-03-01T09:00:00Z",
      "x",
      "2026-06-01T00:00:00Z",
    );
    person.run("zoe", "zoe", "Zoé", "zoe", "network", null, null, null, "imported", "2026-04-01T09:00:00Z", "x", null);
    const interaction = db.prepare("INSERT INTO interactions (id, date, kind, direction, created_at) VALUES (?, ?, ?, ?, ?)");
    const link = db.prepare("INSERT INTO interaction_people (interaction_id, contact_id) VALUES (?, ?)");
    const latest = db.prepare(
      "UPDATE contacts SET last_interaction_on = ?, last_interaction_id = ? WHERE id = ? AND coalesce(last_interaction_on, '') <= ?",
    );
    const history: [string, string, string, string, string[]][] = [
      ["i1", "2026-01-10", "meeting", "mutual", ["ada"]],
      ["i2", "2026-03-02", "help", "received", ["ada", "grace"]],
      ["i3", "2026-04-15", "share", "gave", ["ada"]],
      ["i4", "2026-05-20", "ask", "gave", ["grace"]],
      ["i5", "2026-05-20", "event", "gave", []],
      ["i6", "2026-06-30", "intro", "gave", ["ada", "alan"]],
      ["i7", "2026-07-01", "thanks", "gave", ["grace"]],
    ];
    for (const [id, date, kind, direction, people] of history) {
      interaction.run(id, date, kind, direction, `${date}T10:00:00Z`);
      for (const p of people) {
        link.run(id, p);
        latest.run(date, id, p, date);
      }
    }
    db.prepare("UPDATE contacts SET keep_in_touch_done_on = '2026-08-01' WHERE id = 'ada'").run();
    // A balance the triggers once got wrong: the migration works everything out again.
    db.prepare("UPDATE person_balances SET gave = 99 WHERE contact_id = 'ada'").run();
    db.close();
  }

  it("drops every trigger, keeps every row, and works out what is kept again from the history", () => {
    const path = join(dir, "net.db");
    schema9(path);
    const count = (db: Database.Database, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    const old = new Database(path, { readonly: true });
    const before = Object.fromEntries(["contacts", "interactions", "interaction_people"].map((t) => [t, count(old, t)]));
    old.close();

    const db = opened(path);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all()).toEqual([]);
    expect(Object.fromEntries(Object.keys(before).map((t) => [t, count(db, t)]))).toEqual(before);
    expect(derivedStateDrift(db)).toEqual([]);
    expect(db.prepare("SELECT gave, received FROM person_balances WHERE contact_id = 'ada'").get()).toEqual({ gave: 2, received: 1 });
    // The day keep-in-touch counts from: the later of the last interaction and the day it was marked
    // done; an imported person with no history counts from the import.
    expect(db.prepare("SELECT id, keep_in_touch_since AS since FROM contacts ORDER BY id").all()).toEqual([
      { id: "ada", since: "2026-08-01" },
      { id: "alan", since: "2026-06-30" },
      { id: "grace", since: "2026-07-01" },
      { id: "zoe", since: "2026-04-01" },
    ]);
    expect(existsSync(join(dir, "net.db.bak-9"))).toBe(true);
  });
});
