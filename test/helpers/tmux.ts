/**
 * Driving programs in a real terminal: a private tmux server (-L) whose panes keep their screen
 * after the command ends, and a pane's screen read, waited on (polled, never a blind sleep) and
 * typed into. Used by the terminal tests (prompts) and the shell tests (hook, completion).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Waits for a command run in a pane as `…; echo $? > file` to end, and returns its exit status. The
 * shell creates the file before it writes into it: only a status in it counts. `screen` says what
 * the pane shows, for the error when the command is still running at the deadline.
 */
export async function exitStatus(file: string, screen: () => string, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const status = () => (existsSync(file) ? readFileSync(file, "utf8").trim() : "");
  while (!status()) {
    if (Date.now() > deadline) throw new Error(`still running after ${timeoutMs} ms; the screen shows:\n${screen()}`);
    await sleep(40);
  }
  return Number(status());
}

export const HAVE_TMUX = spawnSync("tmux", ["-V"], { encoding: "utf8" }).status === 0;

/** Single-quoted for sh. */
export const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export type Tmux = (...args: string[]) => string;

/** A private tmux server: `tmux(...)` runs a tmux command on it; `kill()` stops it and its panes. */
export function tmuxServer(socket: string): { tmux: Tmux; kill: () => void } {
  const config = join(mkdtempSync(join(tmpdir(), "net-tmux-")), "tmux.conf");
  writeFileSync(config, "set -g remain-on-exit on\nset -g history-limit 2000\nset -g status off\n");
  const tmux: Tmux = (...args) =>
    execFileSync("tmux", ["-L", socket, "-f", config, ...args], {
      encoding: "utf8",
      // The server takes its environment from here: no CA bundle to load (slow), not "CI" (no prompts).
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TMUX_TMPDIR: process.env.TMUX_TMPDIR,
        LANG: "C.UTF-8",
        TERM: "xterm-256color",
      },
    });
  // The settings stay while the test file runs (a killed server is started again by the next session).
  process.once("exit", () => rmSync(dirname(config), { recursive: true, force: true }));
  return { tmux, kill: () => void spawnSync("tmux", ["-L", socket, "kill-server"]) };
}

/** One tmux session: what its screen shows, waiting for something to show, typing. */
export class Terminal {
  constructor(
    protected readonly tmux: Tmux,
    readonly target: string,
  ) {}

  /** Everything the terminal shows, wrapped lines joined. */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-J", "-t", this.target, "-S", "-")
      .split("\n")
      .filter((l) => !l.startsWith("Pane is dead"))
      .map((l) => l.trimEnd())
      .join("\n")
      .trim();
  }

  /** Waits until the screen shows `expected`; returns the screen. */
  async waitFor(expected: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof expected === "string" ? screen.includes(expected) : expected.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(expected)}; the screen shows:\n${screen}`);
      await sleep(40);
    }
  }

  /** Types text as a person would (no key names interpreted). */
  type(text: string): this {
    this.tmux("send-keys", "-t", this.target, "-l", text);
    return this;
  }

  keys(...keys: string[]): this {
    this.tmux("send-keys", "-t", this.target, ...keys);
    return this;
  }

  close(): void {
    this.tmux("kill-session", "-t", this.target);
  }
}
