import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Command, Option } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export const SCHEDULERS = ["systemd", "launchd", "cron"] as const;
export type Scheduler = (typeof SCHEDULERS)[number];

/** The names net's job goes by in each scheduler: the only things `net remind` writes or removes. */
export const UNIT = "net-morning";
export const LAUNCHD_LABEL = "net.morning";
// i18n-ignore: the tag net finds its crontab line by, the same in every language
export const CRON_TAG = "# net-morning (net remind)";

interface InstallFlags {
  at?: string;
  yes?: boolean;
  scheduler?: Scheduler;
}

export function remindCommand(program: Command, run: Runner) {
  const t = messages().reach;
  const remind = new Command("remind").summary(t.remindSummary).description(t.remindDescription);
  remind
    .command("install")
    .summary(t.installSummary)
    .option("--at <HH:MM>", t.optAt)
    .addOption(new Option("--scheduler <name>", t.optScheduler).choices(SCHEDULERS))
    .option("-y, --yes", t.optYes)
    .addHelpText("after", t.remindExamples)
    .action(run(installAction));
  remind.command("status").summary(t.statusSummary).action(run(statusAction));
  remind.command("uninstall").summary(t.uninstallSummary).action(run(uninstallAction));
  program.addCommand(remind);
}

// -- where things go ----------------------------------------------------------------------------------

function configHome(env: NodeJS.ProcessEnv): string {
  return env.XDG_CONFIG_HOME?.startsWith("/") ? env.XDG_CONFIG_HOME : join(homedir(), ".config");
}

export function systemdFiles(env: NodeJS.ProcessEnv): { service: string; timer: string } {
  const dir = join(configHome(env), "systemd", "user");
  return { service: join(dir, `${UNIT}.service`), timer: join(dir, `${UNIT}.timer`) };
}

export function launchdFile(): string {
  return join(homedir(), "Library", "LaunchAgents", `${LAUNCHD_LABEL}.plist`);
}

type Spawn = (program: string, args: string[], input?: string) => { ok: boolean; stdout: string; stderr: string; missing: boolean };

const spawn: Spawn = (program, args, input) => {
  const { spawnSync } = process.getBuiltinModule("node:child_process");
  const r = spawnSync(program, args, { input: input ?? "", encoding: "utf8", timeout: 15_000 });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
  return { ok: !r.error && r.status === 0, stdout: r.stdout ?? "", stderr: (r.stderr ?? "").trim(), missing };
};

/** The scheduler this machine runs: launchd on macOS, a systemd user manager where one answers, else cron. */
function detectScheduler(): Scheduler {
  if (process.platform === "darwin") return "launchd";
  const state = spawn("systemctl", ["--user", "is-system-running"]).stdout.trim();
  return ["running", "degraded", "starting", "initializing"].includes(state) ? "systemd" : "cron";
}

// -- what the job runs --------------------------------------------------------------------------------

/** The job's command line: this node and this net, on this database, with the state folder it uses now. */
export interface Job {
  argv: string[];
  env: Record<string, string>;
  hour: number;
  minute: number;
}

function jobFor(ctx: Context, at: { hour: number; minute: number }, env: NodeJS.ProcessEnv): Job {
  const script = process.argv[1] ? realpathSync(process.argv[1]) : "net";
  const jobEnv: Record<string, string> = {};
  // The job does not see the shell's variables: the ones net reads are written into it.
  for (const name of ["XDG_STATE_HOME", "NET_LANG"]) if (env[name]) jobEnv[name] = env[name] as string;
  if (env.DBUS_SESSION_BUS_ADDRESS?.startsWith("unix:path=")) jobEnv.DBUS_SESSION_BUS_ADDRESS = env.DBUS_SESSION_BUS_ADDRESS;
  return { argv: [process.execPath, script, "--db", ctx.dbPath, "nudge", "--notify"], env: jobEnv, ...at };
}

const two = (n: number) => String(n).padStart(2, "0");

/** A value in a systemd unit, quoted: specifiers (%) and variables ($) taken literally. */
const systemdWord = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/%/g, "%%").replace(/\$/g, "$$$$")}"`;

