import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TIER_CADENCE_DAYS } from "../../src/domain/model.js";
import {
  balance,
  balanceOf,
  comparison,
  kindCounts,
  type PersonBalance,
  type PersonLine,
  quarterPeriod,
  recontact,
} from "../../src/domain/review/index.js";
import { openDatabase } from "../../src/store/database.js";
import { Store } from "../../src/store/store.js";
import { type Sandbox, sandbox } from "../helpers/cli.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences
const ANSI = /\u001b\[/;
const LONG = "Bartholomew Maximilian Fitzgerald-Montgomery-Ashworth of the Northern Marches";

interface MapJson {
  period: { label: string; from: string; to: string; partial: boolean; previous: { label: string; from: string; to: string } };
  pulse: Record<
    "gesturesGiven" | "received" | "peopleMet" | "events",
    { value: number; previous: number; delta: number; goal: number | null }
  >;
  activity: { bucketDays: number; series: { label: string; total: number; buckets: { from: string; count: number }[] }[] };
  recontact: {
    lapsedCount: number;
    dormantCount: number;
    people: { name: string; daysSince: number; lastGesture: { kind: string } | null }[];
  };
  thank: { date: string; kind: string; note: string | null; person: { name: string } }[];
  balance: { gave: number; received: number; asked: number; onlyTake: { name: string }[] };
  shape: {
    total: number;
    newThisPeriod: number;
    internalSponsors: number;
    byCircle: { name: string; count: number }[];
    warnings: { code: string }[];
  };
  suggestions: { code: string; text: string }[];
  empty: boolean;
  recorded: boolean;
}

function reviews(box: Sandbox): { period: string; period_from: string; period_to: string; reviewed_on: string }[] {
  const db = new Database(box.db, { readonly: true });
  try {
    // In the order recorded: created_at carries the pinned day (NET_TODAY), which these tests move back and forth.
    return db.prepare("SELECT period, period_from, period_to, reviewed_on FROM reviews ORDER BY rowid").all() as {
      period: string;
      period_from: string;
      period_to: string;
      reviewed_on: string;
    }[];
  } finally {
    db.close();
  }
}

describe("net map on a small network", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    const q = ["-q"];
    box.ok(["add", LONG, "--date", "2026-07-10", ...q]);
    box.ok([
      "add",
      "Ada Lovelace",
      "--tier",
      "active",
      "--date",
      "2026-09-01",
      "--sector",
      "research",
      "--external",
      "--intent",
      "learn",
      ...q,
    ]);
    box.ok(["add", "Grace Hopper", "--date", "2026-10-05", "--sector", "defense", "--internal", "--intent", "influence", ...q]);
    box.ok(["add", "Alan Turing", "--date", "2026-11-02", "--sector", "research", "--external", ...q]);
    box.ok(["log", "bartholomew", "--kind", "share", "--date", "2026-08-01", "--note", "the map of the marches", ...q]);
    box.ok(["log", "ada", "--kind", "share", "--date", "2026-10-16", "--note", "the article on type systems", ...q]);
    box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-10-20", "--note", "Intro to her investor", ...q]);
    box.ok(["log", "alan", "--kind", "intro", "--received", "--date", "2026-11-05", ...q]);
    box.ok(["log", "alan", "--kind", "thanks", "--date", "2026-11-06", ...q]);
    box.ok(["log", "ada", "--event", "DevOps Days Paris", "--date", "2026-11-20", ...q]);
  });
  afterAll(() => box.cleanup());

  it("gives the quarter's review as JSON", () => {
    const map = box.json<MapJson>(["map", "--quarter", "--no-record"]);
    expect(map.period).toMatchObject({
      label: "2026Q4",
      from: "2026-10-01",
      to: "2026-12-31",
      partial: true,
      previous: { label: "2026Q3", from: "2026-07-01", to: "2026-08-26" },
    });
    // Given: Grace's and Alan's first meetings, the share to Ada, the thanks to Alan. Before: the
    // first meeting with Bartholomew and the share to him.
    expect(map.pulse.gesturesGiven).toMatchObject({ value: 4, previous: 2, delta: 2, goal: 39 });
    expect(map.pulse.received).toMatchObject({ value: 2, previous: 0 });
    expect(map.pulse.peopleMet).toMatchObject({ value: 2, previous: 1, goal: 3 });
    expect(map.pulse.events).toMatchObject({ value: 1, previous: 0, goal: 3 });
    expect(map.activity.series.map((s) => [s.label, s.total])).toEqual([
      ["2026Q1", 0],
      ["2026Q2", 0],
      ["2026Q3", 3],
      ["2026Q4", 7],
    ]);
    expect(map.recontact.people.map((p) => [p.name, p.daysSince, p.lastGesture?.kind])).toEqual([[LONG, 117, "share"]]);
    expect(map.thank.map((t) => [t.date, t.kind, t.person.name, t.note])).toEqual([
      ["2026-10-20", "help", "Grace Hopper", "Intro to her investor"],
    ]);
    expect(map.balance).toMatchObject({ gave: 1, received: 2, asked: 0 });
    expect(map.balance.onlyTake.map((p) => p.name).sort()).toEqual(["Alan Turing", "Grace Hopper"]);
    expect(map.shape).toMatchObject({ total: 4, newThisPeriod: 2, internalSponsors: 1, warnings: [] });
    expect(map.suggestions.map((s) => s.code)).toEqual(["thank", "recontact", "give-first"]);
    expect(map.empty).toBe(false);
    expect(map.recorded).toBe(false);
  });

  it("prints the same review as plain text when not on a terminal, fitting the width", () => {
    const out = box.ok(["map", "--quarter", "--no-record"], { env: { COLUMNS: "80" } });
    expect(out).not.toMatch(ANSI);
    expect(out).not.toMatch(/[▁▂▃▄▅▆▇█↑↓]/);
    for (const line of out.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    expect(out).toMatch(/^Network map 2026Q4/);
    expect(out).toMatch(/gestures given\s+4\s+\+2/);
    expect(out).toContain("Bartholomew Maximilian");
    expect(out).toContain("…");
    expect(out).not.toContain(LONG);
    expect(out).toMatch(/2026-10-20\s+Grace Hopper\s+help\s+Intro to her investor/);
    expect(out).toContain("1. Thank Grace Hopper for the help of 2026-10-20");
    // The balance invites a gesture back, warmly; Grace gave first, so the suggestion gives back.
    const flat = out.replace(/\s+/g, " ");
    // (Grace and Alan each gave once: their order goes by id.)
    expect(flat).toMatch(
      /A hand received or an ask made: (Grace Hopper, Alan Turing|Alan Turing, Grace Hopper)\. A small gesture back, a share or some news, would be welcome\./,
    );
    expect(flat).toMatch(
      /3\. Offer (Grace Hopper|Alan Turing) something in return: your help, an introduction or something worth sharing\./,
    );
    expect(flat).not.toMatch(/next time|give first/i);
  });

  it("prints Markdown with --md", () => {
    const out = box.ok(["map", "--quarter", "--md", "--no-record"]);
    expect(out.startsWith("# Network map 2026Q4\n")).toBe(true);
    expect(out).toContain("| gestures given | 4 | 2 | +2 |");
    expect(out).toContain("## To thank");
    expect(out).not.toMatch(ANSI);
  });

  it("maps a month, a year and a range", () => {
    expect(box.json<MapJson>(["map", "--month", "2026-10"]).pulse.received.value).toBe(1);
    expect(box.json<MapJson>(["map", "--year", "2026"]).pulse.peopleMet.value).toBe(4);
    const range = box.json<MapJson>(["map", "--since", "2026-11-01", "--until", "2026-11-10"]);
    expect(range.period.label).toBe("2026-11-01..2026-11-10");
    expect(range.pulse.gesturesGiven.value).toBe(2);
    expect(reviews(box)).toEqual([]);
  });

  it.each([
    [["--quarter", "2026Q5"], "'2026Q5' is not a period for --quarter"],
    [["--month", "2026-13"], "'2026-13' is not a period for --month"],
    [["--quarter", "--month", "2026-10"], "choose one period"],
    [["--md", "--json"], "--md and --json"],
  ])("refuses %j with exit 2 and the accepted forms", (args, message) => {
    const result = box.run(["map", ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    if (!args.includes("--md")) expect(result.stderr).toContain("--quarter [2026Q3], --month [2026-10], --year [2026]");
  });
});

describe("recording the review", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Ada Lovelace", "--date", "2026-10-02", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("does not record with --no-record", () => {
    box.ok(["map", "--quarter", "--no-record"]);
    expect(reviews(box)).toEqual([]);
  });

  it("does not take a map early in the quarter for its review", () => {
    expect(box.json<MapJson>(["map", "--quarter"]).recorded).toBe(false);
    expect(reviews(box)).toEqual([]);
  });

  it("does not take the quickstart's map on 2 December for the review, and says how to record it", () => {
    box.today = "2026-12-02";
    const result = box.run(["map", "--quarter"]);
    box.today = "2026-11-26";
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Not recorded as 2026Q4's review: that happens in its last 14 days (or now, with --record).");
    expect(reviews(box)).toEqual([]);
  });

  it("never records from --json unless asked, even inside the window", () => {
    box.today = "2026-12-20";
    const json = box.json<MapJson>(["map", "--quarter"]);
    box.today = "2026-11-26";
    expect(json.recorded).toBe(false);
    expect(reviews(box)).toEqual([]);
  });

  it("records the current quarter in its last 14 days, once per run, and says so on stderr", () => {
    box.today = "2026-12-18";
    const result = box.run(["map", "--quarter"]);
    box.today = "2026-11-26";
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Review of 2026Q4 recorded");
    expect(reviews(box)).toEqual([{ period: "2026Q4", period_from: "2026-10-01", period_to: "2026-12-31", reviewed_on: "2026-12-18" }]);
  });

  it("records a quarter once: mapping it again in its window adds no second review, and says so", () => {
    box.today = "2026-12-20";
    const again = box.run(["map", "--quarter"]);
    box.today = "2026-11-26";
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("2026Q4's review was already recorded on 2026-12-18.");
    expect(reviews(box).filter((r) => r.period === "2026Q4")).toHaveLength(1);
  });

  it("records when asked with --record, any day; not a month or a quarter to come", () => {
    expect(box.json<MapJson>(["map", "--quarter", "2026Q3", "--record"]).recorded).toBe(true);
    expect(box.json<MapJson>(["map", "--quarter", "2026Q2"]).recorded).toBe(false);
    expect(box.run(["map", "--quarter", "2027Q1", "--record"]).code).toBe(2);
    expect(box.run(["map", "--month", "2026-11", "--record"]).code).toBe(2);
    box.ok(["map", "--month", "2026-11"]);
    expect(reviews(box).map((r) => r.period)).toEqual(["2026Q4", "2026Q3"]);
  });
});

