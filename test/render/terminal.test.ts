import { describe, expect, it } from "vitest";
import { colourWanted, displayWidth, outputWidth, padEnd, safeText, table, truncate, wrapLines } from "../../src/render/terminal.js";

// Anything a terminal would obey rather than show.
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("safeText", () => {
  it.each([
    ["\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m"],
    ["ring\u0007", "ring\\x07"],
    ["over\rwrite", "over\\x0dwrite"],
    ["\u001b]0;title\u0007", "\\x1b]0;title\\x07"],
    ["csi\u009b2J", "csi\\x9b2J"],
    ["del\u007f", "del\\x7f"],
    ["nul\u0000", "nul\\x00"],
    ["abc\u202eevil", "abc\\u{202e}evil"],
    ["\u2066isolate\u2069", "\\u{2066}isolate\\u{2069}"],
  ])("neutralises %j as visible %j", (text, shown) => {
    expect(safeText(text)).toBe(shown);
    expect(safeText(text)).not.toMatch(CONTROL);
  });

  it.each(["Zoë Faure", "Ada 🎉 Lovelace", "👩‍💻 dev", "李小龍", 'O\'Brien "the" <b>', "café crème", "🇫🇷"])("keeps %j as it is", (text) => {
    expect(safeText(text)).toBe(text);
    expect(safeText(text, true)).toBe(text);
  });

  it("keeps newlines and tabs, or turns them into spaces on a single line", () => {
    expect(safeText("line one\nline two\tend")).toBe("line one\nline two\tend");
    expect(safeText("line one\nline two\tend", true)).toBe("line one line two end");
    expect(safeText("a\n\n\nb", true)).toBe("a b");
  });
});

describe("colourWanted", () => {
  it.each([
    [{ flag: true, env: {}, isTTY: true }, true],
    [{ flag: true, env: {}, isTTY: false }, false],
    [{ flag: false, env: {}, isTTY: true }, false],
    [{ flag: true, env: { NO_COLOR: "1" }, isTTY: true }, false],
    [{ flag: true, env: { NO_COLOR: "" }, isTTY: true }, true],
    [{ flag: true, env: { TERM: "dumb" }, isTTY: true }, false],
    [{ flag: true, env: { FORCE_COLOR: "1" }, isTTY: false }, true],
    [{ flag: true, env: { FORCE_COLOR: "0" }, isTTY: false }, false],
    [{ flag: true, env: { FORCE_COLOR: "1", NO_COLOR: "1" }, isTTY: true }, false],
    [{ flag: false, env: { FORCE_COLOR: "1" }, isTTY: true }, false],
  ])("%o → %s", (options, wanted) => {
    expect(colourWanted(options)).toBe(wanted);
  });
});

describe("displayWidth and truncate", () => {
  it.each([
    ["abc", 3],
    ["Zoë", 3],
    ["Zoe\u0308", 3],
    ["李小龍", 6],
    ["🎉", 2],
    ["👩‍💻", 2],
    ["🇫🇷", 2],
    ["Paris 🇫🇷", 8],
    ["ｈｉ", 4],
    ["", 0],
    ["山田太郎", 8],
    ["한국어", 6],
    ["e\u0301te\u0301", 3],
    ["a\u200bb", 2],
    ["👍🏽", 2],
    ["👨‍👩‍👧", 2],
    ["❤\ufe0f", 2],
    ["©", 1],
    ["\u001b[31mred\u001b[39m", 3],
    ["\u001b[1m山田\u001b[22m", 4],
  ])("%j takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it.each([
    ["Analytical Engines", 10, "Analytica…"],
    ["short", 10, "short"],
    ["exactly10!", 10, "exactly10!"],
    ["李小龍李小龍", 7, "李小龍…"],
    ["🎉🎉🎉🎉", 6, "🎉🎉…"],
    ["Zoe\u0308 Faure", 4, "Zoe\u0308…"],
    ["👨‍👩‍👧👨‍👩‍👧", 3, "👨‍👩‍👧…"],
    ["🇫🇷🇩🇪🇮🇹", 5, "🇫🇷🇩🇪…"],
  ])("cuts %j to %i columns as %j", (text, width, cut) => {
    expect(truncate(text, width)).toBe(cut);
    expect(displayWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });

  it("pads by display width, not by string length", () => {
    expect(padEnd("李", 4)).toBe("李  ");
    expect(padEnd("🎉", 3)).toBe("🎉 ");
    expect(padEnd("toolong", 3)).toBe("toolong");
  });
});

