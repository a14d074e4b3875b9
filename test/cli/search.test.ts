/**
 * Issue 19: `net search` (FTS5, kept by the store on every write path) and `net list`'s filters,
 * through the real binary. After each write path the index is checked against the base tables
 * (test/helpers/search.ts).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { type Sandbox, sandbox } from "../helpers/cli.js";
import { searchIndexDrift } from "../helpers/search.js";

interface Hit {
  type: "person" | "interaction";
  id: string;
  name?: string;
  slug?: string;
  note?: string | null;
  people?: { slug: string }[];
  snippet: string;
  highlights: [number, number][];
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

function drift(): string[] {
  const db = new Database(box.db);
  try {
    return searchIndexDrift(db);
  } finally {
    db.close();
  }
}

const found = (words: string[]) => box.json<Hit[]>(["search", ...words]);
const names = (words: string[]) => found(words).map((h) => (h.type === "person" ? h.slug : `i:${h.note}`));

describe("net search", () => {
  it("finds people and interactions by what is written about them, ignoring case and accents, best first", () => {
    box.ok(["add", "Zoé Dupont", "--company", "Acmé Payments", "--sector", "fintech", "--where", "Paris AI meetup", "-q"]);
    box.ok(["add", "Bob Fraudsworth", "--role", "engineer", "--tag", "security", "-q"]);
    box.ok(["add", "Chloé Martin", "--note", "talked about FRAUD detection and graphs", "-q"]);
    box.ok(["log", "zoe", "--kind", "share", "--note", "sent the paper on card fraud", "-q"]);
    box.ok(["log", "--event", "Fraud Summit Zürich", "-q"]);
    expect(drift()).toEqual([]);

    // Accents and case both ways; a word may be the start of a word.
    expect(names(["zoe"])).toEqual(["zoe-dupont"]);
    expect(names(["ACME"])).toEqual(["zoe-dupont"]);
    // The person (where met) ranks above the first meeting's note that says it too.
    expect(names(["paris", "ai"])).toEqual(["zoe-dupont", "i:first met at Paris AI meetup"]);
    expect(names(["zurich"])).toEqual(["i:null"]);
    expect(names(["secur"])).toEqual(["bob-fraudsworth"]);
    // A name counts most: Bob first, then the rest.
    const fraud = found(["fraud"]);
    expect(fraud[0]?.slug).toBe("bob-fraudsworth");
    expect(fraud).toHaveLength(4);
    expect(fraud.find((h) => h.type === "interaction" && h.note?.includes("card"))?.people?.map((p) => p.slug)).toEqual(["zoe-dupont"]);
    // All words must match.
    expect(names(["fraud", "graphs"])).toEqual(["chloe-martin"]);
    // The matched words are marked in the snippet.
    const chloe = found(["fraud", "graphs"])[0] as Hit;
    expect(chloe.highlights.map(([a, b]) => [...chloe.snippet].slice(a, b).join(""))).toEqual(["FRAUD", "graphs"]);

    const text = box.ok(["search", "fraud", "graphs"]);
    expect(text).toContain("Chloé Martin (chloe-martin)");
    expect(text).toContain("[FRAUD] detection and [graphs]");
  });

  it("says so when nothing is found, and refuses words with nothing to look for", () => {
    box.ok(["add", "Ada Lovelace", "-q"]);
    const none = box.run(["search", "nobody"]);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("Nothing found for 'nobody'");
    expect(box.json(["search", "nobody"])).toEqual([]);
    // FTS5 syntax in what is typed is taken as words, not as a query.
    expect(box.json(["search", 'ada"', "OR", "NEAR(x"])).toEqual([]);
    expect(names(['"ada'])).toEqual(["ada-lovelace"]);
    expect(box.run(["search", "--", "-", "*"]).code).toBe(2);
    // A read: no database is created for it.
    const fresh = sandbox();
    try {
      expect(fresh.run(["search", "ada", "--db", join(fresh.dir, "none.db")]).code).toBe(1);
    } finally {
      fresh.cleanup();
    }
  });

  it("is kept on every write path: edit, rm (archive), purge, import (vCard, LinkedIn, JSON)", () => {
    box.ok(["add", "Ada Lovelace", "--company", "Engines", "-q"]);
    box.ok(["add", "Grace Hopper", "-q"]);
    box.ok(["log", "ada", "grace", "--kind", "meeting", "--note", "compilers and looms", "-q"]);
    box.ok(["log", "grace", "--kind", "call", "--note", "cobol standards", "-q"]);

    box.ok(["edit", "ada", "--company", "Babbage & Co", "--note", "poetical science", "-q"]);
    expect(drift()).toEqual([]);
    expect(names(["engines"])).toEqual([]);
    expect(names(["babbage"])).toEqual(["ada-lovelace"]);
    expect(names(["poetical"])).toEqual(["ada-lovelace"]);

    // Archived: out of the results (and their own interactions), still indexed for a restore.
    box.ok(["rm", "grace", "-q"]);
    expect(drift()).toEqual([]);
    expect(names(["grace"])).toEqual([]);
    expect(names(["cobol"])).toEqual([]);
    expect(names(["looms"])).toEqual(["i:compilers and looms"]);

    box.ok(["rm", "grace", "--purge", "--yes", "-q"]);
    expect(drift()).toEqual([]);

    const vcf = join(box.dir, "people.vcf");
    writeFileSync(
      vcf,
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Émile Zola\r\nORG:Éditions Charpentier\r\nNOTE:writes about mines\r\nEND:VCARD\r\n",
    );
    box.ok(["import", vcf, "-q"]);
    expect(drift()).toEqual([]);
    expect(names(["editions", "mines"])).toEqual(["emile-zola"]);

    const csv = join(box.dir, "Connections.csv");
    writeFileSync(
      csv,
      'Notes:\n""\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nLinus,Torvalds,https://www.linkedin.com/in/linus,,Kernel Org,Maintainer,07 Dec 2025\n',
    );
    box.ok(["import", csv, "-q"]);
    expect(drift()).toEqual([]);
    expect(names(["kernel"])).toEqual(["linus-torvalds"]);

    // A JSON export read back into another database: its people and interactions are found there.
    const exported = join(box.dir, "all.json");
    box.ok(["export", "-o", exported, "-q"]);
    const other = sandbox();
    try {
      other.ok(["import", exported, "-q"]);
      const db = new Database(other.db);
      expect(searchIndexDrift(db)).toEqual([]);
      db.close();
      expect(other.json<Hit[]>(["search", "looms"]).map((h) => h.note)).toEqual(["compilers and looms"]);
    } finally {
      other.cleanup();
    }
  });

  it("the migration builds the index for data already there", () => {
    // A database at schema 6, with people and an interaction, then opened by this version.
    const path = join(box.dir, "old.db");
    const old = new Database(path);
    for (const sql of MIGRATIONS.slice(0, 6)) old.exec(sql as string);
    old.pragma("user_version = 6");
    old
      .prepare(
        "INSERT INTO contacts (id, slug, name, name_key, company, tags, created_at, updated_at) VALUES ('c1', 'zoe', 'Zoé', 'zoe', 'Acmé', '[\"ai\",\"paris\"]', '2026-01-01', '2026-01-01')",
      )
      .run();
    old
      .prepare(
        "INSERT INTO interactions (id, date, kind, note, created_at) VALUES ('i1', '2026-01-02', 'call', 'about fraud', '2026-01-02')",
      )
      .run();
    old.prepare("INSERT INTO interaction_people (interaction_id, contact_id) VALUES ('i1', 'c1')").run();
    old.close();
    openDatabase(path, { create: false }).close();
    const db = new Database(path);
    expect(searchIndexDrift(db)).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM search_docs").get()).toEqual({ n: 2 });
    db.close();
    expect(box.json<Hit[]>(["search", "acme", "--db", path]).map((h) => h.id)).toEqual(["c1"]);
    expect(box.json<Hit[]>(["search", "paris", "--db", path]).map((h) => h.id)).toEqual(["c1"]);
  });

  it("a seeded network (npm run seed) comes with its index", () => {
    const seed = spawnSync(
      process.execPath,
      [join(ROOT, "scripts/seed.mjs"), "--contacts", "60", "--interactions", "200", "--db", box.db, "--today", box.today, "--force"],
      {
        encoding: "utf8",
      },
    );
    expect(seed.status, seed.stderr).toBe(0);
    expect(drift()).toEqual([]);
  });

  it("the drift check catches an index the store forgot to keep", () => {
    box.ok(["add", "Ada Lovelace", "-q"]);
    const db = new Database(box.db);
    db.prepare("UPDATE contacts SET notes = 'changed behind the index'").run();
    expect(searchIndexDrift(db)).not.toEqual([]);
    db.close();
  });
});

describe("net list filters", () => {
  beforeEach(() => {
    box.ok(["add", "Zoé Dupont", "--company", "ACMÉ Labs", "--sector", "Fintech", "--where", "Paris AI meetup", "--tier", "active", "-q"]);
    box.ok(["add", "Bob Acme", "--company", "Initech", "--sector", "fintech", "--where", "Paris AI meetup", "--tier", "network", "-q"]);
    box.ok(["add", "Chloé Martin", "--company", "acme", "--sector", "health", "--where", "Lyon", "--tier", "active", "-q"]);
    box.ok(["add", "Old Friend", "--company", "Acme", "--sector", "fintech", "--tier", "close", "--date", "2026-01-10", "-q"]);
  });
  const slugs = (args: string[]) => box.json<{ slug: string }[]>(["list", ...args]).map((p) => p.slug);

  it("--company, --sector and --met-at match part of the field, ignoring case and accents", () => {
    expect(slugs(["--company", "acme"])).toEqual(["chloe-martin", "old-friend", "zoe-dupont"]);
    expect(slugs(["--company", "acmé labs"])).toEqual(["zoe-dupont"]);
    expect(slugs(["--sector", "FINTECH"])).toEqual(["bob-acme", "old-friend", "zoe-dupont"]);
    expect(slugs(["--met-at", "paris ai"])).toEqual(["bob-acme", "zoe-dupont"]);
    expect(slugs(["--company", "acme", "--sector", "fintech", "--met-at", "Paris AI"])).toEqual(["zoe-dupont"]);
  });

  it("--tier keeps one tier, --due those due today or overdue", () => {
    expect(slugs(["--tier", "active"])).toEqual(["chloe-martin", "zoe-dupont"]);
    expect(box.run(["list", "--tier", "closest"]).code).toBe(2);
    // Met 2026-01-10, close (14 days): long due by 2026-11-26; the others were met today.
    expect(slugs(["--due"])).toEqual(["old-friend"]);
    expect(slugs(["--company", "acme", "--tier", "active", "--due"])).toEqual([]);
    const none = box.run(["list", "--company", "nobody"]);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("No one matches these filters.");
    expect(box.ok(["list", "--sector", "health"])).toContain("Chloé Martin");
  });
});