describe("a network begun a few days ago", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-24");
    box.ok(["add", "Ada Lovelace", "--date", "2026-11-23", "-q"]);
    box.ok(["add", "Grace Hopper", "--date", "2026-11-24", "-q"]);
    box.today = "2026-11-26";
    box.ok(["log", "ada", "--kind", "share", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("is held to its goals for the days since net was first used, not the whole quarter so far", () => {
    const out = box.ok(["map", "--quarter"], { env: { COLUMNS: "100" } });
    expect(out).not.toMatch(/behind/);
    const json = box.json<MapJson>(["map", "--quarter"]);
    expect(json.pulse.gesturesGiven).toMatchObject({ value: 3, goal: 39, goalSoFar: 1, met: true });
  });
});

describe("an empty network", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
  });
  afterAll(() => box.cleanup());

  it("says the period is empty and still suggests three things", () => {
    // A new user's: no database yet, the default one (a missing --db/NET_DB file is an error for a read).
    const out = box.ok(["map", "--no-record"], { env: { NET_DB: undefined } });
    expect(out).toContain("Nothing logged in 2026Q4 so far");
    expect(out).toMatch(/Next quarter\n {2}1\. .+\n(?: {5}.+\n)* {2}2\. .+\n(?: {5}.+\n)* {2}3\. /);
    const json = JSON.parse(box.ok(["map", "--no-record", "--json"], { env: { NET_DB: undefined } })) as MapJson;
    expect(json.empty).toBe(true);
    expect(json.suggestions).toHaveLength(3);
  });
});

