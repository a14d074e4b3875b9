import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { confirmOverwrite } from "../../src/cli/prompts.js";
import { parseCsv } from "../../src/formats/csv.js";
import { FIXTURES } from "../formats/fixtures.js";
import { BIN, type Sandbox, sandbox } from "../helpers/cli.js";
import { derivedStateDrift } from "../helpers/derived.js";
import { writeModuleRecorder } from "../helpers/modules.js";
import { scriptedPrompter } from "../helpers/prompter.js";

const fx = (name: string) => join(FIXTURES, name);

interface Summary {
  format: string;
  dryRun: boolean;
  added: number;
  merged: number;
  skipped: number;
  jobChanges: number;
  interactionsAdded: number | null;
  reasons: Record<string, number>;
  people: { added: { slug: string; name: string }[]; merged: { slug: string; fields: string[]; news: string | null }[] };
}

let box: Sandbox;
const boxes: Sandbox[] = [];
function newBox(): Sandbox {
  const b = sandbox();
  boxes.push(b);
  return b;
}
beforeEach(() => {
  box = newBox();
});
afterEach(() => {
  for (const b of boxes.splice(0)) b.cleanup();
});

const importJson = (b: Sandbox, ...args: string[]) => b.json<Summary>(["import", ...args]);
const people = (b: Sandbox) => b.json<{ name: string }[]>(["list", "--all"]);

