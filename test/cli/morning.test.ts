/**
 * The nudge that comes to the person, through the real binary: --brief, --exit-code, --week,
 * --notify (with a stand-in notify-send), and net remind with stand-in systemctl and crontab on
 * PATH and HOME in the sandbox: nothing here touches this machine's scheduler or ~/.config.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

function seed(box: Sandbox) {
  box.ok(["add", "Ada Lovelace", "--tier", "active", "--date", "2026-09-01", "--birthday", "--11-29", "-q"]);
  box.ok(["add", "Grace Hopper", "--date", "2026-09-01", "-q"]);
  box.ok(["log", "ada", "--kind", "share", "--date", "2026-10-16", "--note", "the article", "-q"]);
  box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-11-10", "--note", "Intro to her investor", "-q"]);
  box.ok(["log", "grace", "--kind", "meeting", "--date", "2026-11-12", "--follow-up", "2026-11-30", "-q"]);
}

/** A network with nothing due: no one in it, and the two rules that speak to a new user turned off. */
function nothingDue(): Sandbox {
  const box = sandbox("2026-11-26");
  box.ok(["rules", "disable", "new-person-month", "-q"]);
  box.ok(["rules", "disable", "narrative-card", "-q"]);
  return box;
}

describe("net nudge --brief and --exit-code", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    seed(box);
  });
  afterAll(() => box.cleanup());

  it("is at most three lines: the top two of nudge's list, then where to see them all", () => {
    const full = box.json<{ message: string }[]>(["nudge"]);
    const brief = box.run(["nudge", "--brief"], { env: { COLUMNS: "200" } });
    expect(brief.code).toBe(0);
    const lines = brief.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`net · ${full[0]?.message}`);
    expect(lines[1]).toBe(`net · ${full[1]?.message}`);
    expect(lines[2]).toBe(`net nudge for all (${full.length - 2} more)`);
    expect(brief.stderr).toBe("");
  });

  it("keeps no numbered list (it shows no numbers) and writes nothing", () => {
    const empty = sandbox("2026-11-26");
    try {
      seed(empty);
      empty.ok(["nudge", "--brief"]);
      expect(empty.run(["done", "1"]).stderr).toContain("no numbered list was kept today");
    } finally {
      empty.cleanup();
    }
  });

  it("prints nothing, and exits 0, when nothing is due", () => {
    const quiet = nothingDue();
    const env = {};
    try {
      expect(quiet.run(["nudge", "--brief"], { env })).toEqual({ stdout: "", stderr: "", code: 0 });
      expect(quiet.run(["nudge", "--brief", "--exit-code"], { env }).code).toBe(0);
      expect(quiet.run(["nudge", "--exit-code"], { env }).code).toBe(0);
    } finally {
      quiet.cleanup();
    }
  });

  it("exits 3 with --exit-code when something is due (brief or not)", () => {
    expect(box.run(["nudge", "--brief", "--exit-code"]).code).toBe(3);
    expect(box.run(["nudge", "--exit-code", "-q"]).code).toBe(3);
    expect(box.run(["nudge", "--brief"]).code).toBe(0);
  });

  it("says what went wrong in one line, with no hint block, when the database can't be opened", () => {
    const result = box.run(["nudge", "--brief"], { env: { NET_DB: join(box.dir, "nowhere", "net.db") } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: net nudge could not run: /);
  });
});

describe("README's Every morning section", () => {
  it("names the three ways and how to undo each, with the hook's own markers", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("\n## Every morning\n"), readme.indexOf("\n## Commands\n"));
    const box = sandbox();
    try {
      const hook = box.ok(["hook", "zsh"]).trimEnd().split("\n");
      expect(section).toContain(`Undo: delete the lines between \`${hook[0]}\` and \`${hook.at(-1)}\``);
    } finally {
      box.cleanup();
    }
    expect(section).toContain("net remind install");
    expect(section).toContain("net remind uninstall");
    expect(section).toContain("net export --format ics");
  });
});