export function systemdUnits(job: Job): { service: string; timer: string } {
  const service = [
    "[Unit]",
    // i18n-ignore: the unit file's own description, the same in every language
    "Description=net: the morning nudge (a notification when a small gesture is due)",
    "",
    "[Service]",
    "Type=oneshot",
    ...Object.entries(job.env).map(([k, v]) => `Environment=${systemdWord(`${k}=${v}`)}`),
    `ExecStart=${job.argv.map(systemdWord).join(" ")}`,
    "",
  ].join("\n");
  const timer = [
    "[Unit]",
    // i18n-ignore: the unit file's own description
    `Description=net: the morning nudge, daily at ${two(job.hour)}:${two(job.minute)}`,
    "",
    "[Timer]",
    `OnCalendar=*-*-* ${two(job.hour)}:${two(job.minute)}:00`,
    // A morning missed while the machine was off runs at the next start.
    "Persistent=true",
    "",
    "[Install]",
    "WantedBy=timers.target",
    "",
  ].join("\n");
  return { service, timer };
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function launchdPlist(job: Job): string {
  const env = Object.entries(job.env);
  return [
    // i18n-ignore: the plist format's own header
    '<?xml version="1.0" encoding="UTF-8"?>',
    // i18n-ignore: the plist format's doctype
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    // i18n-ignore: the plist format
    '<plist version="1.0">',
    "<dict>",
    `  <key>Label</key><string>${LAUNCHD_LABEL}</string>`,
    "  <key>ProgramArguments</key>",
    "  <array>",
    ...job.argv.map((a) => `    <string>${xml(a)}</string>`),
    "  </array>",
    ...(env.length
      ? [
          "  <key>EnvironmentVariables</key>",
          "  <dict>",
          ...env.map(([k, v]) => `    <key>${xml(k)}</key><string>${xml(v)}</string>`),
          "  </dict>",
        ]
      : []),
    "  <key>StartCalendarInterval</key>",
    `  <dict><key>Hour</key><integer>${job.hour}</integer><key>Minute</key><integer>${job.minute}</integer></dict>`,
    "</dict>",
    "</plist>",
    "",
  ].join("\n");
}

/** A word for a crontab command (run by sh): single-quoted, with cron's own `%` escaped. */
const cronWord = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`.replace(/%/g, "\\%");

export function cronLine(job: Job): string {
  const env = Object.entries(job.env).map(([k, v]) => `${k}=${cronWord(v)} `);
  return `${job.minute} ${job.hour} * * * ${env.join("")}${job.argv.map(cronWord).join(" ")} >/dev/null ${CRON_TAG}`;
}

// -- install ------------------------------------------------------------------------------------------

export function readTime(text: string | undefined): { hour: number; minute: number } {
  if (text === undefined) return { hour: 9, minute: 0 };
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!m) throw usageError(messages().reach.notATime(text), messages().reach.notATimeHint);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

function currentCrontab(): string {
  const r = spawn("crontab", ["-l"]);
  if (r.missing) throw new UserError(messages().reach.noCrontab, { hint: messages().reach.noCrontabHint });
  // "no crontab for <user>" is an empty table.
  return r.ok ? r.stdout : "";
}

/** The user's crontab without net's line: every other line as it was. */
const withoutOurs = (table: string) =>
  table
    .split("\n")
    .filter((line) => !line.endsWith(CRON_TAG))
    .join("\n")
    .trimEnd();

async function installAction(ctx: Context, flags: InstallFlags): Promise<void> {
  const t = messages().reach;
  const at = readTime(flags.at);
  const env = process.env;
  const scheduler = flags.scheduler ?? detectScheduler();
  const job = jobFor(ctx, at, env);
  const writes: { path: string; text: string }[] = [];
  if (scheduler === "systemd") {
    const files = systemdFiles(env);
    const units = systemdUnits(job);
    writes.push({ path: files.service, text: units.service }, { path: files.timer, text: units.timer });
  } else if (scheduler === "launchd") {
    writes.push({ path: launchdFile(), text: launchdPlist(job) });
  }
  const cron = scheduler === "cron" ? cronLine(job) : undefined;
  const table = cron === undefined ? "" : currentCrontab();

  const plan = cron ? t.planCron(cron) : t.planFiles(writes.map((w) => `  ${w.path}\n${w.text.replace(/^(?=.)/gm, "    ")}`).join(""));
  ctx.say(safeText(plan));
  if (!flags.yes) {
    if (!ctx.interactive) throw new UserError(t.notSetUpAsks, { hint: t.notSetUpAsksHint });
    const { confirmSchedule, terminalPrompter } = await import("./prompts.js");
    if (!(await confirmSchedule(terminalPrompter(), `${two(at.hour)}:${two(at.minute)}`)))
      throw new UserError(t.notSetUp, { hint: t.notSetUpHint });
  }

  for (const w of writes) {
    mkdirSync(dirname(w.path), { recursive: true });
    writeFileSync(w.path, w.text, { mode: 0o644 });
  }
  const check = (r: ReturnType<Spawn>, what: string) => {
    if (!r.ok)
      throw new UserError(t.writtenButFailed({ what, error: r.stderr ? (r.stderr.split("\n")[0] ?? null) : null }), {
        hint: t.writtenButFailedHint,
      });
  };
  if (scheduler === "systemd") {
    // i18n-ignore: a command line, named as typed
    check(spawn("systemctl", ["--user", "daemon-reload"]), "systemctl --user daemon-reload");
    // i18n-ignore: a command line, named as typed
    check(spawn("systemctl", ["--user", "enable", "--now", `${UNIT}.timer`]), `systemctl --user enable --now ${UNIT}.timer`);
  } else if (scheduler === "launchd") {
    const domain = `gui/${process.getuid?.() ?? 501}`;
    spawn("launchctl", ["bootout", domain, launchdFile()]); // an older copy, if loaded
    // i18n-ignore: a command line, named as typed
    check(spawn("launchctl", ["bootstrap", domain, launchdFile()]), "launchctl bootstrap");
  } else if (cron) {
    const kept = withoutOurs(table);
    check(spawn("crontab", ["-"], `${kept ? `${kept}\n` : ""}${cron}\n`), "crontab");
  }
  ctx.out(`${scheduler} ${two(at.hour)}:${two(at.minute)}`);
  ctx.say(t.setUp(`${two(at.hour)}:${two(at.minute)}`));
  if (!notifierPresent(env)) ctx.say(t.noNotifierNote);
}

function notifierPresent(env: NodeJS.ProcessEnv): boolean {
  const program = process.platform === "darwin" ? "osascript" : "notify-send";
  return (env.PATH ?? "").split(":").some((dir) => dir !== "" && existsSync(join(dir, program)));
}

// -- status and uninstall -----------------------------------------------------------------------------

interface Installed {
  scheduler: Scheduler;
  at: string | null;
  where: string;
}

function installed(env: NodeJS.ProcessEnv): Installed[] {
  const found: Installed[] = [];
  const files = systemdFiles(env);
  if (existsSync(files.timer) || existsSync(files.service)) {
    const timer = existsSync(files.timer) ? readFileSync(files.timer, "utf8") : "";
    const at = /^OnCalendar=\S+ (\d\d:\d\d):00$/m.exec(timer)?.[1] ?? null;
    found.push({ scheduler: "systemd", at, where: files.timer });
  }
  if (existsSync(launchdFile())) {
    const plist = readFileSync(launchdFile(), "utf8");
    const m = /<key>Hour<\/key><integer>(\d+)<\/integer><key>Minute<\/key><integer>(\d+)<\/integer>/.exec(plist);
    found.push({ scheduler: "launchd", at: m ? `${two(Number(m[1]))}:${two(Number(m[2]))}` : null, where: launchdFile() });
  }
  const table = spawn("crontab", ["-l"]);
  const line = table.ok ? table.stdout.split("\n").find((l) => l.endsWith(CRON_TAG)) : undefined;
  if (line) {
    const [minute, hour] = line.split(" ").map(Number) as [number, number];
    found.push({ scheduler: "cron", at: `${two(hour)}:${two(minute)}`, where: "crontab" });
  }
  return found;
}

async function statusAction(ctx: Context): Promise<void> {
  const found = installed(process.env);
  if (ctx.json) {
    ctx.out(JSON.stringify({ installed: found, notifier: notifierPresent(process.env) }, null, 2));
    return;
  }
  if (found.length === 0) {
    ctx.say(messages().reach.noneSetUp);
    return;
  }
  for (const f of found) ctx.out(`${f.scheduler}\t${f.at ?? "?"}\t${f.where}`);
  if (!notifierPresent(process.env)) ctx.say(messages().reach.noNotifierStatus);
}

async function uninstallAction(ctx: Context): Promise<void> {
  const env = process.env;
  const removed: string[] = [];
  const files = systemdFiles(env);
  if (existsSync(files.timer) || existsSync(files.service)) {
    spawn("systemctl", ["--user", "disable", "--now", `${UNIT}.timer`]);
    rmSync(files.timer, { force: true });
    rmSync(files.service, { force: true });
    spawn("systemctl", ["--user", "daemon-reload"]);
    removed.push(files.timer, files.service);
  }
  if (existsSync(launchdFile())) {
    spawn("launchctl", ["bootout", `gui/${process.getuid?.() ?? 501}`, launchdFile()]);
    rmSync(launchdFile(), { force: true });
    removed.push(launchdFile());
  }
  const table = spawn("crontab", ["-l"]);
  if (table.ok && table.stdout.split("\n").some((l) => l.endsWith(CRON_TAG))) {
    const kept = withoutOurs(table.stdout);
    const r = kept ? spawn("crontab", ["-"], `${kept}\n`) : spawn("crontab", ["-r"]);
    if (!r.ok)
      throw new UserError(messages().reach.crontabChangeFailed(r.stderr ? (r.stderr.split("\n")[0] ?? null) : null), {
        hint: messages().reach.crontabChangeFailedHint,
      });
    removed.push(messages().reach.crontabLine);
  }
  for (const what of removed) ctx.out(what);
  ctx.say(removed.length ? messages().reach.removed : messages().reach.nothingToRemove);
}
