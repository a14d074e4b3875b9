import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { UserError } from "../../src/domain/errors.js";
import { SCHEMA_VERSION } from "../../src/store/migrations.js";
import { derivedStateDrift } from "../helpers/derived.js";
import { expectCleanFailure, query, ROOT, runNetSync, sha256 } from "./support.js";

// Made by test/fixtures/reliability/make-schema-v1.mjs with schema version 1; never regenerate it.
const ORIGINAL = join(ROOT, "test", "fixtures", "reliability", "schema-v1.sqlite");
// Read from a copy: even a read-only open of a WAL database leaves -shm/-wal files beside it.
const pristineDir = mkdtempSync(join(tmpdir(), "net-fixture-"));
const FIXTURE = join(pristineDir, "schema-v1.sqlite");
copyFileSync(ORIGINAL, FIXTURE);
const V1_TABLES = ["contacts", "interactions", "interaction_people", "reminder_state", "reviews", "settings"];

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "net-migrate-"));
  db = join(dir, "net.db");
  copyFileSync(FIXTURE, db);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => {
  rmSync(pristineDir, { recursive: true, force: true });
  vi.doUnmock("../../src/store/migrations.js");
  vi.resetModules();
});

/** Every row of every table of schema 1, as the fixture has them (only the columns schema 1 had). */
function v1Rows(file: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of V1_TABLES) {
    const columns = query<{ name: string }>(FIXTURE, `PRAGMA table_info(${table})`).map((c) => `"${c.name}"`);
    out[table] = query(file, `SELECT ${columns.join(", ")} FROM ${table} ORDER BY ${columns.join(", ")}`);
  }
  return out;
}

/** Tables with their columns, and indexes with their columns: what migrations must agree on. */
function schemaOf(file: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const objects = query<{ type: string; name: string; tbl_name: string }>(
    file,
    "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
  );
  for (const o of objects) {
    out[`${o.type} ${o.name}`] =
      o.type === "table"
        ? query(file, `PRAGMA table_info("${o.name}")`)
        : { on: o.tbl_name, columns: query(file, `PRAGMA index_info("${o.name}")`) };
  }
  return out;
}

const userVersion = (file: string) => query<{ user_version: number }>(file, "PRAGMA user_version")[0]?.user_version;

describe("the schema-1 fixture", () => {
  it("is what schema 1 wrote, with something in every table", () => {
    expect(userVersion(FIXTURE)).toBe(1);
    for (const [table, rows] of Object.entries(v1Rows(FIXTURE))) expect(rows.length, table).toBeGreaterThan(0);
  });

  it("opens with the current net and loses nothing", () => {
    const expected = v1Rows(FIXTURE);
    const list = runNetSync(["list", "--all", "--json"], { db });
    // The one-time upgrade is said on stderr (stdout stays JSON); the next run says nothing.
    expect(list.stderr).toBe("Upgrading the database for this version of net (one time; a copy is kept as net.db.bak-1)…\n");
    expect(runNetSync(["list", "--json"], { db }).stderr).toBe("");
    expect(list.code).toBe(0);
    const people = JSON.parse(list.stdout) as { name: string; lastInteractionOn: string }[];
    expect(people.map((p) => p.name).sort()).toEqual([
      "Ada Lovelace",
      "Alan Turing",
      "Edsger Dijkstra",
      "Grace Hopper",
      "Zoë Ünal-Ó Súilleabháin 🚀",
    ]);

    const ada = JSON.parse(runNetSync(["show", "ada", "--json"], { db }).stdout) as {
      contact: { notes: string; milestones: unknown[]; emails: string[] };
      interactions: { kind: string; note: string | null; people: unknown[] }[];
    };
    expect(ada.contact.notes).toBe("Talked about compilers\nand looms");
    expect(ada.contact.emails).toEqual(["ada@example.org"]);
    expect(ada.contact.milestones).toEqual([{ label: "joined Babbage & Co", date: "2025-09-01" }]);
    expect(ada.interactions.map((i) => i.kind)).toEqual(["intro", "thanks", "help", "meeting", "share", "meeting"]);
    expect(ada.interactions.find((i) => i.kind === "share")?.note).toBe('Sent the article on "type systems"; DROP TABLE contacts; --');

    // A write on top works too.
    expect(runNetSync(["log", "grace", "--kind", "call", "-q"], { db }).code).toBe(0);

    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    // Schema 2 exists, so the first open copied the file as it was before migrating.
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    expect(userVersion(`${db}.bak-1`)).toBe(1);
    expect(v1Rows(`${db}.bak-1`)).toEqual(expected);
    const after = v1Rows(db);
    for (const table of V1_TABLES) {
      if (table === "interactions" || table === "interaction_people" || table === "contacts") {
        // The new call adds rows (and moves Grace's latest interaction): all the old ones are still there.
        expect(after[table]?.length).toBeGreaterThan(0);
        continue;
      }
      expect(after[table], table).toEqual(expected[table]);
    }
    const interactions = new Set((after.interactions ?? []).map((r) => JSON.stringify(r)));
    for (const row of expected.interactions ?? []) expect(interactions.has(JSON.stringify(row))).toBe(true);
    const links = new Set((after.interaction_people ?? []).map((r) => JSON.stringify(r)));
    for (const row of expected.interaction_people ?? []) expect(links.has(JSON.stringify(row))).toBe(true);
    const contacts = query<{ id: string; name: string; notes: string | null; tags: string }>(
      db,
      "SELECT id, name, notes, tags FROM contacts ORDER BY id",
    );
    expect(contacts).toEqual(query(FIXTURE, "SELECT id, name, notes, tags FROM contacts ORDER BY id"));

    // What later schemas keep ready on write was worked out for the old history too.
    const migrated = new Database(db, { readonly: true });
    expect(derivedStateDrift(migrated)).toEqual([]);
    expect((migrated.prepare("SELECT count(*) AS n FROM person_balances").get() as { n: number }).n).toBeGreaterThan(0);
    migrated.close();

    if (SCHEMA_VERSION > 1) {
      // Migrated: the version-1 file was kept, owner-only, exactly as it was.
      expect(statSync(`${db}.bak-1`).mode & 0o777).toBe(0o600);
      expect(userVersion(`${db}.bak-1`)).toBe(1);
      expect(v1Rows(`${db}.bak-1`)).toEqual(expected);
    } else {
      expect(readdirSync(dir).filter((f) => f.includes(".bak-"))).toEqual([]);
    }
  });

  it("ends up with the same tables, columns and indexes as a database made today", () => {
    expect(runNetSync(["list"], { db }).code).toBe(0);
    const fresh = join(dir, "fresh.db");
    // A write creates a database (a read of a missing one says so); resetting a rule writes nothing.
    expect(runNetSync(["rules", "reset", "keep-in-touch"], { db: fresh }).code).toBe(0);
    // An index added by editing migration 1 instead of adding migration 2 would be missing here.
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
  });

  it("runs nudge and map when they exist", () => {
    for (const args of [["nudge"], ["map", "--quarter", "2026Q1"]]) {
      const help = runNetSync([args[0] as string, "--help"], { db });
      if (!help.stdout.startsWith(`Usage: net ${args[0]}`)) continue;
      const run = runNetSync([...args, "--json"], { db });
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.code, run.stderr).toBe(0);
    }
  });
});

