import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/store/database.js";
import { derivedStateDrift } from "../helpers/derived.js";
import { driverScript, integrity, pool, query, runDriver, runNet, runNetSync } from "./support.js";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "net-concurrency-"));
  await driverScript();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("several processes writing to one database at the same time", () => {
  it("4 processes × 200 interactions with the real store code: all 800 rows, no SQLITE_BUSY", async () => {
    const db = join(dir, "writers.db");
    for (const name of ["Ada", "Grace", "Alan", "Edsger"]) expect(runNetSync(["add", name, "--no-input", "-q"], { db }).code).toBe(0);
    const people = query<{ id: string; slug: string }>(db, "SELECT id, slug FROM contacts ORDER BY slug");

    // Each opens the database first, then all start writing at the same instant.
    const startAt = Date.now() + 1500;
    const writers = await Promise.all(people.map((p, w) => runDriver(["log", db, "200", p.id, `w${w}`, String(startAt)])));
    for (const writer of writers) {
      expect(writer.stderr).toBe("");
      expect(writer.code).toBe(0);
      expect(writer.stdout).toBe("done\n");
    }

    expect(integrity(db)).toBe("ok");
    const written = new Database(db, { readonly: true });
    expect(derivedStateDrift(written)).toEqual([]);
    written.close();
    const counts = query<{ tag: string; n: number; distinct: number }>(
      db,
      "SELECT substr(note, 1, 2) AS tag, count(*) AS n, count(DISTINCT note) AS 'distinct' FROM interactions WHERE note LIKE 'w%' GROUP BY tag ORDER BY tag",
    );
    expect(counts).toEqual(["w0", "w1", "w2", "w3"].map((tag) => ({ tag, n: 200, distinct: 200 })));
    // Every row is linked to its person, and each person's latest interaction is one of theirs.
    const unlinked = query<{ n: number }>(
      db,
      "SELECT count(*) AS n FROM interactions i WHERE NOT EXISTS (SELECT 1 FROM interaction_people WHERE interaction_id = i.id)",
    );
    expect(unlinked[0]?.n).toBe(0);
    const wrongLatest = query<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM contacts c WHERE NOT EXISTS (
         SELECT 1 FROM interaction_people ip WHERE ip.contact_id = c.id AND ip.interaction_id = c.last_interaction_id)`,
    );
    expect(wrongLatest[0]?.n).toBe(0);
  });

  it("8 processes creating the same new database at the same instant all succeed (no half-migrated schema)", async () => {
    for (let round = 0; round < 3; round++) {
      const db = join(dir, `fresh-${round}.db`);
      const startAt = Date.now() + 1000;
      const openers = await Promise.all(Array.from({ length: 8 }, () => runDriver(["open", db, String(startAt)])));
      for (const opener of openers) {
        expect(opener.stderr).toBe("");
        expect(opener.code).toBe(0);
      }
      expect(integrity(db)).toBe("ok");
      expect(query<{ user_version: number }>(db, "PRAGMA user_version")[0]?.user_version).toBeGreaterThan(0);
    }
  });

  it("a new database's switch to WAL waits while another process holds the write lock (SQLite won't wait by itself)", async () => {
    // A migrated database still in rollback-journal mode, as a new one is for an instant; another
    // process (another net, checking the schema) holds the write lock for half a second.
    const db = join(dir, "rollback.db");
    const made = new Database(db);
    migrate(made, db);
    made.close();
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
         const d = new D(${JSON.stringify(db)}); d.prepare("BEGIN IMMEDIATE").run(); process.stdout.write("locked\\n");
         setTimeout(() => { d.prepare("COMMIT").run(); d.close(); }, 500);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await once(holder.stdout, "data");
    const added = runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db });
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(query<{ journal_mode: string }>(db, "PRAGMA journal_mode")[0]?.journal_mode).toBe("wal");
    await once(holder, "exit");
  });

  it("4 terminals running `net add` then `net log` over and over on a new database: every run succeeds, every row lands", async () => {
    const db = join(dir, "terminals.db");
    const perWorker = 5;
    const workers = [0, 1, 2, 3].map(async (w) => {
      const results = [await runNet(["add", `Worker ${w}`, "--no-input", "-q"], { db })];
      for (let i = 0; i < perWorker; i++) {
        results.push(await runNet(["log", `worker-${w}`, "--kind", "share", "--note", `t${w}-${i}`, "-q"], { db }));
      }
      return results;
    });
    const runs = (await Promise.all(workers)).flat();
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    }
    expect(integrity(db)).toBe("ok");
    expect(query<{ n: number }>(db, "SELECT count(*) AS n FROM contacts")[0]?.n).toBe(4);
    const notes = query<{ note: string }>(db, "SELECT note FROM interactions WHERE kind = 'share' ORDER BY note").map((r) => r.note);
    expect(notes).toEqual([0, 1, 2, 3].flatMap((w) => Array.from({ length: perWorker }, (_, i) => `t${w}-${i}`)).sort());
  });

  it("readers never see an error while writers are busy", async () => {
    const db = join(dir, "readers.db");
    expect(runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db }).code).toBe(0);
    const readers = pool(
      Array.from({ length: 6 }, (_, i) => () => runNet(i % 2 ? ["list", "--json"] : ["show", "ada", "--json"], { db })),
      2,
    );
    const people = query<{ id: string }>(db, "SELECT id FROM contacts ORDER BY slug");
    const writer = runDriver(["log", db, "300", people[0]?.id as string, "r", String(Date.now())]);
    for (const run of await readers) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
    expect((await writer).code).toBe(0);
  });
});
