/**
 * The nudge that comes to the person (issue 16): the brief form (`net nudge --brief`, shown by the
 * shell hook on the first shell of the day), the exit code for scripts, the week ahead, and the
 * daily desktop notification (`net nudge --notify`, run by `net remind install`'s job).
 *
 * nudge.ts computes the reminders and hands them over: this module only words and delivers them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { addDays, type IsoDate, showDay } from "../domain/dates.js";
import { UserError } from "../domain/errors.js";
import { append } from "../domain/lists.js";
import { messages } from "../i18n/index.js";
import { type Colours, safeText, truncate, wrapLines } from "../render/terminal.js";
import type { Reminder } from "../rules/types.js";
import { type Context, toUserError } from "./context.js";

/** `net nudge --exit-code`: the status when something is due (0 when nothing is). */
export const SOMETHING_DUE = 3;
/** How many reminders the brief form names: with its last line, three lines at most. */
export const BRIEF_TOP = 2;
/** How far `net nudge --week` looks: today and the six days after. */
export const WEEK_DAYS = 6;

/** What nudge computed: the list it would show (most urgent first) and whether more are due. */
export interface Computed {
  shown: readonly Reminder[];
  more: boolean;
}

/** net's folder for small state files: `$XDG_STATE_HOME/net`, else `~/.local/state/net`. */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME?.startsWith("/") ? env.XDG_STATE_HOME : join(homedir(), ".local", "state");
  return join(base, "net");
}

/** The stamp file the shell hook keeps (written by the shell, read by the notification job). */
export const HOOK_STAMP = "morning";
/** The day the last notification was sent. */
const NOTIFIED_STAMP = "notified";
/** Written once when no notifier could be found, so that is said only once. */
const NO_NOTIFIER_STAMP = "no-notifier";

function readStamp(env: NodeJS.ProcessEnv, name: string): string | undefined {
  try {
    return readFileSync(join(stateDir(env), name), "utf8").trim();
  } catch {
    return undefined;
  }
}

function writeStamp(env: NodeJS.ProcessEnv, name: string, text: string): void {
  try {
    mkdirSync(stateDir(env), { recursive: true, mode: 0o700 });
    writeFileSync(join(stateDir(env), name), `${text}\n`, { mode: 0o600 });
  } catch {
    // A stamp not written costs at most one more notice; never a failed job.
  }
}

/**
 * The brief form: the top reminders, one line each, then where to see them all. Nothing at all
 * when nothing is due: a quiet morning prints no line.
 */
export function briefLines(computed: Computed, c: Colours, width: number): string[] {
  const { shown } = computed;
  if (shown.length === 0) return [];
  const named = shown.slice(0, BRIEF_TOP);
  const lines = named.map((r) => `${c.cyan("net ·")} ${truncate(safeText(r.message, true), width - 6)}`);
  const rest = shown.length - named.length;
  const t = messages().nudge;
  const more = rest > 0 ? t.briefMore({ rest, plus: computed.more }) : computed.more ? t.briefMoreUncounted : "";
  lines.push(c.dim(rest > 0 || computed.more ? t.briefForAll(more) : t.briefForGestures));
  return lines;
}

/** `--brief`'s JSON: how many are due (at least), and the ones it names. */
export function briefJson(computed: Computed, json: (r: Reminder) => unknown) {
  return { due: computed.shown.length, more: computed.more, reminders: computed.shown.slice(0, BRIEF_TOP).map(json) };
}

/**
 * Runs a brief command (`--brief`, `--notify`): whatever goes wrong (a database that can't be
 * opened, a damaged file) is one quiet line on stderr, never a stack trace or a hint block, for a
 * shell starting up or a job nobody watches.
 */
export async function quietly(run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    const known = toUserError(error);
    const message = known ? known.message : error instanceof Error ? error.message : String(error);
    throw new UserError(messages().nudge.couldNotRun(message), { exitCode: known?.exitCode ?? 1 });
  }
}

function dayTitle(day: IsoDate, today: IsoDate): string {
  const t = messages().nudge;
  const name = showDay(day);
  if (day === today) return t.todayTitle(name);
  if (day === addDays(today, 1)) return t.tomorrowTitle(name);
  return name;
}

/**
 * The week ahead, by day: what is due today (overdue included), then what falls due on each of the
 * next days — birthdays and milestones, promised follow-ups, cadences, the quarter's review.
 */