describe("net nudge --week", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    seed(box);
  });
  afterAll(() => box.cleanup());

  it("shows the week ahead by day: today's, then a birthday and a promised follow-up on their days", () => {
    const out = box.ok(["nudge", "--week"]);
    expect(out).toMatch(/^Today, Thu 26 Nov\n/);
    expect(out).toContain("\nSun 29 Nov\n");
    expect(out).toContain("\nMon 30 Nov\n");
    const days = box.json<{ day: string; reminders: { rule: string }[] }[]>(["nudge", "--week"]);
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
    expect(days.find((d) => d.day === "2026-11-29")?.reminders.map((r) => r.rule)).toContain("congratulate");
    expect(days.find((d) => d.day === "2026-11-30")?.reminders.map((r) => r.rule)).toContain("follow-up-promise");
    expect(days.every((d) => d.day >= "2026-11-26" && d.day <= "2026-12-02")).toBe(true);
  });

  it("shows what a morning's nudge will: a month's first reminder on the 1st, a snoozed one on the day it comes back", () => {
    const own = sandbox("2026-12-28");
    try {
      own.ok(["add", "Ada Lovelace", "--date", "2026-12-01", "-q"]);
      own.ok(["log", "ada", "--kind", "help", "--received", "-q"]);
      own.ok(["nudge", "-q"]);
      const thank = own.json<{ key: string; rule: string }[]>(["nudge", "--all"]).find((r) => r.rule === "thank");
      own.ok(["snooze", thank?.key as string, "2026-12-31", "-q"]);
      const days = own.json<{ day: string; reminders: { rule: string }[] }[]>(["nudge", "--week"]);
      const on = (day: string) => days.find((d) => d.day === day)?.reminders.map((r) => r.rule) ?? [];
      expect(on("2026-12-28")).not.toContain("thank");
      expect(on("2026-12-31")).toContain("thank");
      expect(on("2027-01-01")).toContain("new-person-month");
      expect(own.ok(["nudge", "--week"])).not.toContain("Nothing falls due");
    } finally {
      own.cleanup();
    }
  });
});

/** A folder of stand-ins that write their arguments (and stdin) to `log`. */
function standIns(dir: string, programs: Record<string, string>): { bin: string; log: string } {
  const bin = join(dir, "stand-ins");
  const log = join(dir, "calls.log");
  mkdirSync(bin, { recursive: true });
  for (const [name, body] of Object.entries(programs)) {
    writeFileSync(join(bin, name), `#!/bin/sh\nprintf '%s\\n' "${name} $*" >> '${log}'\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return { bin, log };
}

const calls = (log: string) => (existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : []);

describe("net nudge --notify (the daily job)", () => {
  let box: Sandbox;
  let env: Record<string, string | undefined>;
  let log: string;
  beforeEach(() => {
    box = sandbox("2026-11-26");
    seed(box);
    const s = standIns(box.dir, { "notify-send": "exit 0" });
    log = s.log;
    env = { PATH: `${s.bin}:/usr/bin:/bin` };
  });
  afterAll(() => box?.cleanup());

  it("sends one notification with the count and the first gesture, once a day", () => {
    const first = box.json<{ message: string; suggestion: string }[]>(["nudge", "--all"]);
    // (--json keeps the numbered list: start again from a database where nudge has not run today.)
    const fresh = sandbox("2026-11-26");
    try {
      seed(fresh);
      expect(fresh.run(["nudge", "--notify"], { env }).code).toBe(0);
      expect(calls(log)).toEqual([
        `notify-send --app-name=net net: ${first.length} small gestures today ${first[0]?.message}`,
        `→ ${first[0]?.suggestion}`,
      ]);
      fresh.ok(["nudge", "--notify"], { env });
      expect(calls(log)).toHaveLength(2); // not twice the same day
      fresh.today = "2026-11-27";
      fresh.ok(["nudge", "--notify"], { env });
      expect(calls(log).filter((l) => l.startsWith("notify-send"))).toHaveLength(2);
    } finally {
      fresh.cleanup();
    }
  });

  it("stays quiet when net nudge already ran today, or the shell hook nudged today", () => {
    box.ok(["nudge", "-q"]);
    box.ok(["nudge", "--notify"], { env });
    expect(calls(log)).toEqual([]);
    const other = sandbox("2026-11-26");
    try {
      seed(other);
      mkdirSync(join(other.dir, ".local", "state", "net"), { recursive: true });
      writeFileSync(join(other.dir, ".local", "state", "net", "morning"), "2026-11-26\n");
      other.ok(["nudge", "--notify"], { env });
      expect(calls(log)).toEqual([]);
    } finally {
      other.cleanup();
    }
  });

  it("stays quiet when nothing is due", () => {
    const quiet = nothingDue();
    try {
      quiet.ok(["nudge", "--notify"], { env });
      expect(calls(log)).toEqual([]);
    } finally {
      quiet.cleanup();
    }
  });

  it("says once that there is no notifier", () => {
    const none = { PATH: "/usr/bin:/bin" };
    const first = box.run(["nudge", "--notify"], { env: none });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("no desktop notifier found");
    expect(box.run(["nudge", "--notify"], { env: none }).stderr).toBe("");
  });
});

describe("net remind", () => {
  let box: Sandbox;
  let env: Record<string, string | undefined>;
  let log: string;
  const crontabFile = () => join(box.dir, "crontab.txt");
  beforeEach(() => {
    box = sandbox("2026-11-26");
    const s = standIns(box.dir, {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code, not a template
      systemctl: 'case "$*" in *is-system-running*) echo "${STAND_IN_SYSTEMD:-offline}";; esac; exit 0',
      crontab: `f='${join(box.dir, "crontab.txt")}'
case "$1" in
  -l) [ -f "$f" ] && cat "$f" || { echo "no crontab for you" >&2; exit 1; } ;;
  -r) rm -f "$f" ;;
  -) cat > "$f" ;;
