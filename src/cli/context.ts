import { statSync } from "node:fs";
import { type IsoDate, isIsoDate, localDay, stampOn } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { type Colours, colourWanted, displayWidth, makeColours, outputWidth, wrapLines } from "../render/terminal.js";
import { dailyCopy, diskFull } from "../store/backup.js";
import { type Db, defaultDatabasePath, guardWrites, openDatabase, storeError } from "../store/database.js";
import { Store } from "../store/store.js";

/** Options every command accepts (see `net --help`). */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
  color?: boolean;
  input?: boolean;
  quiet?: boolean;
}

/** What the outside world gives a command: read once here, at the edge. */
export interface Context {
  today: IsoDate;
  /**
   * The clock reading for created_at / updated_at stamps, on `today` (see stampOn): read once with
   * `today`, so a pinned NET_TODAY pins every stamp's day too.
   */
  now: string;
  dbPath: string;
  json: boolean;
  quiet: boolean;
  /** True when prompts may be shown: stdin and stderr are terminals and --no-input was not given. */
  interactive: boolean;
  chalk: Colours;
  /** Columns stdout's text is laid out in (tables, wrapped prose): the terminal's, else $COLUMNS, else 80; never under 80. */
  width: number;
  /** The same for messages on stderr (a wizard's summary, questions): stdout may be a pipe when stderr is not. */
  readonly messageWidth: number;
  /** Writes a result to stdout. */
  out(text: string): void;
  /** Writes a message for the person to stderr (silenced by -q). */
  say(text: string): void;
  /** The store, opened on first use. */
  store(): Store;
}

export function todayFrom(env: NodeJS.ProcessEnv, now: Date): IsoDate {
  const pinned = env.NET_TODAY;
  if (pinned !== undefined && pinned !== "") {
    if (!isIsoDate(pinned)) throw usageError(messages().program.badToday(pinned), messages().program.badTodayHint);
    return pinned;
  }
  return localDay(now);
}

/** The database this process opened, for error messages. */
let openedPath: string | undefined;

/** How a command uses the database: whether it may create one, and how its writes are guarded. */
export interface DatabaseUse {
  /** A missing (or empty) database is created: only commands that write. */
  create: boolean;
  /** Before the first write: "small" checks a database of up to 16 MB for damage, "always" any size. */
  guard: "none" | "small" | "always";
  /**
   * Before the first write of a day, a copy of the database beside it (`net.db.backup-<day>`): every
   * command that changes the user's data. Not `nudge`: its only write is the list it showed (what
   * `done 2` means), state nothing is lost without, and a copy there would be paid by the morning's
   * first command, the one that must start fastest; the day's first real change makes the copy.
   */
  backup?: boolean;
}

const READ: DatabaseUse = { create: false, guard: "none" };
const WRITE: DatabaseUse = { create: true, guard: "small", backup: true };
/** Changes something already there: a missing database is not created for it. */
const CHANGE: DatabaseUse = { create: false, guard: "small", backup: true };

/**
 * Each command's use of the database, by its words (`rules set`) and options. A command missing
 * here is taken as one that writes (a database is created for it): add a new read command here.
 */
export function databaseUse(command: readonly string[], options: Record<string, unknown> = {}): DatabaseUse {
  switch (command.join(" ")) {
    case "nudge":
      // The walk (-i) logs, marks done and snoozes: the day's copy is made before its first write.
      return options.interactive ? CHANGE : READ;
    case "list":
    case "show":
    case "search":
    case "map":
    case "export":
    case "goals":
    case "rules":
    case "hook":
    case "completion":
    case "remind install": // i18n-ignore: command words
    case "remind status": // i18n-ignore: command words
    case "remind uninstall": // i18n-ignore: command words
    case "backup":
    case "restore":
      return READ;
    case "undo":
      return options.list ? READ : CHANGE;
    case "draft":
      // Only `net draft templates --edit/--set/--reset` writes (a draft's own --edit writes nothing).
      return options.set !== undefined || options.reset || options.edit ? CHANGE : READ;
    case "card":
      return options.set !== undefined || options.edit ? WRITE : READ;
    case "import":
      return options.dryRun ? READ : { create: true, guard: "always", backup: true };
    case "rm":
      return options.purge ? { create: false, guard: "always", backup: true } : CHANGE;
    case "edit":
    case "log edit": // i18n-ignore: command words
    case "log rm": // i18n-ignore: command words
    case "done":
    case "snooze":
      return CHANGE;
    default:
      return WRITE;
  }
}

/**
 * The database file: `--db`, else `NET_DB` (an empty one counts as unset), else the default.
 * A blank name is a usage error, not a file called "  " nor the default database.
 */
