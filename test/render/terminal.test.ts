import { describe, expect, it } from "vitest";
import { colourWanted, displayWidth, padEnd, safeText, table, truncate } from "../../src/render/terminal.js";

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