describe("table", () => {
  interface Row {
    name: string;
    company: string;
    tier: string;
  }
  const columns = [
    { header: "NAME", value: (r: Row) => r.name, min: 8 },
    { header: "COMPANY", value: (r: Row) => r.company },
    { header: "TIER", value: (r: Row) => r.tier, min: 7 },
  ];
  const rows: Row[] = [
    { name: "Ada Lovelace", company: "Analytical Engines International", tier: "active" },
    { name: "李小龍 Bruce Lee", company: "Golden Harvest 🎬", tier: "close" },
    { name: "Zoë Faure", company: "", tier: "network" },
  ];

  it("prints a header and one line per row, aligned, without trailing spaces", () => {
    const lines = table(rows, columns, { width: 200 }).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^NAME {2,}COMPANY {2,}TIER$/);
    for (const line of lines) expect(line).toBe(line.trimEnd());
    // The TIER column starts at the same display column on every line.
    const tierAt = (line: string, tier: string) => displayWidth(line.slice(0, line.lastIndexOf(tier)));
    expect(tierAt(lines[1] as string, "active")).toBe(tierAt(lines[0] as string, "TIER"));
    expect(tierAt(lines[2] as string, "close")).toBe(tierAt(lines[0] as string, "TIER"));
    expect(tierAt(lines[3] as string, "network")).toBe(tierAt(lines[0] as string, "TIER"));
  });

  it.each([30, 40, 50, 58])("fits %i columns, cutting the widest cells with …", (width) => {
    const out = table(rows, columns, { width });
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(out).toContain("…");
    expect(out).toContain("active");
    expect(out).toContain("network");
  });

  it("keeps each column at its minimum when even that is wider than the screen", () => {
    const out = table(rows, columns, { width: 10 });
    const header = out.split("\n")[0] as string;
    expect(header.startsWith("NAME")).toBe(true);
    expect(header).toContain("TIER");
  });

  it("does not cut anything when the table fits", () => {
    const out = table(rows, columns, { width: 120 });
    expect(out).not.toContain("…");
    expect(out).toContain("Analytical Engines International");
    expect(out).toContain("李小龍 Bruce Lee");
  });

  it("neutralises control characters in cells and keeps rows on one line", () => {
    const evil = [{ name: "Eve\u001b[2J\nNewline", company: "Co\u0007\r", tier: "close" }];
    const out = table(evil, columns, { width: 120 });
    expect(out).not.toMatch(CONTROL);
    expect(out.split("\n")).toHaveLength(2);
    expect(out).toContain("Eve\\x1b[2J Newline");
  });

  it("passes the header through the given painter", () => {
    const out = table(rows, columns, { width: 120, header: (h) => `<${h}>` });
    expect(out.split("\n")[0]).toMatch(/^<NAME.*TIER>$/);
  });
});