export function weekLines(reminders: readonly Reminder[], today: IsoDate, c: Colours, width: number): string[] {
  const until = addDays(today, WEEK_DAYS);
  const byDay = new Map<IsoDate, Reminder[]>();
  for (const r of reminders) {
    const day = r.dueOn < today ? today : r.dueOn;
    if (day > until) continue;
    const list = byDay.get(day) ?? [];
    list.push(r);
    byDay.set(day, list);
  }
  if (byDay.size === 0) return wrapLines(messages().nudge.quietWeek(dayTitle(until, today)), width);
  const lines: string[] = [];
  for (const day of [...byDay.keys()].sort()) {
    if (lines.length) lines.push("");
    lines.push(c.bold(dayTitle(day, today)));
    for (const r of byDay.get(day) ?? []) {
      append(lines, wrapLines(safeText(r.message, true), width, { first: "  ", rest: "    " }));
      append(lines, wrapLines(safeText(r.suggestion, true), width, { first: `    ${c.green("→")} `, rest: "      " }));
    }
  }
  return lines;
}

/** `--week --json`: the days, each with its reminders. */
export function weekJson(reminders: readonly Reminder[], today: IsoDate, json: (r: Reminder) => unknown) {
  const until = addDays(today, WEEK_DAYS);
  const days = new Map<IsoDate, unknown[]>();
  for (const r of reminders) {
    const day = r.dueOn < today ? today : r.dueOn;
    if (day > until) continue;
    days.set(day, [...(days.get(day) ?? []), json(r)]);
  }
  return [...days.keys()].sort().map((day) => ({ day, reminders: days.get(day) }));
}

/** A desktop notifier found on this machine: the program, and its arguments for a title and body. */
interface Notifier {
  program: string;
  args(title: string, body: string): string[];
}

function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? "").split(":").some((dir) => dir !== "" && existsSync(join(dir, program)));
}

const appleScriptString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

function findNotifier(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Notifier | undefined {
  if (platform === "darwin" && onPath("osascript", env))
    return {
      program: "osascript",
      // i18n-ignore: AppleScript's own words, not shown to anyone
      args: (title, body) => ["-e", `display notification ${appleScriptString(body)} with title ${appleScriptString(title)}`],
    };
  if (onPath("notify-send", env)) return { program: "notify-send", args: (title, body) => ["--app-name=net", title, body] };
  return undefined;
}

/** The notification's words: the count in the title, the first gesture in the body. */
export function notification(computed: Computed): { title: string; body: string } {
  const n = computed.shown.length;
  const count = `${n}${computed.more ? "+" : ""}`;
  const first = computed.shown[0] as Reminder;
  const t = messages().nudge;
  return {
    title: n === 1 && !computed.more ? t.notifyOne : t.notifyMany(count),
    body: `${safeText(first.message, true)}\n→ ${safeText(first.suggestion, true)}`,
  };
}

/**
 * The scheduled job (`net nudge --notify`): one desktop notification, only when something is due and
 * the person has not met net yet today (no `net nudge` list kept today, no first-shell nudge), and
 * at most once a day. With no notifier on this machine it says so once, on stderr.
 */
export async function notifyOnce(
  ctx: Context,
  compute: () => Computed & { nudgedOn?: IsoDate },
  env: NodeJS.ProcessEnv = process.env,
): Promise<"sent" | "quiet" | "no-notifier"> {
  if (readStamp(env, NOTIFIED_STAMP) === ctx.today || readStamp(env, HOOK_STAMP) === ctx.today) return "quiet";
  const computed = compute();
  if (computed.nudgedOn === ctx.today || computed.shown.length === 0) return "quiet";
  const notifier = findNotifier(env, process.platform);
  if (!notifier) {
    if (readStamp(env, NO_NOTIFIER_STAMP) === undefined) {
      ctx.say(messages().nudge.noNotifier);
      writeStamp(env, NO_NOTIFIER_STAMP, ctx.today);
    }
    return "no-notifier";
  }
  const { title, body } = notification(computed);
  const { spawnSync } = process.getBuiltinModule("node:child_process");
  const result = spawnSync(notifier.program, notifier.args(title, body), { stdio: "ignore", timeout: 10_000 });
  if (result.error || result.status !== 0)
    throw new UserError(
      messages().nudge.notifierFailed({
        program: notifier.program,
        why: result.error?.message ?? messages().nudge.exitStatus(result.status),
      }),
    );
  writeStamp(env, NOTIFIED_STAMP, ctx.today);
  return "sent";
}
