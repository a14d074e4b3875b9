/**
 * Output laid out for 80 columns (COLUMNS=80, piped): no printed line is wider, measured in display
 * columns (Japanese counts two), colour codes aside; words are wrapped, not cut.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/render/terminal.js";
import { type Sandbox, sandbox } from "../helpers/cli.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const SGR = /\u001b\[[0-9;]*m/g;
const COLUMNS = { COLUMNS: "80" };
const NOTE = "東京のAIミートアップで会った。来月の講演についてメールで連絡する約束をした。資料も送ってくれる。";

/** Lines wider than 80 display columns, with their widths. */
function tooWide(text: string): string[] {
  return text
    .replace(SGR, "")
    .split("\n")
    .filter((line) => displayWidth(line) > 80)
    .map((line) => `${displayWidth(line)}: ${line}`);
}

describe("at 80 columns", () => {
  let box: Sandbox;
  beforeAll(() => {
    // The network began in May (the first person added then), so the map holds it to the quarter's goals.
    box = sandbox("2026-05-01");
    box.ok(["add", "Bartholomew Fitzgerald", "--tier", "close", "--date", "2026-05-01", "-q"]);
    box.today = "2026-11-26";
    box.ok(["add", "山田太郎", "--company", "株式会社サンプル", "--sector", "ソフトウェア", "--note", NOTE, "--date", "2026-11-24", "-q"]);
    box.ok([
      "add",
      "Anna Muller-Schmidt",
      "--company",
      "Analytical Engines International",
      "--sector",
      "software",
      "--date",
      "2026-08-01",
      "-q",
    ]);
    box.ok(["log", "山田太郎", "--kind", "help", "--received", "--date", "2026-10-10", "--note", NOTE, "-q"]);
    box.ok(["log", "anna", "--kind", "help", "--received", "--date", "2026-10-12", "--note", "an intro to her investor", "-q"]);
    for (const day of ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-02", "2026-11-03"])
      box.ok(["log", "bartholomew", "--kind", "share", "--date", day, "-q"]);
  });
  afterAll(() => box.cleanup());

  it("nudge wraps a Japanese name and note by display width", () => {
    const out = box.ok(["nudge", "--all"], { env: COLUMNS });
    expect(out).toContain("山田太郎");
    expect(tooWide(out)).toEqual([]);
    // Wrapped, not cut: the reminder quoting the note goes on over a second line.
    expect(out).toMatch(/Thank 山田太郎[^\n]*\n {3}\S/);
  });

  it("nudge wraps with colours on, counting no colour code", () => {
    const out = box.ok(["nudge", "--all"], { env: { ...COLUMNS, FORCE_COLOR: "1" } });
    expect(out).toMatch(SGR);
    expect(tooWide(out)).toEqual([]);
  });

  it("map fits, keeps its verdicts whole, explains the new counts and every glyph of the activity", () => {
    const out = box.ok(["map", "--quarter", "--no-record"], { env: COLUMNS });
    expect(tooWide(out)).toEqual([]);
    // The verdict wraps under its goal instead of being cut ("beh…").
    expect(out).toMatch(/gestures given[^\n]*goal 39 a quarter, 24 by now:\s+behind\n/);
    expect(out).not.toContain("(+n)");
    expect(out).toMatch(/Shape of the network {2}3 people, 1 new in 2026Q4, shown with a \+ below/);
    // Every character the strips use is in the legend (at most 4 a week here: four levels of eight).
    const legend = out.split("\n").find((line) => line.startsWith("  . none")) as string;
    expect(legend).toBe("  . none  - 1  + 2  # 3  @ 4");
    const strips = [...out.matchAll(/^ {2}2026Q\d {3}(\S+) +\d+$/gm)].map((m) => m[1] as string);
    expect(strips).toHaveLength(4);
    for (const glyph of new Set(strips.join(""))) expect(legend).toContain(`${glyph} `);
  });

  it.each([
    ["rules", ["rules"]],
    ["card", ["card"]],
    ["help", ["--help"]],
    ["help of add", ["add", "--help"]],
    ["help of log", ["log", "--help"]],
    ["help of map", ["map", "--help"]],
    ["help of import", ["import", "--help"]],
  ])("%s fits", (_, args) => {
    if (args[0] === "card")
      box.ok(["card", "--set", `I help small teams ship reliable software. ${"Then a long story about it, told slowly. ".repeat(12)}`]);
    const out = box.ok(args, { env: COLUMNS });
    expect(out.length).toBeGreaterThan(200);
    expect(tooWide(out)).toEqual([]);
  });

  it("help wraps at 80 when piped with no COLUMNS", () => {
    const out = box.ok(["--help"]);
    expect(tooWide(out)).toEqual([]);
    expect(out).toContain("Exit codes: 0 success");
  });

  it("list, piped, cuts nothing: slugs are what scripts read", () => {
    const out = box.ok(["list"], { env: COLUMNS });
    for (const text of ["Bartholomew Fitzgerald", "bartholomew-fitzgerald", "anna-muller-schmidt", "Analytical Engines International"])
      expect(out).toContain(text);
  });
});
