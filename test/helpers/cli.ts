import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/net", import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** A scratch home for one test: its own database, today pinned. */
export interface Sandbox {
  dir: string;
  db: string;
  today: string;
  run(args: string[], options?: { env?: Record<string, string | undefined>; input?: string }): RunResult;
  /** Runs and fails the test unless the command succeeded; returns stdout. */
  ok(args: string[], options?: { env?: Record<string, string | undefined>; input?: string }): string;
  json<T = unknown>(args: string[]): T;
  cleanup(): void;
}

export function sandbox(today = "2026-11-26"): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), "net-test-"));
  const db = join(dir, "net.db");
  const box: Sandbox = {
    dir,
    db,
    today,
    run(args, options = {}) {
      const env: Record<string, string | undefined> = {
        PATH: process.env.PATH,
        HOME: dir,
        NET_DB: db,
        NET_TODAY: box.today,
        TERM: "xterm",
        ...options.env,
      };
      for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
      const result = spawnSync(process.execPath, [BIN, ...args], {
        env: env as NodeJS.ProcessEnv,
        input: options.input ?? "",
        encoding: "utf8",
        timeout: 20_000,
      });
      return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
    },
    ok(args, options) {
      const result = box.run(args, options);
      if (result.code !== 0) throw new Error(`net ${args.join(" ")} exited ${result.code}\n${result.stderr}`);
      return result.stdout;
    },
    json<T>(args: string[]): T {
      return JSON.parse(box.ok([...args, "--json"])) as T;
    },
    cleanup() {
      // A shell or process still finishing (fish writes its completion cache on exit) can add a
      // file while the folder is removed: retry rather than fail the run on ENOTEMPTY.
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    },
  };
  return box;
}
