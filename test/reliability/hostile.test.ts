import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeTags, parseBirthday, parseMilestone } from "../../src/domain/contacts.js";
import { isIsoDate, parseDate, parseDuration, parseWhen, readDate, readDuration } from "../../src/domain/dates.js";
import { UserError } from "../../src/domain/errors.js";
import { foldName, resolvePerson, slugify, uniqueSlug } from "../../src/domain/names.js";
import { readDay, urlKey } from "../../src/formats/record.js";
import { displayWidth, safeText, table, truncate } from "../../src/render/terminal.js";
import { pool, runNet } from "./support.js";

// -- what hostile text looks like -------------------------------------------------------------------
const NASTY = [
  "\u0000",
  "\u0007",
  "\u0008",
  "\r",
  "\n",
  "\t",
  "\u001b",
  "\u001b[2J",
  "\u001b[31m",
  "\u001b]0;pwned\u0007",
  "\u009b",
  "\u007f",
  "\u202e",
  "\u2066",
  "\u200b",
  "\ufeff",
  "é",
  "e\u0301",
  "İ",
  "ß",
  "ﬃ",
  "Ω",
  "Å",
  "🇫🇷",
  "👩‍💻",
  "𝔘𝔫𝔦",
  "中文",
  "ｗｉｄｅ",
  "'",
  '"',
  ";",
  "--",
  "/*",
  "%",
  "_",
  "\\",
  "$(id)",
  "`",
  "'; DROP TABLE contacts; --",
  "Robert'); DELETE FROM interactions; --",
  " OR 1=1",
  "NULL",
  "undefined",
  "__proto__",
  "constructor",
  "-",
  "--help",
  " ",
  "Ada",
];
const piece = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 4 }), fc.string({ maxLength: 6 }));
/** Anything at all, leaning towards the characters that break things. */
const hostile = fc.oneof(
  { weight: 5, arbitrary: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(piece, { minLength: 200, maxLength: 600 }).map((parts) => parts.join("")) },
);
/** What can travel through argv: no NUL, well-formed UTF-16. */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s); // no lone surrogate halves
const argvSafe = hostile.filter((s) => !s.includes("\u0000") && wellFormed(s));

