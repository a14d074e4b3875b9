import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, typed by use
import { CHECKED, untranslated } from "../../scripts/untranslated.mjs";

const ROOT = join(import.meta.dirname, "..", "..");

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true })
    .map((n) => join(full, String(n)))
    .filter((n) => n.endsWith(".ts"));
}

describe("texts people read", () => {
  it.each(CHECKED as string[])("in %s all come from the catalogues", (folder) => {
    const left = files(folder).flatMap((file) =>
      (untranslated(file) as { line: number; text: string }[]).map(({ line, text }) => `${relative(ROOT, file)}:${line}: ${text}`),
    );
    expect(left).toEqual([]);
  });
});
