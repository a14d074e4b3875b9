/**
 * Issue 13, import and export: net touches nothing that isn't its own (devices, links, files
 * planted in a shared folder), and a file never makes the data wrong (someone else's id, values
 * the commands would refuse, derived values, dates out of range, huge or mis-encoded files, a
 * write lock held while planning). Each case runs the real binary on a scratch database.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_FIELD_CHARS, MAX_FILE_BYTES } from "../../src/formats/limits.js";
import { BIN, type Sandbox, sandbox } from "../helpers/cli.js";

const isRoot = process.getuid?.() === 0;
const PAUSE = fileURLToPath(new URL("../helpers/pause-after-read.cjs", import.meta.url));

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

/** A clean failure: the exit code, one message and a hint, no stack trace. */
function expectFailure(result: { code: number; stderr: string }, code: number, message: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/^hint: /m);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

interface Doc {
  contacts: Record<string, unknown>[];
  interactions: Record<string, unknown>[];
  settings: Record<string, unknown>;
  [key: string]: unknown;
}

/** This sandbox's JSON export, as an object to edit. */
function exported(b: Sandbox): Doc {
  return JSON.parse(b.ok(["export", "--format", "json"])) as Doc;
}

function writeDoc(b: Sandbox, doc: Doc, name = "edited.json"): string {
  const file = join(b.dir, name);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

describe("export -o touches only regular files", () => {
  it.skipIf(!isRoot)("refuses a device node, even with --force, and leaves it a device", () => {
    const device = join(box.dir, "null");
    expect(spawnSync("mknod", [device, "c", "1", "3"]).status).toBe(0);
    box.ok(["add", "Ada Lovelace", "-q", "--no-input"]);
    const result = box.run(["export", "-o", device, "--force"]);
    expectFailure(result, 1, /null is a device; net replaces only regular files/);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(lstatSync(device).mode & 0o777).toBe(0o644);
  });

  it("refuses a symbolic link and a named pipe, even with --force, and leaves them and the link's target alone", () => {
    box.ok(["add", "Ada Lovelace", "-q", "--no-input"]);
    const target = join(box.dir, "notes.md");
    writeFileSync(target, "mine\n");
    chmodSync(target, 0o644);
    const link = join(box.dir, "link.json");
    symlinkSync(target, link);
    expectFailure(box.run(["export", "-o", link, "--force"]), 1, /link\.json is a symbolic link; net replaces only regular files/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, "utf8")).toBe("mine\n");
    expect(statSync(target).mode & 0o777).toBe(0o644);

    const pipe = join(box.dir, "pipe.json");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    expectFailure(box.run(["export", "-o", pipe, "--force"]), 1, /pipe\.json is a named pipe/);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it("-o - writes to standard output", () => {
    box.ok(["add", "Ada Lovelace", "-q", "--no-input"]);
    const result = spawnSync(process.execPath, [BIN, "export", "-o", "-", "--format", "csv"], {
      cwd: box.dir,
      env: { PATH: process.env.PATH, HOME: box.dir, NET_DB: box.db, NET_TODAY: box.today },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Name,Slug,/);
    expect(existsSync(join(box.dir, "-"))).toBe(false);
  });
});

describe("export's temporary file in a shared folder", () => {
  it("is not the predictable .NAME.PID.tmp: a link planted under that name leaves its target alone", () => {
    box.ok(["add", "Ada Lovelace", "--email", "ada@example.org", "-q", "--no-input"]);
    // A world-writable folder with the sticky bit, like /tmp, and someone else's 0644 file.
    const shared = join(box.dir, "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const victim = join(box.dir, "victim.conf");
    writeFileSync(victim, "precious\n");
    chmodSync(victim, 0o644);
    // `exec` keeps the shell's pid, so the link is planted under the name net used to write to.
    const script = `ln -s "$VICTIM" "$SHARED/.out.json.$$.tmp" && exec "$NODE" "$BIN" export -o "$SHARED/out.json"`;
    const result = spawnSync("sh", ["-c", script], {
      env: {
        PATH: process.env.PATH,
        HOME: box.dir,
        NET_DB: box.db,
        NET_TODAY: box.today,
        VICTIM: victim,
        SHARED: shared,
        NODE: process.execPath,
        BIN,
      },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("precious\n");
    expect(statSync(victim).mode & 0o777).toBe(0o644);
    const out = join(shared, "out.json");
    expect(lstatSync(out).isFile()).toBe(true);
    expect(lstatSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, "utf8")).toContain("ada@example.org");
    // Only the planted link and the export are left: no temporary file.
    const left = readdirSync(shared).filter((n) => n !== "out.json");
    expect(left).toHaveLength(1);
    expect(lstatSync(join(shared, left[0] as string)).isSymbolicLink()).toBe(true);
  });
});

describe("a JSON import never overwrites someone else through their id", () => {
  it("skips a record whose id is someone else's here, says whose, and takes it only with --force-ids", () => {
    box.ok(["add", "Ada Lovelace", "--email", "ada@example.org", "--note", "met at the Analytical Society", "-q", "--no-input"]);
    const doc = exported(box);
    const ada = doc.contacts[0] as Record<string, unknown>;
    doc.contacts = [
      {
        ...ada,
        name: "Mallory Mischief",
        slug: "mallory-mischief",
        emails: ["mallory@example.org"],
        notes: "pwned",
        updatedAt: "2026-11-26T23:59:59.000Z",
      },
    ];
    doc.interactions = [];
    const file = writeDoc(box, doc);

    const result = box.run(["import", file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      "added 0, merged 0, skipped 1: 1 carry the id of someone else in your network (--force-ids if they are the same person)",
    );
    expect(result.stderr).toContain("Mallory Mischief in the file has the id of ada-lovelace here: skipped");
    const kept = box.json<{ contact: { name: string; emails: string[]; notes: string } }>(["show", "ada-lovelace"]).contact;
    expect(kept).toMatchObject({ name: "Ada Lovelace", emails: ["ada@example.org"], notes: "met at the Analytical Society" });

    // The same person renamed elsewhere (an email in common) is still updated.
    const renamed = writeDoc(
      box,
      { ...doc, contacts: [{ ...ada, name: "Ada King", updatedAt: "2026-11-26T23:59:59.000Z" }] },
      "renamed.json",
    );
    expect(box.json<{ merged: number; skipped: number }>(["import", renamed, "--dry-run"])).toMatchObject({ merged: 1, skipped: 0 });
    const forced = box.json<{ merged: number }>(["import", file, "--force-ids"]);
    expect(forced.merged).toBe(1);
    expect(box.json<{ contact: { name: string } }>(["show", ada.id as string]).contact.name).toBe("Mallory Mischief");
  });
});

describe("a JSON import checks every value as the command that sets it would", () => {
  /** Ada, added with a birthday, and the export of that database. */
  function adaExport(): Doc {
    box.ok(["add", "Ada Lovelace", "--birthday", "12-10", "--date", "2026-11-20", "-q", "--no-input"]);
    return exported(box);
  }
  const contact = (doc: Doc) => doc.contacts[0] as Record<string, unknown>;

  it.each<[string, (doc: Doc) => void, RegExp]>([
    [
      "birthday 02-30",
      (doc) => Object.assign(contact(doc), { birthday: "--02-30" }),
      /contacts\[0\]\.birthday is missing or not valid \("--02-30"\)/,
    ],
    ["metOn 0000-01-01", (doc) => Object.assign(contact(doc), { metOn: "0000-01-01" }), /contacts\[0\]\.metOn is missing or not valid/],
    ["a meeting in the future", (doc) => Object.assign(contact(doc), { metOn: "2027-06-01" }), /contacts\[0\]\.metOn/],
    [
      "a milestone on 2026-13-01",
      (doc) => Object.assign(contact(doc), { milestones: [{ label: "x", date: "2026-13-01" }] }),
      /contacts\[0\]\.milestones/,
    ],
    ["a cadence of 99999 days", (doc) => Object.assign(contact(doc), { cadenceDays: 99999 }), /contacts\[0\]\.cadenceDays/],
    [
      "an interaction dated 0001-01-01",
      (doc) => Object.assign(doc.interactions[0] as object, { date: "0001-01-01" }),
      /interactions\[0\]\.date/,
    ],
    [
      "daysBefore: 1e9",
      (doc) => Object.assign(doc.settings, { rules: { congratulate: { params: { daysBefore: 1e9 } } } }),
      /settings\.rules\.congratulate\.params\.daysBefore is not a number of days from 1 to 3650 \(1000000000\)/,
    ],
    [
      "a card whose text is 42",
      (doc) => Object.assign(doc.settings, { card: { text: 42, updatedOn: "2026-11-01" } }),
      /settings\.card\.text is not a non-empty text/,
    ],
    [
      "a rule net doesn't have",
      (doc) => Object.assign(doc.settings, { rules: { "spin-forever": { enabled: true } } }),
      /settings\.rules\.spin-forever is a rule this net doesn't have/,
    ],
    [
      "a goal of 1e9",
      (doc) => Object.assign(doc.settings, { goals: { gesturesPerWeek: 1e9 } }),
      /settings\.goals\.gesturesPerWeek is not a whole number from 0 to 1000/,
    ],
  ])("refuses %s, naming it, and imports nothing", (_, edit, message) => {
    const doc = adaExport();
    edit(doc);
    const other = sandbox();
    try {
      const result = other.run(["import", writeDoc(box, doc)]);
      expectFailure(result, 1, message);
      expect(other.run(["list", "--all", "--json"]).stdout.trim()).toMatch(/^(\[\]|)$/);
    } finally {
      other.cleanup();
    }
  });

  it("works out derived values again: a last interaction in 9999 for someone with none is not taken", () => {
    const doc = adaExport();
    doc.interactions = [];
    Object.assign(contact(doc), { lastInteractionOn: "9999-12-31" });
    const other = sandbox();
    try {
      other.ok(["import", writeDoc(box, doc)]);
      const shown = other.json<{ contact: { lastInteractionOn: string | null; nextDueOn: string } }>(["show", "ada-lovelace"]).contact;
      // Added on 2026-11-20 in the network tier: due 90 days after meeting, not in the year 10000.
      expect(shown).toMatchObject({ lastInteractionOn: null, nextDueOn: "2027-02-18" });
      expect(other.ok(["show", "ada-lovelace"])).not.toContain("10000");
    } finally {
      other.cleanup();
    }
  });

  it("leaves out nudge's numbered list of the other machine, and says which unknown settings it left out", () => {
    const doc = adaExport();
    doc.settings = { ...doc.settings, "nudge.shown": { day: "2026-11-26", keys: ["x"] }, "future.thing": { a: 1 } };
    const other = sandbox();
    try {
      const result = other.run(["import", writeDoc(box, doc)]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("Left out a setting this net doesn't know: future.thing.");
      expect(other.ok(["export", "--format", "json"])).not.toContain("future.thing");
    } finally {
      other.cleanup();
    }
  });
});

describe("dates are years 1000 to 9999, and negative amounts are refused", () => {
  it.each<[string[], RegExp]>([
    [["log", "ada", "--date", "99999999 days ago"], /the date '99999999 days ago' falls outside the years 1000 to 9999/],
    [["log", "ada", "--date", "9999 years ago"], /the date '9999 years ago' falls outside the years 1000 to 9999/],
    [["log", "ada", "--date", "-1 days ago"], /the date '-1 days ago' has a negative number/],
    [["log", "ada", "--follow-up", "in -3 days"], /the follow-up date 'in -3 days' has a negative number/],
    [["log", "ada", "--follow-up", "9999y"], /the follow-up date '9999y' falls outside the years 1000 to 9999/],
    [["edit", "ada", "--milestone", "launch:13-45"], /can't read '13-45' as a milestone date/],
    [["edit", "ada", "--birthday", "0999-12-10"], /can't read '0999-12-10' as a birthday/],
  ])("net %j is a usage error naming the field", (args, message) => {
    box.ok(["add", "Ada Lovelace", "-q", "--no-input"]);
    expectFailure(box.run(args), 2, message);
    expect(box.json<{ interactions: unknown[] }>(["show", "ada"]).interactions).toHaveLength(1);
  });
});

describe("sizes and encodings", () => {
  it("refuses a CSV with a field just over the limit, naming its line, and exits 1 cleanly", () => {
    const file = join(box.dir, "Connections.csv");
    const big = "x".repeat(MAX_FIELD_CHARS + 1);
    writeFileSync(
      file,
      `First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,,,07 Dec 2025\nGrace,${big},,,,,07 Dec 2025\n`,
    );
    const result = box.run(["import", file]);
    expectFailure(result, 1, /line 3: a field longer than 1,000,000 characters/);
    expect(existsSync(box.db) ? box.run(["list", "--json"]).stdout : "[]").not.toContain("Ada");
  });

  it("refuses a file larger than the limit before reading it", () => {
    const file = join(box.dir, "huge.csv");
    // Sparse: its size is over the limit, its blocks are not written.
    const fd = openSync(file, "w");
    closeSync(fd);
    spawnSync("truncate", ["-s", String(MAX_FILE_BYTES + 1), file]);
    expect(statSync(file).size).toBe(MAX_FILE_BYTES + 1);
    expectFailure(box.run(["import", file]), 1, /huge\.csv: it is larger than 256 MB, the most net reads/);
  });

  it("says a UTF-16 file without a byte-order mark looks like UTF-16, and how to convert it", () => {
    const file = join(box.dir, "contacts.csv");
    const text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAda,Lovelace,,,,,07 Dec 2025\r\n";
    writeFileSync(file, Buffer.from(text, "utf16le"));
    const result = box.run(["import", file]);
    expectFailure(result, 1, /contacts\.csv: this looks like UTF-16LE text without a byte-order mark/);
    expect(result.stderr).toMatch(
      /hint: nothing was imported; convert it to UTF-8 first, e\.g\. iconv -f UTF-16LE -t UTF-8 \S*contacts\.csv > converted\.csv/,
    );
  });
});

describe("import plans before it takes the write lock", () => {
  /** Starts `net import` paused just after it read the people it plans against. */
  function pausedImport(file: string, resume: string) {
    const child = spawn(process.execPath, [BIN, "import", file], {
      env: {
        PATH: process.env.PATH,
        HOME: box.dir,
        NET_DB: box.db,
        NET_TODAY: box.today,
        NODE_OPTIONS: `--require ${JSON.stringify(PAUSE)}`,
        NET_TEST_PAUSE_AFTER: "FROM contact_memory",
        NET_TEST_RESUME: resume,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const paused = new Promise<void>((resolve) => {
      child.stderr.on("data", () => {
        if (stderr.includes("paused\n")) resolve();
      });
    });
    const done = new Promise<{ code: number; stderr: string }>((resolve) =>
      child.on("close", (code) => resolve({ code: code ?? -1, stderr })),
    );
    return { paused, done };
  }

  it("lets another net write while it plans, then plans again on what changed", async () => {
    box.ok(["add", "Grace Hopper", "-q", "--no-input"]);
    const file = join(box.dir, "phone.vcf");
    writeFileSync(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n");
    const resume = join(box.dir, "resume");
    const importing = pausedImport(file, resume);
    await importing.paused;
    // Meanwhile, Ada is added by hand: the write goes through at once (it waited 5 s and failed as busy).
    const added = box.run(["add", "Ada Lovelace", "--email", "ada@example.org", "-q", "--no-input"]);
    expect(added.code, added.stderr).toBe(0);
    writeFileSync(resume, "");
    const result = await importing.done;
    expect(result.code, result.stderr).toBe(0);
    // Planned again after the change: Ada is the one just added, not a second Ada.
    expect(result.stderr).toContain("added 0, merged 0, skipped 1");
    expect(
      box
        .json<{ name: string }[]>(["list"])
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });
});