describe("wrapLines", () => {
  it.each([
    ["one two three four five six", 10, {}, ["one two", "three four", "five six"]],
    ["one two three", 80, {}, ["one two three"]],
    ["Thank 山田太郎 for the intro", 12, {}, ["Thank", "山田太郎 for", "the intro"]],
    // Japanese has no spaces: broken between characters, by columns.
    ["東京のAIミートアップで会った。", 10, {}, ["東京のAIミ", "ートアップ", "で会った。"]],
    ["see https://example.org/a/very/long/path ok", 12, {}, ["see https://", "example.org/", "a/very/long/", "path ok"]],
    ["one two three four", 12, { first: "1. " }, ["1. one two", "   three", "   four"]],
    ["one two three four", 12, { first: "  → ", rest: "    " }, ["  → one two", "    three", "    four"]],
    ["first line\nsecond one", 80, {}, ["first line", "second one"]],
    ["a  b   c", 80, {}, ["a  b   c"]],
    ["  indented paragraph", 80, {}, ["  indented paragraph"]],
    ["", 10, { first: "x " }, ["x"]],
  ])("%j at %i columns, %o", (text, width, options, lines) => {
    expect(wrapLines(text, width, options)).toEqual(lines);
  });

  it("counts no colour code, in the prefix or the text, and paints only the text", () => {
    const red = (t: string) => `\u001b[31m${t}\u001b[39m`;
    const lines = wrapLines("aaaa bbbb cccc", 9, { first: `${red("1.")} `, paint: red });
    expect(lines).toEqual([`${red("1.")} ${red("aaaa")}`, `   ${red("bbbb")}`, `   ${red("cccc")}`]);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(9);
  });

  it.each([20, 31, 80])("never goes wider than %i columns, whatever the text", (width) => {
    const text = `山田太郎 ${"x".repeat(100)} 🇫🇷🇫🇷 👨‍👩‍👧 e\u0301 ${"東京".repeat(30)} end`;
    const lines = wrapLines(text, width, { first: "  1. " });
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    // Nothing lost, nothing split inside a cluster.
    expect(lines.join("").replace(/ /g, "")).toBe(`1.${text.replace(/ /g, "")}`);
  });
});

describe("outputWidth", () => {
  it.each([
    [120, {}, 120],
    [undefined, {}, 80],
    [undefined, { COLUMNS: "100" }, 100],
    [90, { COLUMNS: "100" }, 90],
    [undefined, { COLUMNS: "wide" }, 80],
    [undefined, { COLUMNS: "0" }, 80],
  ])("a terminal of %s columns and %o: %i", (columns, env, width) => {
    expect(outputWidth(columns, env)).toBe(width);
  });
});

describe("table: names first", () => {
  interface Person {
    name: string;
    slug: string;
    company: string;
    sector: string;
  }
  const people: Person[] = [
    {
      name: "Anna Muller-Schmidt",
      slug: "anna-muller-schmidt",
      company: "Analytical Engines International",
      sector: "software engineering",
    },
    { name: "Bartholomew Fitzgerald", slug: "bartholomew-fitzgerald", company: "Navy", sector: "research" },
  ];
  const columns = (drop: boolean) => [
    { header: "NAME", value: (p: Person) => p.name, min: 12, keep: true },
    { header: "SLUG", value: (p: Person) => p.slug, min: 8, keep: true },
    { header: "COMPANY", value: (p: Person) => p.company, ...(drop ? { drop: 2 } : {}) },
    { header: "SECTOR", value: (p: Person) => p.sector, ...(drop ? { drop: 1 } : {}) },
    { header: "TIER", value: () => "network", min: 7 },
  ];

  it.each([
    [72, false, ["COMPANY", "SECTOR"]],
    [80, true, ["COMPANY", "SECTOR"]],
    [64, true, ["COMPANY"]],
    [56, true, []],
  ])("at %i columns (dropping: %s) names and slugs stay whole; shown: %o", (width, drop, others) => {
    const out = table(people, columns(drop), { width });
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    for (const p of people) {
      expect(out).toContain(p.name);
      expect(out).toContain(p.slug);
    }
    for (const header of ["COMPANY", "SECTOR"]) expect(out.split("\n")[0]?.includes(header.slice(0, 5))).toBe(others.includes(header));
  });

  it.each([
    [56, false],
    [40, true],
  ])("at %i columns (dropping: %s) cuts names last, when nothing else is left to give", (width, drop) => {
    const out = table(people, columns(drop), { width });
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(out).toContain("…");
    expect(out).toContain("network");
  });
});