describe("the review clears nudge's quarterly reminder", () => {
  let box: Sandbox;
  beforeAll(() => {
    // Twelve days before the quarter ends: the reminder is due.
    box = sandbox("2026-12-20");
    box.ok(["add", "Ada Lovelace", "--date", "2026-12-01", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("shows the reminder before the map and not after", () => {
    const before = box.json<{ key: string }[]>(["nudge", "--rule", "quarterly-map"]);
    expect(before.map((r) => r.key)).toEqual(["quarterly-map:2026Q4"]);
    box.ok(["map", "--quarter"]);
    expect(box.json<{ key: string }[]>(["nudge", "--rule", "quarterly-map"])).toEqual([]);
  });
});

describe("on a seeded network, the SQL ranking agrees with the pure computation over everyone", () => {
  let box: Sandbox;
  let map: MapJson & { recontact: { quietCount: number; people: unknown[] }; balance: { people: unknown[] } };
  let db: Database.Database;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    const seed = fileURLToPath(new URL("../../scripts/seed.mjs", import.meta.url));
    const result = spawnSync(
      process.execPath,
      [seed, "--contacts", "300", "--interactions", "3000", "--db", box.db, "--today", box.today, "--force"],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH, HOME: box.dir },
      },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    map = box.json(["map", "--quarter", "--no-record"]);
    db = new Database(box.db, { readonly: true });
  });
  afterAll(() => {
    db.close();
    box.cleanup();
  });

  it("re-contact: same people, same order, same counts", () => {
    const people = db
      .prepare(
        `SELECT id, slug, name, tier, cadence_days AS cadenceDays, intent, met_on AS metOn, source, created_at AS createdAt,
                last_interaction_on AS lastInteractionOn FROM contacts WHERE archived_at IS NULL`,
      )
      .all() as PersonLine[];
    const pure = recontact({ people, today: box.today, cadences: TIER_CADENCE_DAYS });
    expect(pure.lapsedCount + pure.dormantCount).toBeGreaterThan(10);
    const listed = map.recontact.people.map((p) => ({ ...(p as object), lastGesture: null }));
    expect({ ...map.recontact, people: listed }).toEqual(pure);
  });

  it("balance: same totals, same people", () => {
    const period = quarterPeriod(2026, 4);
    const links = db
      .prepare(
        `SELECT i.id, i.date, i.kind, i.direction, c.id AS cid, c.slug, c.name, c.archived_at AS archivedAt
         FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id JOIN contacts c ON c.id = ip.contact_id
         WHERE i.date >= ? AND i.date <= ?`,
      )
      .all(period.from, box.today) as {
      id: string;
      date: string;
      kind: never;
      direction: never;
      cid: string;
      slug: string;
      name: string;
      archivedAt: string | null;
    }[];
    const byPerson = new Map<string, PersonBalance>();
    for (const l of links) {
      if (l.archivedAt) continue;
      const part = balanceOf(l.kind, l.direction);
      const entry = byPerson.get(l.cid) ?? { person: { id: l.cid, slug: l.slug, name: l.name }, gave: 0, received: 0, asked: 0 };
      entry.gave += part.gave;
      entry.received += part.received;
      entry.asked += part.asked;
      byPerson.set(l.cid, entry);
    }
    const all = db.prepare("SELECT date, kind, direction FROM interactions").all() as { date: string; kind: never; direction: never }[];
    const pure = balance({ people: [...byPerson.values()], kinds: kindCounts(all, comparison(period, box.today)) });
    expect(pure.people.length).toBeGreaterThan(3);
    expect(map.balance).toEqual(pure);
  });

  it("balance: something logged later in the quarter than today is left out, as the pure computation does", () => {
    const store = new Store(openDatabase(box.db), () => new Date().toISOString());
    const someone = (store.db.prepare("SELECT id FROM contacts WHERE archived_at IS NULL ORDER BY id LIMIT 1").get() as { id: string }).id;
    for (let n = 0; n < 30; n++)
      store.transaction(() =>
        store.insertInteraction({
          date: "2026-12-20",
          kind: "help",
          direction: "received",
          note: null,
          followUpOn: null,
          eventName: null,
          people: [someone],
        }),
      );
    store.db.close();
    const later = box.json<MapJson>(["map", "--quarter", "--no-record"]);
    expect(later.balance).toEqual(map.balance);
  });

  it("to thank: text and Markdown list the first ten of JSON's full list, in its order, and count the rest", () => {
    expect(map.thank.length).toBeGreaterThan(10);
    const text = box.ok(["map", "--quarter", "--no-record"]);
    const section = text.slice(text.indexOf("To thank"), text.indexOf("Balance"));
    const rows = section.split("\n").filter((line) => /^ {2}\d{4}-\d{2}-\d{2} /.test(line));
    expect(rows.map((line) => line.slice(2, 12))).toEqual(map.thank.slice(0, 10).map((t) => t.date));
    for (const [n, line] of rows.entries()) expect(line).toContain((map.thank[n] as { person: { name: string } }).person.name.slice(0, 10));
    expect(section).toContain(`and ${map.thank.length - 10} more (net map --json lists them all)`);
    const md = box.ok(["map", "--quarter", "--no-record", "--md"]);
    expect(md).toContain(`And ${map.thank.length - 10} more.`);
  });
});
