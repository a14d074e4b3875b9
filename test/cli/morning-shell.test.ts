/**
 * The shell hook and completion in real shells (bash, zsh, fish) under tmux, on a private server.
 * Each shell starts with a clean environment (`env -i`), HOME in a temporary folder, and a PATH
 * whose `net` and `node` are stand-ins that record each start before running the real ones: "a
 * second shell the same day starts no node process" is then a count. The waits poll the screen
 * for the prompt (`READY`), never sleeping blindly. Skipped, saying so, for a shell not installed
 * (.ci/run installs them). Run `npm run build` first (npm test does).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, type Sandbox, sandbox } from "../helpers/cli.js";
import { HAVE_TMUX, quote, Terminal, tmuxServer } from "../helpers/tmux.js";

const has = (program: string) => spawnSync(program, ["--version"], { encoding: "utf8" }).status === 0;
const SHELLS = (["bash", "zsh", "fish"] as const).filter((shell) => {
  const ok = HAVE_TMUX && has(shell);
  if (!ok) console.warn(`shell hook tests for ${shell} skipped: ${HAVE_TMUX ? shell : "tmux"} is not installed (.ci/run installs it)`);
  return ok;
});

const SOCKET = `net-morning-${process.pid}`;
const { tmux, kill: killServer } = tmuxServer(SOCKET);
const STACK = /\n\s+at .+[:(]\d+/;

let sessions = 0;

/** One interactive shell in its own tmux session. */
class Shell extends Terminal {
  private constructor(target: string) {
    super(tmux, target);
  }

  static start(command: string[], env: Record<string, string>): Shell {
    const target = `s${++sessions}`;
    const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
    tmux("new-session", "-d", "-s", target, "-x", "120", "-y", "30", ["env", "-i", ...vars, ...command.map(quote)].join(" "));
    return new Shell(target);
  }
}

/** A folder of stand-ins: `net` and `node` that write a line to `calls` and run the real ones. */
function standIns(dir: string, options: { net?: string } = {}): { bin: string; calls: string } {
  const bin = join(dir, "bin");
  const calls = join(dir, "calls.txt");
  mkdirSync(bin, { recursive: true });
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  script("node", `echo node >> ${quote(calls)}\nexec ${quote(process.execPath)} "$@"`);
  script("net", options.net ?? `echo net >> ${quote(calls)}\nexec node ${quote(BIN)} "$@"`);
  return { bin, calls };
}

const starts = (calls: string) => (existsSync(calls) ? readFileSync(calls, "utf8").split("\n").filter(Boolean).length : 0);

/** The command line that starts `shell` interactively with the hook (and `extra` setup) in its start-up file. */
function shellWithHook(
  shell: (typeof SHELLS)[number],
  dir: string,
  hook: string,
  extra = "",
): { command: string[]; env: Record<string, string> } {
  const file = join(dir, `hook.${shell}`);
  writeFileSync(file, hook);
  if (shell === "bash") {
    const rc = join(dir, "bashrc");
    writeFileSync(rc, `PS1='READY$ '\n${extra}\nsource ${quote(file)}\n`);
    return { command: ["bash", "--noprofile", "--rcfile", rc, "-i"], env: {} };
  }
  if (shell === "zsh") {
    const zdot = join(dir, "zdot");
    mkdirSync(zdot, { recursive: true });
    writeFileSync(join(zdot, ".zshrc"), `PROMPT='READY%# '\n${extra}\nsource ${quote(file)}\n`);
    return { command: ["zsh", "-i"], env: { ZDOTDIR: zdot } };
  }
  const config = join(dir, "config");
  mkdirSync(join(config, "fish"), { recursive: true });
  writeFileSync(
    join(config, "fish", "config.fish"),
    `set -g fish_greeting ''\nfunction fish_prompt; echo -n 'READY> '; end\n${extra}\nsource ${quote(file)}\n`,
  );
  return { command: ["fish", "-i"], env: { XDG_CONFIG_HOME: config } };
}