function databasePath(options: GlobalOptions, env: NodeJS.ProcessEnv, source: string | undefined): { path: string; chosen: boolean } {
  const fromEnv = source === "env" || (source === undefined && options.db === undefined);
  const given = source === undefined && options.db === undefined ? env.NET_DB : options.db;
  if (given === undefined || (fromEnv && given === "")) return { path: defaultDatabasePath(env), chosen: false };
  if (given.trim() === "") {
    const text = messages().program;
    throw fromEnv ? usageError(text.blankNetDb, text.blankNetDbHint) : usageError(text.blankDb, text.blankDbHint);
  }
  return { path: given, chosen: true };
}

export function createContext(
  options: GlobalOptions & Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env,
  how: { command?: readonly string[]; dbSource?: string } = {},
): Context {
  // The one clock reading of the process: today and every stamp written come from it.
  const clock = new Date();
  const today = todayFrom(env, clock);
  const now = stampOn(today, clock);
  const { path: dbPath, chosen } = databasePath(options, env, how.dbSource);
  const use = databaseUse(how.command ?? [], options);
  const colour = colourWanted({ flag: options.color !== false, env, isTTY: Boolean(process.stdout.isTTY) });
  const chalk = makeColours(colour);
  let store: Store | undefined;
  const messageWidth = () => Math.max(80, outputWidth(process.stderr.columns || process.stdout.columns, env));
  // Messages read on a terminal wrap at words (continuation lines indented), so the terminal does
  // not cut a command in two; written to a file or a pipe they stay one line each.
  const say = (text: string) => {
    if (options.quiet) return;
    const width = process.stderr.isTTY ? messageWidth() : 0;
    const lines = width
      ? text.split("\n").flatMap((line) => (displayWidth(line) <= width ? [line] : wrapLines(line, width, { rest: "  " })))
      : [text];
    process.stderr.write(`${lines.join("\n")}\n`);
  };
  return {
    today,
    now,
    dbPath,
    json: Boolean(options.json),
    quiet: Boolean(options.quiet),
    // Prompts draw on stderr, so `slug=$(net add)` can still ask. Worked out when a command asks:
    // looking at process.stdin opens it as a stream (a file stream for /dev/null), which commands
    // that never prompt need not pay for on every start.
    get interactive() {
      return options.input !== false && Boolean(process.stdin.isTTY) && Boolean(process.stderr.isTTY) && env.CI !== "true";
    },
    chalk,
    width: Math.max(80, outputWidth(process.stdout.columns, env)),
    // Worked out when asked: most commands print no long message.
    get messageWidth() {
      return messageWidth();
    },
    out: (text) => {
      process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    },
    say,
    store: () => {
      if (store) return store;
      openedPath = dbPath;
      // A database this command creates (or finds empty) has nothing to keep a copy of.
      const hadData = use.backup === true && existingSize(dbPath) > 0;
      const db = openDatabase(dbPath, {
        create: use.create,
        // A new user's first `net nudge` (no database yet, none named): an empty network, nothing created.
        emptyWhenMissing: !chosen,
        upgrading: (_from, _to, backup) => say(messages().program.upgrading(backup)),
      });
      store = new Store(db, () => now);
      // What `net undo --list` shows of the command: its words as typed.
      store.commandLine = ["net", ...process.argv.slice(2).map(quoteArg)].join(" ");
      if (use.guard !== "none")
        store.beforeFirstWrite = () => {
          guardWrites(db, dbPath, use.guard === "always");
          if (hadData && !db.memory) keepDailyCopy(db, dbPath, today);
        };
      return store;
    },
  };
}

/**
 * The day's copy of the database, before its first write. A copy that fails never stops the
 * command: it is said once, on stderr, and the next write tries again.
 */
function keepDailyCopy(db: Db, dbPath: string, today: IsoDate): void {
  try {
    dailyCopy(db, dbPath, today);
  } catch (error) {
    const text = messages().program;
    const why = diskFull(error) ? text.diskFull : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    // Said once the command succeeded (a command that fails says why itself), even with -q: the
    // person relies on these copies.
    process.once("exit", (code) => {
      if (code === 0) process.stderr.write(`${text.warningLine(text.noDailyCopy(why))}\n`);
    });
  }
}

/** A word of a command line as a shell would take it back. */
function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

function existingSize(path: string): number {
  try {
    return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    // Not a path to a file (the command's own open says why).
    return 0;
  }
}

/** Maps anything thrown by a command to the message and exit code the user sees. */
export function toUserError(error: unknown): UserError | undefined {
  if (error instanceof UserError) return error;
  return storeError(error, openedPath ?? messages().program.theDatabase);
}