esac`,
      "notify-send": "exit 0",
    });
    log = s.log;
    env = { PATH: `${s.bin}:/usr/bin:/bin` };
  });
  afterAll(() => box?.cleanup());

  it("asks before it writes: without a terminal, nothing is set up unless --yes", () => {
    const result = box.run(["remind", "install"], { env: { ...env, STAND_IN_SYSTEMD: "running" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("net remind will write:");
    expect(result.stderr).toContain(join(box.dir, ".config", "systemd", "user", "net-morning.timer"));
    expect(result.stderr).toContain("hint: add --yes");
    expect(existsSync(join(box.dir, ".config", "systemd"))).toBe(false);
    expect(calls(log).filter((l) => !l.includes("is-system-running"))).toEqual([]);
  });

  it("sets up a systemd user timer (Persistent) where systemd runs, and removes it", () => {
    const out = box.ok(["remind", "install", "--at", "08:30", "--yes"], { env: { ...env, STAND_IN_SYSTEMD: "running" } });
    expect(out.trim()).toBe("systemd 08:30");
    const dir = join(box.dir, ".config", "systemd", "user");
    const timer = readFileSync(join(dir, "net-morning.timer"), "utf8");
    const service = readFileSync(join(dir, "net-morning.service"), "utf8");
    expect(timer).toContain("OnCalendar=*-*-* 08:30:00\nPersistent=true\n");
    expect(service).toContain(`--db" "${box.db}" "nudge" "--notify"`);
    expect(calls(log)).toContain("systemctl --user enable --now net-morning.timer");
    expect(box.ok(["remind", "status"], { env }).trim()).toBe(`systemd\t08:30\t${join(dir, "net-morning.timer")}`);

    // The units are well formed: systemd's own check where it can run, else a parse of their sections.
    const runtime = join(box.dir, "runtime");
    mkdirSync(runtime, { mode: 0o700 });
    const verify = spawnSync("systemd-analyze", ["verify", "--user", join(dir, "net-morning.timer"), join(dir, "net-morning.service")], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: box.dir, XDG_CONFIG_HOME: join(box.dir, ".config"), XDG_RUNTIME_DIR: runtime },
    });
    if (verify.error || /Failed to initialize manager/.test(verify.stderr)) {
      for (const unit of [timer, service]) expect(unit).toMatch(/^\[Unit\]\nDescription=.+\n\n\[(Service|Timer)\]\n(\S+=.*\n)+/);
    } else {
      expect(verify.stderr).toBe("");
      expect(verify.status).toBe(0);
    }

    box.ok(["remind", "uninstall"], { env });
    expect(existsSync(join(dir, "net-morning.timer"))).toBe(false);
    expect(calls(log)).toContain("systemctl --user disable --now net-morning.timer");
    expect(box.run(["remind", "status"], { env }).stderr).toContain("No daily reminder is set up");
  });

  it("adds one crontab line where systemd does not run, keeping the rest of the table, and removes only it", () => {
    writeFileSync(crontabFile(), "# mine\n\n0 1 * * * backup\n");
    box.ok(["remind", "install", "--yes"], { env });
    box.ok(["remind", "install", "--at", "07:05", "--yes"], { env });
    const table = readFileSync(crontabFile(), "utf8");
    expect(table.split("\n").filter((l) => l.includes("net-morning"))).toEqual([
      expect.stringMatching(/^5 7 \* \* \* '.+' '.+' '--db' '.+' 'nudge' '--notify' >\/dev\/null # net-morning \(net remind\)$/),
    ]);
    expect(table.startsWith("# mine\n\n0 1 * * * backup\n")).toBe(true);
    expect(box.ok(["remind", "status"], { env }).trim()).toBe("cron\t07:05\tcrontab");
    box.ok(["remind", "uninstall"], { env });
    expect(readFileSync(crontabFile(), "utf8")).toBe("# mine\n\n0 1 * * * backup\n");
  });

  it("refuses a time that is not one", () => {
    const result = box.run(["remind", "install", "--at", "25:00", "--yes"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--at '25:00' is not a time of day");
  });
});