describe.skipIf(SHELLS.length === 0)("the shell hook", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Ada Lovelace", "--tier", "active", "--date", "2026-09-01", "-q"]);
    box.ok(["add", "Grace Hopper", "--date", "2026-09-01", "-q"]);
    box.ok(["log", "ada", "--kind", "share", "--date", "2026-10-16", "--note", "the article", "-q"]);
    box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-11-10", "--note", "Intro to her investor", "-q"]);
  });
  afterAll(() => {
    // The shells first: fish writes into the sandbox as it exits.
    killServer();
    box.cleanup();
  });

  /** Starts the shell with a fresh state folder or the one given, on `day`; returns it at its prompt. */
  async function open(shell: (typeof SHELLS)[number], dir: string, env: Record<string, string>, extra = "") {
    const { bin } = standIns(dir);
    const hook = box.ok(["hook", shell]);
    const setup = shellWithHook(shell, dir, hook, extra);
    const pane = Shell.start(setup.command, {
      PATH: `${bin}:/usr/local/bin:/usr/bin:/bin`,
      HOME: dir,
      TERM: "xterm-256color",
      LANG: "C.UTF-8",
      NET_DB: box.db,
      NET_TODAY: box.today,
      ...setup.env,
      ...env,
    });
    const screen = await pane.waitFor(/READY/);
    pane.close();
    return screen;
  }

  describe.each(SHELLS)("in %s", (shell) => {
    it("nudges briefly on the first shell of the day, then starts no process until the next day", async () => {
      const dir = mkdtempSync(join(box.dir, `${shell}-`));
      const { calls } = standIns(dir);
      const first = await open(shell, dir, {});
      expect(first).toContain("net · Thank Grace Hopper");
      expect(first).toContain("net nudge for all");
      const before = first.slice(0, first.indexOf("READY"));
      expect(before.split("\n").filter((l) => l.trim()).length).toBeLessThanOrEqual(3);
      expect(readFileSync(join(dir, ".local", "state", "net", "morning"), "utf8").trim()).toBe("2026-11-26");
      const started = starts(calls);
      expect(started).toBeGreaterThan(0);

      const second = await open(shell, dir, {});
      expect(second).not.toContain("net ·");
      expect(starts(calls)).toBe(started); // neither net nor node started

      const nextDay = await open(shell, dir, { NET_TODAY: "2026-11-27" });
      expect(nextDay).toContain("net · ");
      expect(starts(calls)).toBeGreaterThan(started);
    });

    it("survives set -u, a missing net, and a database that can't be opened", async () => {
      const strict = shell === "bash" ? "set -u" : shell === "zsh" ? "setopt nounset" : "";
      const dir = mkdtempSync(join(box.dir, `${shell}-`));
      const ok = await open(shell, dir, {}, strict);
      expect(ok).toContain("net · Thank Grace Hopper");
      expect(ok).not.toMatch(/unbound|parameter not set|error/i);

      // No net on PATH: nothing at all, not even a complaint.
      const bare = mkdtempSync(join(box.dir, `${shell}-`));
      const setup = shellWithHook(shell, bare, box.ok(["hook", shell]), strict);
      const pane = Shell.start(setup.command, { PATH: "/usr/bin:/bin", HOME: bare, TERM: "xterm-256color", LANG: "C.UTF-8", ...setup.env });
      const missing = await pane.waitFor(/READY/);
      pane.close();
      expect(missing.slice(0, missing.indexOf("READY")).trim()).toBe("");

      const broken = mkdtempSync(join(box.dir, `${shell}-`));
      const screen = await open(shell, broken, { NET_DB: join(broken, "no", "such", "net.db") });
      const said = screen.slice(0, screen.indexOf("READY")).trim();
      expect(said.split("\n")).toHaveLength(1);
      expect(said).toMatch(/^error: net nudge could not run: /);
      expect(screen).not.toMatch(STACK);
    });
  });

  it.skipIf(!SHELLS.includes("bash") || spawnSync("timeout", ["--version"]).status !== 0)(
    "never blocks the shell: a stuck net is stopped after the time limit",
    async () => {
      const dir = mkdtempSync(join(box.dir, "stuck-"));
      const { bin } = standIns(dir, { net: "exec sleep 60" });
      const setup = shellWithHook("bash", dir, box.ok(["hook", "bash"]));
      const pane = Shell.start(setup.command, {
        PATH: `${bin}:/usr/bin:/bin`,
        HOME: dir,
        TERM: "xterm-256color",
        NET_TODAY: box.today,
        NET_HOOK_TIMEOUT: "1",
      });
      const screen = await pane.waitFor(/READY/);
      pane.close();
      expect(screen).toContain("net: the morning nudge took over 1 s and was stopped; try net nudge");
    },
  );
});

describe.skipIf(SHELLS.length === 0)("completion", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Ada Lovelace", "-q"]);
    box.ok(["add", "Grace Hopper", "-q"]);
  });
  afterAll(() => {
    killServer();
    box.cleanup();
  });

  it.each(SHELLS)("completes people's slugs and a flag's choices in %s", async (shell) => {
    const dir = mkdtempSync(join(box.dir, `${shell}-`));
    const { bin } = standIns(dir);
    const script = box.ok(["completion", shell]);
    const file = join(dir, `net.${shell}`);
    writeFileSync(file, script);
    const setup = shellWithHook(shell, dir, "", `source ${quote(file)}`);
    const pane = Shell.start(setup.command, {
      PATH: `${bin}:/usr/bin:/bin`,
      HOME: dir,
      TERM: "xterm-256color",
      LANG: "C.UTF-8",
      NET_DB: box.db,
      NET_TODAY: box.today,
      ...setup.env,
    });
    try {
      await pane.waitFor(/READY/);
      pane.type("net log ad").keys("Tab");
      await pane.waitFor("net log ada-lovelace");
      pane.keys("C-u").type("net log ada-lovelace --kind sh").keys("Tab");
      await pane.waitFor("--kind share");
      pane.keys("C-u").type("net hook z").keys("Tab");
      await pane.waitFor("net hook zsh");
    } finally {
      pane.close();
    }
  });
});
