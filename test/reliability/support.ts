import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { build } from "esbuild";
import { afterAll, beforeAll, expect } from "vitest";
import { BIN, type RunResult } from "../helpers/cli.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const TODAY = "2026-11-26";

/**
 * A private copy of the built CLI for this test process: in a shared checkout a rebuild of dist/
 * (which starts by emptying it) would otherwise fail runs at random. better-sqlite3 still resolves
 * from the project's node_modules, above the copy.
 */
const CACHE = join(ROOT, "node_modules", ".cache", "net-reliability");

/** Test workers may be stopped without running exit handlers: clear what dead ones left. */
function clearLeftovers(): void {
  if (!existsSync(CACHE)) return;
  for (const entry of readdirSync(CACHE)) {
    const pid = Number(/^(?:build|driver)-(\d+)/.exec(entry)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(CACHE, entry), { recursive: true, force: true });
    }
  }
}

function snapshotOfBuild(): string {
  clearLeftovers();
  const copy = join(CACHE, `build-${process.pid}`);
  for (let attempt = 0; ; attempt++) {
    try {
      rmSync(copy, { recursive: true, force: true });
      cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
      cpSync(dirname(BIN), join(copy, "bin"), { recursive: true });
      if (!existsSync(join(copy, "dist", "net.cjs"))) throw new Error("dist/net.cjs is missing");
      break;
    } catch (error) {
      if (attempt >= 40) throw new Error(`no build to test (run npm run build): ${(error as Error).message}`);
      spawnSync("sleep", ["0.5"]);
    }
  }
  process.on("exit", () => rmSync(copy, { recursive: true, force: true }));
  return join(copy, "bin", "net");
}
const NET = snapshotOfBuild();

/** The environment users have: this workplace's NODE_EXTRA_CA_CERTS and debug switches left out. */
export function netEnv(db: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NET_DB: db, NET_TODAY: TODAY, TERM: "xterm", NO_COLOR: "1", ...extra };
}

/** Runs the real `bin/net` without blocking, so several can run at once. */
export function runNet(
  args: string[],
  options: {
    db: string;
    env?: Record<string, string>;
    wrapper?: string[];
    cwd?: string;
    /** Killed (SIGKILL) after this long: a run that hangs shows up as signal SIGKILL. */
    timeoutMs?: number;
    onSpawn?: (child: ChildProcess) => void;
  },
): Promise<RunResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const command = [...(options.wrapper ?? []), process.execPath, NET, ...args];
    const child = spawn(command[0] as string, command.slice(1), {
      env: netEnv(options.db, options.env),
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code: code ?? -1, signal });
    });
    options.onSpawn?.(child);
  });
}

/** Runs `bin/net` and waits (for the simple, sequential cases). */
export function runNetSync(args: string[], options: { db: string; env?: Record<string, string>; wrapper?: string[] }): RunResult {
  const command = [...(options.wrapper ?? []), process.execPath, NET, ...args];
  const result = spawnSync(command[0] as string, command.slice(1), {
    env: netEnv(options.db, options.env),
    input: "",
    encoding: "utf8",
    timeout: 20_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** Runs `tasks` with at most `limit` at a time (two cores: more only queues). */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

/** What every failure must look like: exit 1, one `error:` line and at most one `hint:` line, no stack. */
export function expectCleanFailure(result: RunResult, message?: RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(/^error: [^\n]+\n(hint: [^\n]+\n)?$/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain("unexpected failure");
  if (message) expect(result.stderr).toMatch(message);
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function integrity(file: string): string {
  return query<{ integrity_check: string }>(file, "PRAGMA integrity_check")
    .map((r) => r.integrity_check)
    .join("; ");
}

let driver: Promise<string> | undefined;

/**
 * Bundles test/reliability/driver.ts (the real store code) into one file next to node_modules, so
 * separate processes can run it; built once per test file.
 */
export function driverScript(): Promise<string> {
  driver ??= (async () => {
    mkdirSync(CACHE, { recursive: true });
    const outfile = join(CACHE, `driver-${process.pid}.mjs`);
    process.on("exit", () => rmSync(outfile, { force: true }));
    await build({
      entryPoints: [join(ROOT, "test", "reliability", "driver.ts")],
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      external: ["better-sqlite3"],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      logLevel: "warning",
    });
    return outfile;
  })();
  return driver;
}

/** Runs the driver as its own process. */
export function runDriver(
  args: string[],
  onSpawn?: (child: ChildProcess) => void,
): Promise<{ stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null }> {
  return driverScript().then(
    (script) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [script, ...args], { env: netEnv(""), stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk;
        });
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr += chunk;
        });
        child.on("error", reject);
        child.on("close", (code, signal) => resolve({ stdout, stderr, code, signal }));
        onSpawn?.(child);
      }),
  );
}