/** The store code with one more migration than today's: what opening a v1 file will look like then. */
async function databaseModuleWith(extra: string) {
  vi.resetModules();
  vi.doMock("../../src/store/migrations.js", async (importOriginal) => {
    const actual = await importOriginal<typeof import("../../src/store/migrations.js")>();
    const migrations = [...actual.MIGRATIONS, extra];
    return { MIGRATIONS: migrations, SCHEMA_VERSION: migrations.length };
  });
  return import("../../src/store/database.js");
}

describe("when the schema moves on", () => {
  it("a version-1 file is backed up to net.db.bak-1 before it migrates, and loses nothing", async () => {
    const { openDatabase } = await databaseModuleWith("ALTER TABLE contacts ADD COLUMN pronouns TEXT; CREATE TABLE later (x TEXT);");
    const expected = v1Rows(FIXTURE);
    const opened = openDatabase(db);
    expect(opened.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION + 1);
    opened.close();

    // The copy is named after the version the file had before migrating: 1.
    expect(statSync(`${db}.bak-1`).mode & 0o777).toBe(0o600);
    expect(userVersion(`${db}.bak-1`)).toBe(1);
    expect(v1Rows(`${db}.bak-1`)).toEqual(expected);
    expect(v1Rows(db)).toEqual(expected);
    expect(query(db, "SELECT count(*) AS n FROM later")).toEqual([{ n: 0 }]);
  });

  it("a migration that fails leaves the file at its version with all its data", async () => {
    const { openDatabase } = await databaseModuleWith("ALTER TABLE contacts ADD COLUMN pronouns TEXT; CREATE TABLE settings (x TEXT);");
    const before = v1Rows(db);
    expect(() => openDatabase(db)).toThrow();
    // All the steps of a run are one transaction: the file is still at version 1, not half-way.
    expect(userVersion(db)).toBe(1);
    expect(v1Rows(db)).toEqual(before);
    expect(query<{ name: string }>(db, "PRAGMA table_info(contacts)").map((c) => c.name)).not.toContain("pronouns");
  });
});

describe("a database written by a newer net", () => {
  it("is refused with one clear line, exit 1, and left byte for byte as it was", () => {
    const future = new Database(db);
    future.pragma(`user_version = ${SCHEMA_VERSION + 40}`);
    future.pragma("wal_checkpoint(TRUNCATE)");
    future.close();
    const hash = sha256(db);

    for (const args of [["list"], ["add", "Someone New", "--no-input"], ["log", "ada", "--kind", "share"], ["show", "ada"], ["nudge"]]) {
      const run = runNetSync(args, { db });
      if (run.code === 2 && args[0] === "nudge") continue; // not in this build yet
      expectCleanFailure(run, /newer net/);
      expect(sha256(db)).toBe(hash);
    }
    expect(readdirSync(dir).filter((f) => f.includes(".bak-"))).toEqual([]);
    expect(userVersion(db)).toBe(SCHEMA_VERSION + 40);
  });

  it("is refused in-process with a UserError (exit 1) whose hint says the file was not changed", async () => {
    vi.resetModules();
    vi.doUnmock("../../src/store/migrations.js");
    const { openDatabase } = await import("../../src/store/database.js");
    const future = new Database(db);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    let error: unknown;
    try {
      openDatabase(db).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as UserError).name).toBe("UserError");
    expect((error as UserError).exitCode).toBe(1);
    expect((error as UserError).hint).toMatch(/not changed/);
    expect(existsSync(`${db}.bak-${SCHEMA_VERSION}`)).toBe(false);
  });
});