describe("net import", () => {
  it("imports an Android vCard, and importing it again adds nobody", () => {
    const first = box.run(["import", fx("android-2.1.vcf")]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(first.stderr).toContain("added 3, merged 0, skipped 0");
    const second = box.run(["import", fx("android-2.1.vcf")]);
    expect(second.stderr).toContain("added 0, merged 0, skipped 3: 3 already in your network, nothing new");
    expect(
      people(box)
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Chidi Okafor", "Jürgen Müller", "Marie Éloïse"]);
  });

  it.each([
    ["iphone-3.0.vcf", "vCard", 2],
    ["google-3.0.vcf", "vCard", 1],
    ["v4.vcf", "vCard", 1],
    ["bom.vcf", "vCard", 1],
    ["linkedin-connections.csv", "LinkedIn connections", 4],
    ["linkedin-old.csv", "LinkedIn connections", 2],
    ["google-current.csv", "Google Contacts CSV", 3],
    ["google-legacy.csv", "Google Contacts CSV", 2],
  ])("recognises %s from its content and adds its people", (name, format, added) => {
    const summary = importJson(box, fx(name));
    expect(summary).toMatchObject({ format, added, merged: 0, dryRun: false });
  });

  it("says why people were skipped, with their lines", () => {
    const result = box.run(["import", fx("linkedin-connections.csv")]);
    expect(result.stderr).toContain("added 4, merged 0, skipped 1: 1 without a name (line 9)");
  });

  it("merges a person known from another source: fills empty fields, keeps what the user wrote", () => {
    box.ok(["add", "Ada Lovelace", "--company", "My note on her company", "--no-input"]);
    const summary = importJson(box, fx("iphone-3.0.vcf"));
    expect(summary).toMatchObject({ added: 1, merged: 1 });
    const ada = box.json<{ contact: { company: string; role: string; emails: string[]; birthday: string; source: string } }>([
      "show",
      "ada-lovelace",
    ]);
    expect(ada.contact).toMatchObject({
      company: "My note on her company",
      role: "CTO",
      emails: ["ada@analytical.example"],
      birthday: "--12-10",
      source: "added",
    });
  });

  it("turns a LinkedIn job change into updated company and role and a news interaction", () => {
    importJson(box, fx("linkedin-connections.csv"));
    const summary = importJson(box, fx("linkedin-newer.csv"));
    expect(summary).toMatchObject({ added: 1, merged: 2, jobChanges: 2 });
    expect(summary.people.merged.map((m) => m.news)).toEqual([
      "new role: Chief Scientist at Babbage & Co",
      "new role: Commodore at US Navy",
    ]);
    const ada = box.json<{ contact: { company: string; role: string }; interactions: { kind: string; note: string; date: string }[] }>([
      "show",
      "ada-lovelace",
    ]);
    expect(ada.contact).toMatchObject({ company: "Babbage & Co", role: "Chief Scientist" });
    expect(ada.interactions).toEqual([
      expect.objectContaining({ kind: "news", note: "new role: Chief Scientist at Babbage & Co", date: box.today }),
    ]);
    // The same newer file again: nothing more to report.
    expect(importJson(box, fx("linkedin-newer.csv"))).toMatchObject({ added: 0, merged: 0, jobChanges: 0 });
  });

  it("keeps imported people out of 'met this month': no first follow-up, the new-person goal still open", () => {
    importJson(box, fx("linkedin-newer.csv")); // Tahani: connected on 2026-11-20, this month
    const rules = box.json<{ rule: string }[]>(["nudge", "--all"]).map((r) => r.rule);
    expect(rules).toContain("new-person-month");
    expect(rules).not.toContain("first-follow-up");
    const tahani = box.json<{ contact: { metOn: string; source: string; tier: string } }>(["show", "tahani-al-jamil"]);
    expect(tahani.contact).toMatchObject({ metOn: "2026-11-20", source: "imported", tier: "network" });
  });

  it("tags everyone in the file with --tag and sets the tier of new people with --tier", () => {
    importJson(box, fx("google-current.csv"), "--tag", "google", "--tier", "active");
    const listed = box.json<{ name: string; tier: string; tags: string[] }[]>(["list", "--all", "--tag", "google"]);
    expect(listed).toHaveLength(3);
    expect(listed.every((p) => p.tier === "active")).toBe(true);
    expect(listed.find((p) => p.name === "Margaret Hamilton")?.tags).toEqual(["Work", "Space", "google"]);
  });

  it("--dry-run prints the same summary and writes nothing", () => {
    const dry = box.run(["import", fx("google-legacy.csv"), "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(existsSync(box.db)).toBe(false);
    expect(dry.stderr).toContain("Dry run, nothing written.");
    expect(dry.stderr).toContain("added 2, merged 0, skipped 0");
    expect(box.run(["list", "--json"]).stderr).toMatch(/there is no net database/);
    const real = box.run(["import", fx("google-legacy.csv")]);
    expect(real.stderr.replace("Dry run, nothing written. ", "")).toBe(dry.stderr.replace(/Dry run, nothing written. |Would have: /g, ""));
  });

  it("reads standard input with -", () => {
    const result = box.run(["import", "-", "--json"], { input: readFileSync(fx("v4.vcf"), "utf8") });
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 1, file: "standard input" });
  });

  it.each([
    ["truncated.vcf", /line 5: this card never ends/],
    ["garbage.bin", /line 2: binary data/],
    ["latin1.csv", /line 3: bytes that are not UTF-8/],
    ["empty.vcf", /the file is empty/],
    ["blank.csv", /the file is empty/],
  ])("refuses %s with exit 1, naming where reading failed, and changes nothing", (name, message) => {
    importJson(box, fx("google-3.0.vcf"));
    const before = box.ok(["export", "--format", "json"]);
    const result = box.run(["import", fx(name)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("hint: nothing was imported");
    expect(result.stderr).not.toContain("    at ");
    expect(box.ok(["export", "--format", "json"])).toBe(before);
  });

  it("asks for --format when it can't tell what a file is, refuses --tag on a net export, and reports a missing file", () => {
    const unknown = box.run(["import", fx("unknown.csv")]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/can't tell what kind of file/);
    expect(unknown.stderr).toMatch(/--format vcard\|linkedin\|google\|json/);
    const forced = box.run(["import", fx("unknown.csv"), "--format", "linkedin"]);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(/line 1: no LinkedIn header/);
    box.ok(["export", "-o", join(box.dir, "mine.json")], { env: { NET_DB: undefined } }); // an empty network's export
    const tagged = box.run(["import", join(box.dir, "mine.json"), "--tag", "x"]);
    expect(tagged.code).toBe(2);
    expect(tagged.stderr).toMatch(/--tag and --tier apply to vCard, LinkedIn and Google imports/);
    const missing = box.run(["import", join(box.dir, "nope.vcf")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no file at/);
  });
});

describe("net import in real use (issue 12)", () => {
  const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
  /** A LinkedIn export with one row per person: [first, last, company, position]. */
  const linkedin = (b: Sandbox, file: string, rows: [string, string, string, string][]) => {
    const lines = rows.map(
      ([first, last, company, role]) =>
        `${first},${last},https://www.linkedin.com/in/${first.toLowerCase()},,"${company}",${role},07 Dec 2025`,
    );
    const path = join(b.dir, file);
    writeFileSync(path, `Notes:\n"Some emails may be missing."\n\n${HEADER}\n${lines.join("\n")}\n`);
    return path;
  };
  const vcard = (b: Sandbox, file: string, cards: string[]) => {
    const path = join(b.dir, file);
    writeFileSync(path, cards.map((c) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${c}\r\nEND:VCARD\r\n`).join(""));
    return path;
  };
  type Shown = {
    contact: {
      company: string | null;
      role: string | null;
      milestones: { label: string }[];
      endedMilestones: { label: string }[];
      createdAt: string;
      nextDueOn: string;
    };
    interactions: { kind: string; note: string }[];
  };
  const show = (b: Sandbox, who: string) => b.json<Shown>(["show", who]);

  it("reads a phone's 'Chief Technology Officer' at 'Analytical Engines, Ltd.' and LinkedIn's 'CTO' at 'Analytical Engines' as one job", () => {
    importJson(
      box,
      vcard(box, "phone.vcf", ["FN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nORG:Analytical Engines, Ltd.;\r\nTITLE:Chief Technology Officer"]),
    );
    const summary = importJson(box, linkedin(box, "Connections.csv", [["Ada", "Lovelace", "Analytical Engines", "CTO"]]));
    expect(summary).toMatchObject({ jobChanges: 0 });
    // The same again, written LinkedIn's way with another legal form: still the same job.
    expect(importJson(box, linkedin(box, "again.csv", [["Ada", "Lovelace", "ANALYTICAL ENGINES LTD", "CTO"]]))).toMatchObject({
      jobChanges: 0,
    });
    const ada = show(box, "ada-lovelace");
    expect(ada.contact).toMatchObject({ company: "Analytical Engines, Ltd.", role: "Chief Technology Officer" });
    expect(ada.interactions.filter((i) => i.kind === "news")).toEqual([]);
  });

  it("turns a real change between two LinkedIn exports into one news item and ends the former company's milestone", () => {
    importJson(box, linkedin(box, "first.csv", [["Ada", "Lovelace", "MedCo", "CTO"]]));
    box.ok(["edit", "ada-lovelace", "--milestone", "joined MedCo:2023-11-27"]);
    // Three years tomorrow: celebrated while she is at MedCo.
    expect(box.ok(["nudge", "--all"])).toContain("3 years since joined MedCo");

    const summary = importJson(box, linkedin(box, "second.csv", [["Ada", "Lovelace", "NewCo Inc.", "CTO"]]));
    expect(summary).toMatchObject({ merged: 1, jobChanges: 1 });
    expect(summary.people.merged[0]).toMatchObject({ news: "new role: CTO at NewCo Inc.", endedMilestones: ["joined MedCo"] });
    // The same export again is no news.
    expect(importJson(box, linkedin(box, "third.csv", [["Ada", "Lovelace", "NewCo", "CTO"]]))).toMatchObject({ jobChanges: 0 });

    const ada = show(box, "ada-lovelace");
    expect(ada.contact).toMatchObject({ company: "NewCo Inc.", role: "CTO", milestones: [], endedMilestones: [{ label: "joined MedCo" }] });
    expect(ada.interactions.filter((i) => i.kind === "news").map((i) => i.note)).toEqual(["new role: CTO at NewCo Inc."]);
    const nudge = box.ok(["nudge", "--all"]);
    expect(nudge).not.toContain("joined MedCo");
    expect(nudge).toContain("Ada Lovelace had news today");
    expect(box.ok(["show", "ada-lovelace"])).toMatch(/ended +joined MedCo 2023-11-27 \(until 2026-11-26\)/);
  });

  it("does not refill a field the user cleared, from LinkedIn or a phone, until the user fills it", () => {
    const file = linkedin(box, "Connections.csv", [["Ada", "Lovelace", "Analytical Engines", "CTO"]]);
    importJson(box, file);
    box.ok(["edit", "ada-lovelace", "--company", "", "--note", ""]);
    expect(importJson(box, file)).toMatchObject({ merged: 0, skipped: 1 });
    importJson(box, vcard(box, "phone.vcf", ["FN:Ada Lovelace\r\nORG:Analytical Engines;\r\nNOTE:met at the phone shop"]));
    expect(show(box, "ada-lovelace").contact).toMatchObject({ company: null, role: "CTO" });
    expect(box.json<{ contact: { notes: string | null } }>(["show", "ada-lovelace"]).contact.notes).toBeNull();
    // Given a value again, the field is the user's, as typed.
    box.ok(["edit", "ada-lovelace", "--company", "Babbage & Co"]);
    expect(show(box, "ada-lovelace").contact.company).toBe("Babbage & Co");
  });

  it("stamps imported and added people with the pinned day: created then, kept in touch from then", () => {
    box.today = "2026-03-14";
    importJson(box, linkedin(box, "Connections.csv", [["Ada", "Lovelace", "Analytical Engines", "CTO"]]));
    importJson(box, vcard(box, "phone.vcf", ["FN:Grace Hopper"]));
    box.ok(["add", "Alan Turing", "--no-input"]);
    for (const who of ["ada-lovelace", "grace-hopper", "alan-turing"])
      expect(show(box, who).contact.createdAt.slice(0, 10)).toBe("2026-03-14");
    // Imported people count their cadence (network, 90 days) from the import day.
    expect(show(box, "ada-lovelace").contact.nextDueOn).toBe("2026-06-12");
  });

  it("gives names in other scripts transliterated slugs, and net add of a Latin name leaves the tables unloaded", () => {
    const summary = importJson(box, vcard(box, "phone.vcf", ["FN:Иван Петров", "FN:李小龍", "FN:Zoë Ñúñez-李"]));
    expect(summary.people.added.map((p) => p.slug)).toEqual(["ivan-petrov", "li-xiao-long", "zoe-nunez"]);
    expect(box.ok(["add", "Иван Петров", "--force", "--no-input"]).trim()).toBe("ivan-petrov-2");

    const recorder = writeModuleRecorder(box.dir);
    const loaded = (name: string) => {
      const log = join(box.dir, `modules-${name.length}.log`);
      const env = { PATH: process.env.PATH, HOME: box.dir, NET_DB: box.db, NET_TODAY: box.today, NET_TEST_MODULE_LOG: log };
      const result = spawnSync(process.execPath, ["--require", recorder, BIN, "add", name, "--no-input"], {
        env,
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(result.status).toBe(0);
      return readFileSync(log, "utf8")
        .split("\n")
        .filter((m) => m.endsWith("transliterate.cjs"));
    };
    expect(loaded("Ada Lovelace")).toEqual([]);
    expect(loaded("Łukasz Żak")).toEqual([]);
    expect(loaded("Сергей Брин")).toHaveLength(1);
  });
});

describe("net export", () => {
  /** A database with a bit of everything: people met and imported, gestures, a job change, a done reminder, a card. */
  function populate(b: Sandbox): void {
    b.ok(["add", "Ada Lovelace", "--email", "ada@analytical.example", "--tier", "close", "--date", "2026-11-02", "--no-input"]);
    b.ok(["log", "ada", "--kind", "share", "--note", "the article", "--date", "2026-11-10"]);
    b.ok(["log", "--event", "Paris AI meetup", "--date", "2026-11-12"]);
    b.ok(["import", fx("linkedin-connections.csv"), "--tag", "linkedin"]);
    b.ok(["import", fx("linkedin-newer.csv")]);
    b.ok(["card", "--set", "I help teams ship reliable software."]);
    b.ok(["nudge"]);
    b.ok(["done", "1"]);
  }

  it("round-trips everything through JSON: an empty database gets exactly the same data", () => {
    populate(box);
    const before = box.ok(["export", "--format", "json"]);
    const doc = JSON.parse(before);
    expect(doc).toMatchObject({ format: "net", version: 1 });
    expect(doc.reminderState.length).toBeGreaterThan(0);
    expect(Object.keys(doc.settings)).toContain("card");
    const file = join(box.dir, "backup.json");
    writeFileSync(file, before);

    const other = newBox();
    const summary = importJson(other, file);
    expect(summary).toMatchObject({ added: doc.contacts.length, merged: 0, skipped: 0, interactionsAdded: doc.interactions.length });
    expect(other.ok(["export", "--format", "json"])).toBe(before);
  });

  it("merges a JSON export into a database that already has part of it, by id", () => {
    importJson(box, fx("google-legacy.csv"));
    const file = join(box.dir, "first.json");
    box.ok(["export", "-o", file]);
    const other = newBox();
    importJson(other, file);

    box.ok(["edit", "dorothy-vaughan", "--tag", "mentor"]);
    populate(box);
    const later = join(box.dir, "later.json");
    box.ok(["export", "-o", later]);
    const summary = importJson(other, later);
    expect(summary).toMatchObject({ added: 5, merged: 1, skipped: 1 }); // Ada, 3 from LinkedIn, Tahani; Dorothy's tag; Mary as she was
    expect(summary.people.merged[0]).toMatchObject({ slug: "dorothy-vaughan", fields: ["tags"] });
    expect(importJson(other, later)).toMatchObject({ added: 0, merged: 0, interactionsAdded: 0 });
    // Both machines now hold the same data (only the stamp of the merge differs).
    const data = (b: Sandbox) => b.ok(["export", "--format", "json"]).replace(/"updatedAt": ".*"/g, "");
    expect(data(other)).toBe(data(box));
    // What the store keeps ready on write agrees with the history on both machines.
    for (const b of [box, other]) {
      const db = new Database(b.db, { readonly: true });
      expect(derivedStateDrift(db)).toEqual([]);
      db.close();
    }
  });

  it("writes a CSV with last contact and next due, neutralising formula cells", () => {
    box.ok([
      "add",
      '=HYPERLINK("http://evil")',
      "--company",
      "+33 danger",
      "--note",
      "@SUM(A1)",
      "--date",
      "2026-11-20",
      "--no-input",
      "--tier",
      "close",
    ]);
    const rows = parseCsv(box.ok(["export", "--format", "csv"])).map((r) => r.cells);
    const header = rows[0] as string[];
    const row = rows[1] as string[];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell("Name")).toBe('\'=HYPERLINK("http://evil")');
    expect(cell("Company")).toBe("'+33 danger");
    expect(cell("Notes")).toBe("'@SUM(A1)");
    expect(cell("Last Contact")).toBe("2026-11-20");
    expect(cell("Next Due")).toBe("2026-12-04");
  });

  it("writes vCard 4.0 a real parser reads, and that imports back as already known", () => {
    importJson(box, fx("iphone-3.0.vcf"));
    importJson(box, fx("v4.vcf"));
    const text = box.ok(["export", "--format", "vcard"]);
    const cards = ICAL.parse(text) as unknown[][];
    expect(cards).toHaveLength(3);
    const file = join(box.dir, "out.vcf");
    writeFileSync(file, text);
    expect(importJson(box, file)).toMatchObject({ added: 0, merged: 0, skipped: 3, reasons: { "up-to-date": 3 } });
  });

  it("writes the due and upcoming gestures as valid iCalendar to-dos with stable UIDs", () => {
    populate(box);
    const text = box.ok(["export", "--format", "ics", "--days", "60"]);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const todos = calendar.getAllSubcomponents("vtodo");
    expect(todos.length).toBeGreaterThan(0);
    const uids = todos.map((t) => String(t.getFirstPropertyValue("uid")));
    expect(new Set(uids).size).toBe(uids.length);
    for (const todo of todos) {
      const due = (todo.getFirstPropertyValue("due") as ICAL.Time).toString();
      expect(due >= box.today && due <= "2027-01-25").toBe(true);
    }
    expect(box.ok(["export", "--format", "ics", "--days", "60"])).toBe(text);
    const soon = new ICAL.Component(ICAL.parse(box.ok(["export", "--format", "ics", "--days", "0"])) as unknown[]);
    expect(soon.getAllSubcomponents("vtodo").length).toBeLessThanOrEqual(todos.length);
  });

  it("words each to-do as of its own due day, not the export day", () => {
    const own = sandbox("2026-11-26");
    try {
      own.ok(["add", "Ada Lovelace", "--tier", "active", "--date", "2026-11-01", "-q"]);
      own.ok(["log", "ada", "--kind", "share", "--date", "2026-11-20", "-q"]);
      // Keep-in-touch falls due on 2026-12-20, thirty days after the share.
      const calendar = new ICAL.Component(ICAL.parse(own.ok(["export", "--format", "ics", "--days", "30"])) as unknown[]);
      const todo = calendar.getAllSubcomponents("vtodo").find((t) => String(t.getFirstPropertyValue("uid")).startsWith("keep-in-touch:"));
      expect(String(todo?.getFirstPropertyValue("due"))).toBe("2026-12-20");
      expect(String(todo?.getFirstPropertyValue("summary"))).toBe(
        "Reconnect with Ada Lovelace — last time you shared something, 30 days ago",
      );
    } finally {
      own.cleanup();
    }
  });

  it("-o refuses to replace an existing file without --force, and picks the format from the extension", () => {
    importJson(box, fx("google-3.0.vcf"));
    const file = join(box.dir, "network.csv");
    writeFileSync(file, "precious");
    const refused = box.run(["export", "-o", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists/);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(file, "utf8")).toBe("precious");
    const forced = box.run(["export", "-o", file, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toMatch(/^Name,Slug,/);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it("rejects --days without --format ics as a usage error", () => {
    expect(box.run(["export", "--days", "10"]).code).toBe(2);
    expect(box.run(["export", "--format", "ics", "--days", "soon"]).code).toBe(2);
  });
});

describe("confirmOverwrite", () => {
  it("asks before replacing a file, defaulting to no", async () => {
    const p = scriptedPrompter({ overwrite: true });
    expect(await confirmOverwrite(p, "network.csv")).toBe(true);
    expect(p.question("overwrite")).toMatchObject({ kind: "confirm", default: false, message: "network.csv already exists. Replace it?" });
  });
});
