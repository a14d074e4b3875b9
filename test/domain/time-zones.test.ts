import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
/** The suite's date tables: days must be calendar days whatever the machine's time zone. */
const TABLES = ["test/domain/dates.test.ts", "test/domain/dates-languages.test.ts", "test/rules/dates.test.ts"];

/** Runs the date tables in a vitest of their own, with TZ set (Node reads it at start-up). */
function runIn(tz: string): Promise<{ code: number | null; output: string }> {
  // Not this run's own settings: a vitest inside a vitest would take them for its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_OPTIONS"));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules", "vitest", "vitest.mjs"), "run", ...TABLES, "--maxWorkers", "1"], {
      cwd: ROOT,
      env: { ...env, TZ: tz, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the date tables pass in every time zone", () => {
  // São Paulo: UTC-3 (a day starts at 03:00 UTC); Kiritimati: UTC+14, the earliest day on Earth.
  it.each(["America/Sao_Paulo", "Pacific/Kiritimati"])(
    "under TZ=%s",
    async (tz) => {
      const { code, output } = await runIn(tz);
      expect(output).toMatch(/Tests\s+\d+ passed/);
      expect(code, output).toBe(0);
    },
    120_000,
  );
});
