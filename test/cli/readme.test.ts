/**
 * Issue 12: README's set-up is two commands on a fresh clone, and its quickstart works as pasted,
 * without `npm link`. The quickstart block is run as written, by bash in the project's folder, with a
 * `net` on PATH that fails (as if `npm link` was never run), a scratch HOME (so the default database
 * path) and today pinned. `npm install` itself is not run here: a fresh clone checks that (see the
 * commit adding this file).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sandbox } from "../helpers/cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The first ```sh block after `heading`. */
function shellBlock(heading: string): string {
  const at = README.indexOf(`\n## ${heading}\n`);
  expect(at, `README has a "## ${heading}" section`).toBeGreaterThan(-1);
  const block = /```sh\n([\s\S]*?)```/.exec(README.slice(at));
  expect(block, `a sh block under "## ${heading}"`).not.toBeNull();
  return block?.[1] ?? "";
}

/** The commands of a block: comments dropped, continued lines joined. */
function commands(block: string): string[] {
  return block
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter(Boolean);
}

describe("README's set-up and quickstart", () => {
  const box = sandbox();
  afterAll(() => box.cleanup());

  it("sets up in two commands: install and run the main job, then the tests", () => {
    expect(commands(shellBlock("Install"))).toEqual(["npm install && npx net nudge", "npm test"]);
  });

  it("the quickstart works as pasted in the clone's folder, without npm link", { timeout: 60_000 }, () => {
    const script = shellBlock("Two-minute quickstart");
    // A `net` on PATH that fails: plain `net` in the quickstart would need `npm link`.
    const bin = join(box.dir, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "net"), "#!/bin/sh\necho 'net: command not found (npm link was not run)' >&2\nexit 127\n", { mode: 0o755 });
    const result = spawnSync("bash", ["-e", "-c", script], {
      cwd: ROOT,
      env: {
        PATH: [bin, dirname(process.execPath), process.env.PATH].join(":"),
        HOME: box.dir,
        NET_TODAY: box.today,
        npm_config_cache: join(box.dir, ".npm"),
        npm_config_update_notifier: "false",
      },
      encoding: "utf8",
      timeout: 55_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("command not found");
    // It wrote to the default database, under HOME.
    const list = box.json<{ slug: string; lastInteractionOn: string }[]>(["list", "--db", join(box.dir, ".local/share/net/net.db")]);
    expect(list.map((p) => p.slug)).toEqual(["ada-lovelace", "grace-hopper"]);
    expect(result.stdout).toContain("Network map 2026Q4");
  });
});
