import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driverScript, integrity, netWrites, query, runDriver, runNetKilledAt, runNetSync, whenPrinted } from "./support.js";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "net-crash-"));
  await driverScript();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface State {
  interactions: number;
  links: number;
  latest: string;
}

/** What a crash must not change: row counts and every person's latest interaction. */
function state(db: string): State {
  const [counts] = query<{ interactions: number; links: number }>(
    db,
    "SELECT (SELECT count(*) FROM interactions) AS interactions, (SELECT count(*) FROM interaction_people) AS links",
  );
  const latest = query<{ v: string }>(
    db,
    "SELECT group_concat(id || ':' || coalesce(last_interaction_on, '') || ':' || coalesce(last_interaction_id, ''), ',') AS v FROM (SELECT * FROM contacts ORDER BY id)",
  );
  return { interactions: counts?.interactions ?? -1, links: counts?.links ?? -1, latest: latest[0]?.v ?? "" };
}

/** A database with `n` people, made by the real store code. */
async function withPeople(name: string, n: number): Promise<string> {
  const db = join(dir, name);
  const made = await runDriver(["people", db, String(n)]);
  expect(made.code, made.stderr).toBe(0);
  return db;
}

describe("a process killed with SIGKILL leaves the database consistent", () => {
  it("in the middle of a large write transaction: integrity ok, the transaction entirely absent", async () => {
    const db = await withPeople("big.db", 300);
    const before = state(db);
    // 20,000 interactions of 2 KB: far more than the page cache, so SQLite is already spilling
    // uncommitted pages into the WAL when the kill lands (at the halfway mark).
    const run = await runDriver(["big", db, "300", "20000"], (child) => whenPrinted(child, /halfway/, () => child.kill("SIGKILL")));
    expect(run.signal).toBe("SIGKILL");
    expect(run.stdout).not.toContain("inside");
    // Uncommitted pages had reached the WAL: recovery must ignore them.
    expect(statSync(`${db}-wal`).size).toBeGreaterThan(1_000_000);

    expect(integrity(db)).toBe("ok");
    expect(state(db)).toEqual(before);
    // And net itself opens it and carries on.
    expect(runNetSync(["log", "person-0", "--kind", "share", "-q"], { db }).code).toBe(0);
    expect(state(db).interactions).toBe(before.interactions + 1);
  });

  it("after the last write of a transaction, before it commits: entirely absent", async () => {
    const db = await withPeople("open-tx.db", 50);
    const before = state(db);
    const run = await runDriver(["big", db, "50", "200"], (child) => whenPrinted(child, /inside/, () => child.kill("SIGKILL")));
    expect(run.signal).toBe("SIGKILL");
    expect(integrity(db)).toBe("ok");
    expect(state(db)).toEqual(before);
  });

  it("right after a commit (still only in the WAL): entirely present, with all its people", async () => {
    const db = await withPeople("committed.db", 40);
    const before = state(db);
    let id = "";
    const run = await runDriver(["commit-then-hang", db], (child) =>
      whenPrinted(child, /committed \S+/, () => {
        child.kill("SIGKILL");
      }),
    );
    id = /committed (\S+)/.exec(run.stdout)?.[1] ?? "";
    expect(run.signal).toBe("SIGKILL");
    expect(existsSync(`${db}-wal`)).toBe(true);

    expect(integrity(db)).toBe("ok");
    const after = state(db);
    expect(after.interactions).toBe(before.interactions + 1);
    expect(after.links).toBe(before.links + 40);
    expect(query<{ n: number }>(db, "SELECT count(*) AS n FROM contacts WHERE last_interaction_id = ?", id)[0]?.n).toBe(40);
  });

  /**
   * Kills a real net command at moments spread over its writes: just before the 1st, 2nd, a
   * quarter, half, three quarters of the way, the last (the COMMIT), and just after the COMMIT.
   * Each moment is reached for sure (the process stops there until killed: runNetKilledAt), so a
   * fast or a busy machine tests the same moments. Before the COMMIT has run, none of it may be in
   * the database; after it, all of it. `outcome` says which, and checks the database either way.
   */
  async function killedThroughout(
    name: string,
    seed: string,
    args: string[],
    outcome: (db: string, before: State) => "absent" | "present",
  ): Promise<string[]> {
    const traced = join(dir, `${name}-traced.db`);
    copyFileSync(seed, traced);
    const { code, writes } = await netWrites(args, traced);
    expect(code).toBe(0);
    expect(outcome(traced, state(seed))).toBe("present");
    const total = writes.length;
    const commitAt = writes.findIndex((sql) => /^COMMIT\b/i.test(sql)) + 1;
    const moments = [...new Set([1, 2, Math.floor(total / 4), Math.floor(total / 2), Math.floor((3 * total) / 4), total])];
    const outcomes: string[] = [];
    for (const at of [...moments, "committed" as const]) {
      const db = join(dir, `${name}-${at}.db`);
      copyFileSync(seed, db);
      const before = state(db);
      const run = await runNetKilledAt(args, db, at);
      const where = at === "committed" ? "after the COMMIT" : `before write ${at} of ${total} (${writes[at - 1]?.slice(0, 30)})`;
      expect(run.signal, `killed ${where}: ${run.stderr}`).toBe("SIGKILL");
      expect(integrity(db)).toBe("ok");
      // Nothing is visible until the COMMIT has run (a COMMIT at 0: none ran, nothing may land).
      const committed = at === "committed" || (commitAt > 0 && at > commitAt);
      expect(outcome(db, before), `killed ${where}`).toBe(committed ? "present" : "absent");
      outcomes.push(`${where}: ${committed ? "present" : "absent"}`);
    }
    return outcomes;
  }

  it("`net log` with 150 people killed at moments spread over its writes: none of it before the commit, all of it after", async () => {
    const seed = await withPeople("log-seed.db", 150);
    const slugs = query<{ slug: string }>(seed, "SELECT slug FROM contacts ORDER BY slug").map((r) => r.slug);
    const note = "killed while logging";
    const outcomes = await killedThroughout("log", seed, ["log", ...slugs, "--kind", "meeting", "--note", note, "-q"], (db, before) => {
      const after = state(db);
      const logged = query<{ id: string }>(db, "SELECT id FROM interactions WHERE note = ?", note);
      if (logged.length === 0) {
        expect(after).toEqual(before);
        return "absent";
      }
      expect(logged).toHaveLength(1);
      expect(after.interactions).toBe(before.interactions + 1);
      expect(after.links).toBe(before.links + 150);
      expect(query<{ n: number }>(db, "SELECT count(*) AS n FROM contacts WHERE last_interaction_id = ?", logged[0]?.id)[0]?.n).toBe(150);
      return "present";
    });
    expect(outcomes.filter((o) => o.endsWith("absent")).length).toBeGreaterThanOrEqual(5);
  });

  it("`net import` of 3,000 people killed at moments spread over its writes: none of them before the commit, all after", async (ctx) => {
    const seed = join(dir, "import-seed.db");
    expect(runNetSync(["add", "Ada Lovelace", "--no-input", "-q"], { db: seed }).code).toBe(0);
    if (!runNetSync(["import", "--help"], { db: seed }).stdout.startsWith("Usage: net import"))
      return ctx.skip("net import is not in this build");
    const csv = join(dir, "Connections.csv");
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Crash${i},"Test, ${i}",https://www.linkedin.com/in/crash-${i},,Acme ${i % 9},Engineer,07 Dec 2025`,
    );
    writeFileSync(
      csv,
      `Notes:\n"Some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n`,
    );
    const outcomes = await killedThroughout("import", seed, ["import", csv, "-q"], (db, before) => {
      const imported = query<{ n: number }>(db, "SELECT count(*) AS n FROM contacts WHERE name LIKE 'Crash%'")[0]?.n;
      if (imported === 0) {
        expect(state(db)).toEqual(before);
        return "absent";
      }
      expect(imported).toBe(3000);
      return "present";
    });
    expect(outcomes.filter((o) => o.endsWith("absent")).length).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
