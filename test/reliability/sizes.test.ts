import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driverScript, runDriver, runNet } from "./support.js";

// `Math.max(...cells)`, `out.push(...lines)`, `String.fromCharCode(...codes)` pass every element
// as an argument on the stack: past ~120,000 of them (fewer when the stack is deeper), V8 stops with
// "Maximum call stack size exceeded". `net list` did so with 120,000 people.

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
/** A call whose spread is bounded by the program itself says why on the line above: `// bounded: …`. */
const BOUNDED = /\/\/ bounded: \S/;

/** Spread arguments, `f.apply(this, list)` and `Reflect.apply(f, this, list)` in one TypeScript source, as `file:line: call`. */
function spreadCalls(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const lines = text.split("\n");
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
    if (BOUNDED.test(lines[line - 1] ?? "") || BOUNDED.test(lines[line] ?? "")) return;
    found.push(`${name}:${line + 1}: ${node.getText().split("\n")[0]}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) report(node.parent);
    else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "apply") {
      const reflect = node.expression.expression.getText() === "Reflect";
      if (node.arguments.length === (reflect ? 3 : 2)) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no list is spread into a function call", () => {
  it.each([
    ["Math.max(...cells)", 1],
    ["out.push(a, ...wrapLines(text))", 1],
    ["new Set(...sets)", 1],
    ["String.fromCharCode.apply(null, codes)", 1],
    ["Reflect.apply(Math.max, null, cells)", 1],
    ["Math.max(a, b); f.call(null, a); Reflect.apply(f)", 0],
    ["f(...xs.map((x) => g(...x)))", 2],
    ["const all = [...a, ...b]; const o = { ...p }; function f(...rest: number[]) { return rest; }", 0],
    ["// bounded: two words at most\nf(...pair)", 0],
  ])("the check finds %s: %i", (code, count) => {
    expect(spreadCalls("x.ts", code)).toHaveLength(count);
  });

  it("in src/ (each left is bounded by the program, and says why)", () => {
    const found: string[] = [];
    for (const file of readdirSync(SRC, { recursive: true }) as string[])
      if (file.endsWith(".ts")) found.push(...spreadCalls(file, readFileSync(join(SRC, file), "utf8")));
    expect(found).toEqual([]);
  });
});

describe("a network past the size where spreading overflowed", () => {
  const PEOPLE = 150_000;
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "net-sizes-"));
    db = join(dir, "net.db");
    await driverScript();
    // The real store code in one transaction: 150,000 `net add` runs would take an hour.
    const made = await runDriver(["people", db, String(PEOPLE)]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`net list prints all ${PEOPLE.toLocaleString("en")} people`, async () => {
    const list = await runNet(["list"], { db, timeoutMs: 120_000 });
    expect(list.stderr).toBe("");
    expect(list.code).toBe(0);
    const lines = list.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAME +SLUG +COMPANY +SECTOR +TIER +LAST CONTACT +NEXT DUE$/);
    expect(lines).toHaveLength(PEOPLE + 1);
    expect(lines[1]).toMatch(/^Person 0 +person-0-/);
  }, 150_000);
});