const day = fc
  .date({ min: new Date("1901-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Date-like text: what people type, what they mistype, and the extremes. */
const dateText = fc.oneof(
  hostile,
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom("d", "day", "days", "w", "weeks", "m", "months", "y", "years", "x", ""))
    .map(([n, unit]) => `${n} ${unit} ago`),
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom("d", "w", "m", "y", "weeks", "months", "years"))
    .map(([n, unit]) => `in ${n} ${unit}`),
  fc.tuple(fc.integer({ min: -5, max: 99999 }), fc.constantFrom("d", "w", "m", "y", "mo", "yr", "q", "")).map(([n, unit]) => `${n}${unit}`),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc
    .tuple(
      fc.constantFrom("last", "next", "this", ""),
      fc.constantFrom("friday", "fri", "fr", "mon", "sunday", "week", "month", "year", "FRIDAY"),
    )
    .map(([a, b]) => `${a} ${b}`),
  fc.constantFrom("today", "yesterday", "tomorrow", "now", " Today ", "a week ago", "an hour ago", "one month ago", "in a year"),
);

/** Calls `fn`; a thrown UserError is an allowed answer, anything else fails the property. */
function onlyUserErrors(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}

// C0 and C1 controls (but newline and tab), DEL, bidi overrides: never raw on a terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const RUNS = { numRuns: 400, seed: 20261126 };

describe("dates and durations from hostile text", () => {
  it("readDate never throws, and answers null or a real YYYY-MM-DD day", () => {
    fc.assert(
      fc.property(dateText, day, (text, today) => {
        const result = readDate(text, today);
        expect(result === null || isIsoDate(result), `${JSON.stringify(text)} → ${result}`).toBe(true);
      }),
      RUNS,
    );
  });

  it("parseDate and parseWhen answer a real day or a usage error (exit 2), nothing else", () => {
    fc.assert(
      fc.property(dateText, day, (text, today) => {
        for (const result of [onlyUserErrors(() => parseDate(text, today)), onlyUserErrors(() => parseWhen(text, today))]) {
          // (The message may quote the text raw: src/cli/main.ts neutralises it when printing.)
          if (result instanceof UserError) expect(result.exitCode).toBe(2);
          else expect(isIsoDate(result as string), `${JSON.stringify(text)} → ${result}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("readDuration never throws: null or a positive amount of d, w, m or y; parseDuration only usage errors", () => {
    fc.assert(
      fc.property(dateText, (text) => {
        const duration = readDuration(text);
        if (duration) {
          expect(Number.isInteger(duration.amount) && duration.amount > 0).toBe(true);
          expect(["d", "w", "m", "y"]).toContain(duration.unit);
        }
        const parsed = onlyUserErrors(() => parseDuration(text));
        if (parsed instanceof UserError) expect(parsed.exitCode).toBe(2);
      }),
      RUNS,
    );
  });

  it("birthdays and milestones: a value or a usage error", () => {
    fc.assert(
      fc.property(dateText, hostile, (text, label) => {
        const birthday = onlyUserErrors(() => parseBirthday(text));
        if (!(birthday instanceof UserError)) expect(birthday).toMatch(/^(--\d{2}-\d{2}|\d{4}-\d{2}-\d{2})$/);
        const milestone = onlyUserErrors(() => parseMilestone(`${label}:${text}`));
        if (!(milestone instanceof UserError)) expect((milestone as { label: string }).label.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

describe("names and tags from hostile text", () => {
  it("folding and slugs never throw; a slug is short, URL-safe and never empty", () => {
    fc.assert(
      fc.property(hostile, (name) => {
        foldName(name);
        const slug = slugify(name);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(40);
        const taken = new Set([slug, `${slug}-2`]);
        expect(uniqueSlug(name, (s) => taken.has(s))).toBe(`${slug}-3`);
      }),
      RUNS,
    );
  });

  it("name resolution never throws, and always finds a person by their id or slug", () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 8 }), hostile, (names, query) => {
        const people = names.map((name, i) => ({ id: `id-${i}`, slug: `${slugify(name)}-${i}`, name }));
        resolvePerson(query, people);
        for (const p of people) {
          expect(resolvePerson(p.id, people)).toEqual({ kind: "found", person: p });
          expect(resolvePerson(p.slug, people)).toEqual({ kind: "found", person: p });
        }
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it("tags keep what was typed (trimmed), drop blanks and case-insensitive duplicates", () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 10 }), (tags) => {
        const merged = mergeTags([], tags);
        for (const tag of merged) {
          expect(tag).toBe(tag.trim());
          expect(tag).not.toBe("");
          expect(tags.map((t) => t.trim())).toContain(tag);
        }
        expect(new Set(merged.map((t) => t.toLowerCase())).size).toBe(merged.length);
      }),
      RUNS,
    );
  });
});

describe("terminal output of hostile text", () => {
  it("safeText leaves no raw control characters, keeps clean text as it is, and keeps lines unless asked", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const shown = safeText(text);
        expect(shown).not.toMatch(RAW_CONTROL);
        const oneLine = safeText(text, true);
        expect(oneLine).not.toMatch(RAW_CONTROL);
        expect(oneLine).not.toMatch(/[\n\t]/);
        if (!RAW_CONTROL.test(text)) expect(shown).toBe(text);
        expect(shown.split("\n").length).toBe(text.split("\n").length);
      }),
      RUNS,
    );
  });

  it("tables and truncation never throw and never go wider than asked", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { maxLength: 6 }), fc.integer({ min: 20, max: 160 }), (rows, width) => {
        const out = table(
          rows,
          [
            { header: "NAME", value: (r) => r[0], min: 6 },
            { header: "NOTE", value: (r) => r[1], min: 6 },
          ],
          { width },
        );
        expect(out).not.toMatch(RAW_CONTROL);
        for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        for (const [name] of rows) expect(displayWidth(truncate(safeText(name, true), 12))).toBeLessThanOrEqual(12);
      }),
      { ...RUNS, numRuns: 200 },
    );
  });
});

describe("regular expressions on user text stay linear", () => {
  // `/\s+$/` on a row padded with 20,000 spaces retries from every space: quadratic (8.5 s for
  // `net list` with one long name). The same holds for any unanchored `x+$`, `x*$` or `.*$`.
  const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
  // A regex literal: its body (classes may hold a slash) and flags.
  const LITERAL = /(?<![\w)\]])\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/g;
  /** Top-level alternatives of a regex body. */
  const alternatives = (body: string) => {
    const out = [""];
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < body.length; i++) {
      const ch = body[i] as string;
      if (ch === "\\") {
        out[out.length - 1] += ch + (body[++i] ?? "");
        continue;
      }
      if (inClass) inClass = ch !== "]";
      else if (ch === "[") inClass = true;
      else if (ch === "(") depth++;
      else if (ch === ")") depth--;
      else if (ch === "|" && depth === 0) {
        out.push("");
        continue;
      }
      out[out.length - 1] += ch;
    }
    return out;
  };
  const retriesEverywhere = (body: string) =>
    alternatives(body).some((alt) => !alt.startsWith("^") && /(?:[+*]|\{\d*,\d*\})\??\)*\$$/.test(alt));

  it.each([
    ["\\s+$", true],
    ["\\/+$", true],
    ["[?#].*$", true],
    ["^-+|-+$", true],
    ["T.*$", true],
    ["^\\s*(\\d{1,4})\\s*([a-z]+)\\s*$", false],
    ["^[a-z0-9-]+$", false],
    ["^-|-$", false],
    ["\\s+", false],
  ])("the check flags %s: %s", (body, flagged) => {
    expect(retriesEverywhere(body)).toBe(flagged);
  });

  it("no unanchored `x+$` in src/", () => {
    const found: string[] = [];
    for (const file of readdirSync(SRC, { recursive: true }) as string[]) {
      if (!file.endsWith(".ts")) continue;
      readFileSync(join(SRC, file), "utf8")
        .split("\n")
        .forEach((line, n) => {
          if (line.trim().startsWith("//") || line.trim().startsWith("*")) return;
          for (const [, body] of line.matchAll(LITERAL)) if (retriesEverywhere(body as string)) found.push(`${file}:${n + 1} /${body}/`);
        });
    }
    expect(found).toEqual([]);
  });

  it.each([
    ["a long padded name", "x".repeat(20_000)],
    ["a short one beside it", "Ada"],
  ])("a table row with %s ends at its last character", (_, name) => {
    const rows = [
      { name: "x".repeat(20_000), note: "" },
      { name, note: "" },
    ];
    const lines = table(
      rows,
      [
        { header: "NAME", value: (r) => r.name },
        { header: "NOTE", value: (r) => r.note },
      ],
      { width: Number.MAX_SAFE_INTEGER },
    ).split("\n");
    expect(lines[2]).toBe(name);
    expect(lines[1]).toBe("x".repeat(20_000));
  });

  it.each([
    [`a${"/".repeat(20_000)}b/`, `a${"/".repeat(20_000)}b`],
    [`https://x.org/${"?".repeat(20_000)}\nb`, "x.org"],
    ["https://www.linkedin.com/in/Ada-L///", "linkedin.com/in/ada-l"],
    ["linkedin.com/in/ada-l?trk=x#top", "linkedin.com/in/ada-l"],
  ])("urlKey(%#) cuts the query and trailing slashes", (url, key) => {
    expect(urlKey(url)).toBe(key);
  });

  it.each([
    ["1985-12-10T00:00:00Z", "1985-12-10"],
    [`1985-12-10${"T".repeat(20_000)}\nx`, "1985-12-10"],
    [`${"T".repeat(20_000)}\n`, null],
    ["--1210", "--12-10"],
  ])("readDay(%#) reads the day before the time", (text, expected) => {
    expect(readDay(text)).toBe(expected);
  });
});

// -- the real binary -------------------------------------------------------------------------------
let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "net-hostile-"));
  db = join(dir, "net.db");
  for (const args of [
    ["add", "Ada Lovelace", "--tag", "ai", "--no-input", "-q"],
    ["add", "Grace Hopper", "--no-input", "-q"],
    ["add", "Zoë Ünal", "--no-input", "-q"],
    ["log", "ada", "grace", "--kind", "meeting", "--follow-up", "2w", "-q"],
  ]) {
    const run = await runNet(args, { db });
    if (run.code !== 0) throw new Error(`setup failed: net ${args.join(" ")}: ${run.stderr}`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const ANSI_SGR = /\u001b\[[0-9;]*m/g;

describe("hostile names, notes and tags through net", () => {
  it("are stored exactly and read back through --json; printed without raw control characters", async () => {
    // 10 people × (add, log, show --json) + a look at two of them on a terminal + the list: ~33 runs.
    const samples = fc.sample(fc.tuple(argvSafe, argvSafe, argvSafe, argvSafe), { numRuns: 8, seed: 7 });
    samples.push(["\u001b]0;owned\u0007Eve \u001b[31mRed", "line one\r\nline two\u0007", "'; DROP TABLE contacts; --", "\u202eevil\u202c"]);
    samples.push(["x".repeat(20_000), "n".repeat(50_000), "t".repeat(500), "é".repeat(10_000)]);
    await pool(
      samples.map(([name, notes, tag, note], i) => async () => {
        const display = `${name} ${i}`;
        const add = await runNet(["add", `--note=${notes}`, `--tag=${tag}`, "--no-input", "--force", "-q", "--", display], { db });
        expect(add.stderr).toBe("");
        expect(add.code).toBe(0);
        const slug = add.stdout.trim();
        const logged = await runNet(["log", slug, "--kind", "share", `--note=${note}`, "-q"], { db });
        expect(logged.stderr).toBe("");
        expect(logged.code).toBe(0);

        const shown = await runNet(["show", slug, "--json"], { db });
        expect(shown.code, shown.stderr).toBe(0);
        const { contact, interactions } = JSON.parse(shown.stdout) as {
          contact: { name: string; notes: string | null; tags: string[] };
          interactions: { kind: string; note: string | null }[];
        };
        expect(contact.name).toBe(display.trim());
        expect(contact.notes).toBe(notes.trim() === "" ? null : notes.trim());
        expect(contact.tags).toEqual(tag.trim() === "" ? [] : [tag.trim()]);
        expect(interactions.find((x) => x.kind === "share")?.note).toBe(note.trim() === "" ? null : note);

        if (i < samples.length - 2) return;
        // On a terminal (colours forced on): only colour codes, never the user's escapes, bells or CRs.
        const human = await runNet(["show", slug], { db, env: { FORCE_COLOR: "1", NO_COLOR: "" } });
        expect(human.code, human.stderr).toBe(0);
        expect(human.stdout.replace(ANSI_SGR, "")).not.toMatch(RAW_CONTROL);
      }),
      2,
    );
    expect(samples).toHaveLength(10);
    const list = await runNet(["list"], { db, env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(list.code).toBe(0);
    expect(list.stdout.replace(ANSI_SGR, "")).not.toMatch(RAW_CONTROL);
  }, 120_000);

  it("a fuzz pass over random command lines: exit 0, 1 or 2, never a stack trace or an unexpected failure", async () => {
    const cleanDate = dateText.filter((t) => !t.includes("\u0000") && wellFormed(t));
    const flagValues: Record<string, fc.Arbitrary<string>> = {
      "--kind": fc.constantFrom("share", "intro", "help", "thanks", "event", "meeting", "bogus", ""),
      "--date": cleanDate,
      "--follow-up": cleanDate,
      "--cadence": cleanDate,
      "--tier": fc.constantFrom("close", "active", "network", "dormant", "best"),
      "--tag": argvSafe,
      "--note": argvSafe,
      "--event": argvSafe,
      "--company": argvSafe,
      "--email": fc.constantFrom("ada@example.org", "not an email", ""),
      "--birthday": fc.constantFrom("12-10", "02-30", "1815-12-10", "--12-10", "xx"),
      "--milestone": fc.constantFrom("joined:2025-01-01", "no date", ":2025-01-01", "x:13-45"),
      "--sort": fc.constantFrom("name", "due", "last", "height"),
      "--limit": fc.constantFrom("1", "0", "-3", "many"),
      "--quarter": fc.constantFrom("2026Q3", "2026Q4", "2026Q5", "Q1", "last", "2026-Q1"),
      "--rule": fc.constantFrom("thank", "keep-in-touch", "bogus"),
      "--set": argvSafe,
    };
    const flagWithValue = fc
      .constantFrom(...Object.keys(flagValues))
      .chain((flag) => (flagValues[flag] as fc.Arbitrary<string>).map((v) => [flag, v]));
    const bareFlag = fc
      .constantFrom("--json", "--received", "--mutual", "--purge", "--yes", "--all", "--force", "--restore", "-q", "--bogus")
      .map((f) => [f]);
    const subject = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("ada", "grace", "zoe", "Zoë Ünal", "ada-lovelace", "nobody", "1", "2", "99", "0") },
      {
        weight: 2,
        arbitrary: fc.constantFrom("set", "enable", "disable", "keep-in-touch", "keep-in-touch.tier.close", "gestures-per-week", "3", "2w"),
      },
      { weight: 2, arbitrary: argvSafe },
    );
    const command = fc.constantFrom(
      "add",
      "log",
      "list",
      "ls",
      "show",
      "edit",
      "rm",
      "nudge",
      "done",
      "snooze",
      "map",
      "rules",
      "goals",
      "card",
      "export",
      "import",
      "help",
      "bogus",
    );
    const line = fc
      .tuple(command, fc.array(subject, { maxLength: 2 }), fc.array(fc.oneof(flagWithValue, bareFlag), { maxLength: 3 }))
      .map(([cmd, subjects, flags]) => [cmd, ...subjects, ...flags.flat()]);
    const lines = fc.sample(line, { numRuns: 60, seed: 11 });
    const results = await pool(
      lines.map((argv) => async () => {
        // No editor, no prompts: every run must end by itself.
        const run = await runNet(["--no-input", ...argv], { db, env: { EDITOR: "false", VISUAL: "false" }, cwd: dir, timeoutMs: 15_000 });
        return { argv, ...run };
      }),
      2,
    );
    const bad = results.filter(
      (r) => ![0, 1, 2].includes(r.code) || /^\s+at /m.test(r.stderr) || r.stderr.includes("unexpected failure") || r.signal !== null,
    );
    expect(
      bad.map((r) => ({ argv: r.argv, code: r.code, signal: r.signal, stderr: r.stderr.slice(0, 400) })),
      "command lines that crashed",
    ).toEqual([]);
    // The pass reached past argument parsing: successes, failures and usage errors all occurred.
    expect(new Set(results.map((r) => r.code))).toEqual(new Set([0, 1, 2]));
  }, 120_000);
});