/** Calls `then` once `child` has printed a line matching `pattern` (on stdout, unless told). */
export function whenPrinted(child: ChildProcess, pattern: RegExp, then: () => void, stream: "stdout" | "stderr" = "stdout"): void {
  let seen = "";
  child[stream]?.on("data", (chunk: Buffer | string) => {
    if (seen === "\0") return;
    seen += String(chunk);
    if (pattern.test(seen)) {
      seen = "\0";
      then();
    }
  });
}

/** test/reliability/stop-at.cjs: loaded into a real net process, stops it at a chosen SQLite write. */
const STOP_AT = join(ROOT, "test", "reliability", "stop-at.cjs");

/**
 * Runs the real `bin/net` and kills it (SIGKILL) at one chosen moment of its writes: `at` is the
 * number of the write statement it stops just before, or "committed" (just after the first COMMIT).
 * The process waits there until killed, so the kill lands at that moment on any machine.
 */
export function runNetKilledAt(args: string[], db: string, at: number | "committed") {
  return runNet(args, {
    db,
    env: { NODE_OPTIONS: `--require ${JSON.stringify(STOP_AT)}`, NET_TEST_STOP_AT: String(at) },
    onSpawn: (child) => whenPrinted(child, /^stopped /m, () => child.kill("SIGKILL"), "stderr"),
  });
}

/** The write statements a run of the real `bin/net` makes, in order (the SQL, shortened). */
export async function netWrites(args: string[], db: string): Promise<{ code: number; writes: string[] }> {
  const run = await runNet(args, { db, env: { NODE_OPTIONS: `--require ${JSON.stringify(STOP_AT)}`, NET_TEST_STOP_AT: "trace" } });
  const writes = [...run.stderr.matchAll(/^run \d+ (.*)$/gm)].map((m) => m[1] as string);
  return { code: run.code, writes };
}

/**
 * A scratch folder for a test file, set up before its tests and removed after: a fresh folder per
 * case, and small tmpfs disks (root only: `mountable` says whether they can be had) to fill.
 */
export function scratch(prefix: string) {
  let dir = "";
  let mountable = false;
  let cases = 0;
  const mounts: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    mountable = canMount(dir);
  });
  afterAll(() => {
    for (const point of mounts) spawnSync("umount", ["-l", point]);
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get mountable() {
      return mountable;
    },
    /** A fresh, empty folder for one case. */
    folder(): string {
      const path = join(dir, `case-${++cases}`);
      mkdirSync(path);
      return path;
    },
    /** A small tmpfs of `size` (e.g. "1m") mounted at `name` in the scratch folder. */
    tinyDisk(name: string, size: string): string {
      const point = join(dir, name);
      mkdirSync(point, { recursive: true });
      const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size},mode=0755`, "tmpfs", point]);
      if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr}`);
      mounts.push(point);
      return point;
    },
  };
}

/** Whether this process may mount file systems (root with CAP_SYS_ADMIN, as in CI here). */
export function canMount(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = join(dir, "probe");
  mkdirSync(probe, { recursive: true });
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status === 0;
  if (ok) spawnSync("umount", [probe]);
  return ok;
}

/**
 * Root ignores file permissions; running net without the capabilities that let it do so
 * (setpriv) makes chmod mean what it means for a user. Null when that can't be arranged.
 */
export function withoutRootPowers(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  const setpriv = spawnSync("setpriv", ["--bounding-set=-dac_override,-dac_read_search", "true"]);
  return setpriv.status === 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] : null;
}
