import {
  accessSync,
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
} from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { diskFull, removeStaleTemps, writeCopy } from "./backup.js";
import { MIGRATIONS, type Migration, SCHEMA_VERSION } from "./migrations.js";
import { type Db, errorCode, openSqlite } from "./sqlite.js";

export type { Db } from "./sqlite.js";

/** Where the database lives unless `--db` or `NET_DB` says otherwise. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  const dataHome = env.XDG_DATA_HOME?.startsWith("/") ? env.XDG_DATA_HOME : join(homedir(), ".local", "share");
  return join(dataHome, "net", "net.db");
}

/** Why the database this process opened is read-only (set when it was opened so), for the message a write gets. */
let readOnlyBecause: string | undefined;
/** Damage seen when the database was opened: reads go on, writes are refused. */
let damageSeen: string | undefined;

/** Turns SQLite's failures into messages a user can act on. */
export function storeError(error: unknown, path: string): UserError | undefined {
  const code = errorCode(error);
  if (!code) return undefined;
  const text = messages().errors;
  if (code === "SQLITE_NOTADB") return new UserError(text.notNetDatabase(path), { hint: text.notNetDatabaseHint });
  if (code === "SQLITE_CORRUPT" || code.startsWith("SQLITE_CORRUPT_")) return damagedError(path);
  if (code === "SQLITE_READONLY" || code.startsWith("SQLITE_READONLY_")) return readOnlyError(path);
  // SHMSIZE: the WAL index could not grow, which on a local disk means it is full.
  if (code === "SQLITE_FULL" || code === "SQLITE_IOERR_SHMSIZE") return new UserError(text.diskFull(path), { hint: text.freeSpace });
  if (code === "SQLITE_CANTOPEN" || code.startsWith("SQLITE_CANTOPEN_")) {
    const culprit = path.startsWith("/") ? readOnlyCulprit(path) : undefined;
    return new UserError(culprit ? text.cantOpenBecause({ path, why: culprit.what }) : text.cantOpen(path), {
      hint: culprit?.hint ?? text.cantOpenHint,
    });
  }
  if (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_")) return busyError(path);
  if (code === "SQLITE_IOERR" || code.startsWith("SQLITE_IOERR_"))
    return new UserError(text.ioError({ path, code }), { hint: text.ioErrorHint });
  if (code === "SQLITE_PERM" || code === "SQLITE_AUTH") return new UserError(text.notAllowed(path), { hint: text.checkPermissions });
  return undefined;
}

// -- messages that name the file at fault ---------------------------------------------------------

function writable(path: string): true | string {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch (error) {
    return errorCode(error) ?? "EACCES";
  }
}

/** The database file as SQLite sees it: symbolic links resolved (its -wal and -shm live beside the target). */
function realFile(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Which of the database, its -wal and -shm files, and its folder stops a write, and what to do about it. */
function readOnlyCulprit(path: string): { what: string; hint: string } | undefined {
  const file = realFile(path);
  const dir = dirname(file);
  const folder = writable(dir);
  const text = messages().errors;
  if (folder === "EROFS") return { what: text.readOnlyFileSystem(dir), hint: text.readOnlyFileSystemHint };
  const own = writable(file);
  if (own !== true && own !== "ENOENT") return { what: text.readOnlyFile(file), hint: text.readOnlyFileHint };
  for (const side of [`${file}-wal`, `${file}-shm`]) {
    const state = writable(side);
    if (state !== true && state !== "ENOENT") return { what: text.readOnlySide(side), hint: text.readOnlySideHint };
  }
  if (folder !== true) return { what: text.readOnlyFolder(dir), hint: text.readOnlyFolderHint };
  return undefined;
}

function readOnlyError(path: string): UserError {
  const culprit = path.startsWith("/") ? readOnlyCulprit(path) : undefined;
  const text = messages().errors;
  const what = readOnlyBecause ?? culprit?.what ?? text.itIsReadOnly;
  return new UserError(text.cantWrite({ path, why: what }), { hint: culprit?.hint ?? text.cantWriteHint });
}

/** The newest copy kept beside the database (`net.db.bak-N`), for the message about a damaged one. */
function newestBackup(file: string): string | undefined {
  const dir = dirname(file);
  const base = basename(file);
  let newest: { path: string; at: number } | undefined;
  try {
    for (const name of readdirSync(dir)) {
      // The copies made before an upgrade, and the daily ones and those made by `net backup`.
      if (!name.startsWith(`${base}.bak-`) && !/^backup-\d{4}-\d\d-\d\d(-[\w-]+)?$/.test(name.slice(base.length + 1))) continue;
      if (!name.startsWith(`${base}.`)) continue;
      const path = join(dir, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats?.isFile() && (!newest || stats.mtimeMs > newest.at)) newest = { path, at: stats.mtimeMs };
    }
  } catch {
    return undefined;
  }
  return newest?.path;
}

/** The database is damaged: net will not write to it (or, `upgrading`, it was not upgraded). */
function damagedError(path: string, detail?: string, upgrading = false): UserError {
  const text = messages().errors;
  const backup = path.startsWith("/") ? newestBackup(path) : undefined;
  const save = text.saveWhatCanBeRead;
  const message = upgrading
    ? detail
      ? text.damagedNotUpgradedBecause({ path, detail })
      : text.damagedNotUpgraded(path)
    : detail
      ? text.damagedBecause({ path, detail })
      : text.damaged(path);
  return new UserError(message, { hint: backup ? text.newestCopy({ backup, name: basename(backup), save }) : save });
}

/**
 * "Busy": say who holds the database. SQLite's locks are POSIX locks, listed in /proc/locks with the
 * holder's pid (Linux); a holder whose command line runs net's bundle is another net, anything
 * else is another program. Only worked out on this error path.
 */
function busyError(path: string): UserError {
  const holder = lockHolder(path);
  const text = messages().errors;
  if (holder?.net) return new UserError(text.busyNet(holder.pid), { hint: text.tryAgainSoon });
  if (holder) return new UserError(text.busyProgram({ name: holder.name, pid: holder.pid, path }), { hint: text.busyProgramHint });
  return new UserError(text.busy(path), { hint: text.tryAgainSoon });
}

function lockHolder(path: string): { pid: number; name: string; net: boolean } | undefined {
  try {
    const file = realFile(path);
    const inodes = new Set<number>();
    for (const f of [file, `${file}-shm`, `${file}-wal`]) {
      const stats = statSync(f, { throwIfNoEntry: false });
      if (stats) inodes.add(stats.ino);
    }
    const writers: number[] = [];
    const others: number[] = [];
    for (const line of readFileSync("/proc/locks", "utf8").split("\n")) {
      // "12: POSIX  ADVISORY  WRITE 4242 00:2b:1234 120 120" (lines with "->" are waiters, like us)
      const m = /^\d+:\s+(?:POSIX|OFDLCK)\s+\S+\s+(READ|WRITE)\s+(-?\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s/.exec(line);
      if (!m || !inodes.has(Number(m[3]))) continue;
      const pid = Number(m[2]);
      if (pid <= 0 || pid === process.pid) continue;
      (m[1] === "WRITE" ? writers : others).push(pid);
    }
    const pid = writers[0] ?? others[0];
    if (pid === undefined) return undefined;
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const net = argv.slice(0, 3).some((arg) => /(?:^|\/)net(?:\.cjs)?$/.test(arg));
    const name = basename(argv[0] ?? readFileSync(`/proc/${pid}/comm`, "utf8").trim());
    return { pid, name, net };
  } catch {
    return undefined;
  }
}

function fileError(error: unknown, path: string): UserError {
  const code = errorCode(error);
  // The path a system call failed on (a folder being made, say) may not be the database's.
  const where = (error as NodeJS.ErrnoException).path ?? path;
  const text = messages().errors;
  if (code === "EACCES" || code === "EPERM") return new UserError(text.permissionDenied(where), { hint: text.permissionDeniedHint });
  if (code === "ENOSPC" || code === "EDQUOT") return new UserError(text.noSpaceToCreate(where), { hint: text.freeSpace });
  if (code === "EROFS") return new UserError(text.readOnlyFileSystemCreate(where), { hint: text.chooseAnotherPlace });
  if (code === "ENOTDIR" || code === "EEXIST") return new UserError(text.fileWhereFolder(path), { hint: text.chooseAnotherPlace });
  if (code === "EISDIR") return new UserError(text.isFolder(path), { hint: text.isFolderHint });
  if (code === "ENOENT" || code === "ELOOP" || code === "ENAMETOOLONG")
    return new UserError(text.cantCreate({ where, code }), { hint: text.checkPath });
  return new UserError(text.cantOpenFile({ where, message: (error as Error).message }), { hint: text.checkPath });
}

// -- opening ---------------------------------------------------------------------------------------

export interface OpenOptions {
  /**
   * Create the database (and its folders) when it is missing or empty: commands that write.
   * Default true (the store's own callers); the CLI says false for commands that only read.
   */
  create?: boolean;
  /** Missing (or empty) and not to be created: an empty database in memory instead of an error. */
  emptyWhenMissing?: boolean;
  /** Said before a migration, once the copy of the old database is made: its file name. */
  upgrading?: (from: number, to: number, backup: string) => void;
}

function noDatabase(file: string): UserError {
  return new UserError(messages().errors.noDatabase(file), { hint: messages().errors.noDatabaseHint });
}

const KINDS: [test: (s: Stats) => boolean, name: "aDevice" | "aPipe" | "aSocket"][] = [
  [(s) => s.isCharacterDevice(), "aDevice"],
  [(s) => s.isBlockDevice(), "aDevice"],
  [(s) => s.isFIFO(), "aPipe"],
  [(s) => s.isSocket(), "aSocket"],
];

/** Makes the missing folders above `file`, one at a time, owner-only (no recursive mkdir: it spins in /proc). */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; ) {
    const stats = statSync(d, { throwIfNoEntry: false });
    if (stats) {
      if (!stats.isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR", path: d });
      break;
    }
    missing.unshift(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const folder of missing) mkdirSync(folder, { mode: 0o700 });
}

/** The file as found: a regular file (its size), or undefined when there is none. Anything else is refused. */
function existing(file: string): Stats | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) {
    // A symbolic link to nothing: not a place to create a database through.
    if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink())
      throw new UserError(messages().errors.danglingLink(file), { hint: messages().errors.pointAtDatabase });
    return undefined;
  }
  if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  if (!stats.isFile()) {
    const text = messages().errors;
    const kind = KINDS.find(([test]) => test(stats))?.[1];
    throw new UserError(text.notADatabaseKind({ file, kind: kind ? text[kind] : text.notRegular }), { hint: text.notADatabaseKindHint });
  }
  return stats;
}

/** A database with net's schema and nothing in it, in memory: what reading a missing default database shows. */
function emptyDatabase(): Db {
  const db = openSqlite(":memory:");
  migrate(db, ":memory:");
  return db;
}

/**
 * Opens the database: an existing regular file, checked to be net's before anything is written, or
 * (for commands that write) a new one, created owner-only. A file net can't write is read without
 * leaving anything beside it. Never changes the mode of an existing file. Then the schema is migrated
 * to the current version (a copy kept first), with WAL, foreign keys and a busy timeout so two
 * terminals can write at once.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const create = options.create ?? true;
  const file = resolve(path);
  // The database, its journal and WAL files hold people's contacts: owner-only from birth.
  process.umask(0o077);
  readOnlyBecause = undefined;
  damageSeen = undefined;
  let stats: Stats | undefined;
  try {
    stats = existing(file);
    if (!stats) {
      if (!create) {
        if (options.emptyWhenMissing) return emptyDatabase();
        throw noDatabase(file);
      }
      makeFolders(dirname(file));
      try {
        closeSync(openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600));
      } catch (error) {
        // Another net made it at the same instant: open theirs.
        if (errorCode(error) !== "EEXIST") throw error;
      }
      stats = existing(file);
      if (!stats) throw noDatabase(file);
    }
    // An empty file (one net made and was stopped before writing to it): nothing to read; only a
    // command that writes makes it a database.
    if (stats.size === 0 && !create) return emptyDatabase();
    // SQLite would only say "unable to open": name the real cause (EACCES) while we can.
    accessSync(file, constants.R_OK);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fileError(error, file);
  }

  const real = stats.isFile() && lstatSync(file).isSymbolicLink() ? realFile(file) : file;
  const culprit = writable(real) !== true || writable(dirname(real)) !== true ? readOnlyCulprit(real) : undefined;
  if (culprit) {
    readOnlyBecause = culprit.what;
    if (create) throw readOnlyError(file);
  }

  let db: Db;
  try {
    db = culprit ? openReadOnly(real) : openSqlite(file, { fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    // Reads through a memory map: a cold process reads pages without a system call each.
    if (!db.memory) db.pragma("mmap_size = 268435456");
    db.pragma("foreign_keys = ON");
    const version = netSchemaVersion(db, file);
    if (version === 0 && !create) {
      db.close();
      return emptyDatabase();
    }
    if (!culprit && version > 0) damageSeen = cheapDamageCheck(db, real);
    if (version < SCHEMA_VERSION) migrate(db, file, options.upgrading);
    if (!culprit && db.pragma("journal_mode", { simple: true }) !== "wal") retryWhileBusy(() => db.pragma("journal_mode = WAL"));
    if (!culprit) db.pragma("synchronous = NORMAL");
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw storeError(error, file) ?? error;
  }
  return db;
}

/**
 * A database net can't write (the file, or its folder, is read-only): read without leaving a 0400
 * -shm beside it (which would make every later write fail once the file is writable again). With no
 * -wal to fold in, the file is read into memory; with one, SQLite reads it read-only, its -shm made
 * owner-writable first where the folder allows.
 */
function openReadOnly(file: string): Db {
  const wal = statSync(`${file}-wal`, { throwIfNoEntry: false });
  if (!wal || wal.size === 0) {
    const bytes = readFileSync(file);
    // A WAL-mode header (bytes 18-19 = 2) can't be opened in memory; the copy is read as a plain file.
    if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
    return openSqlite(bytes, { readonly: true });
  }
  if (writable(dirname(file)) === true) {
    try {
      closeSync(openSync(`${file}-shm`, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600));
    } catch {
      // There already: SQLite uses it as it is.
    }
  }
  return openSqlite(file, { readonly: true, fileMustExist: true });
}

function newerNet(file: string, version: number): UserError {
  return new UserError(messages().errors.newerNet({ file, version, known: SCHEMA_VERSION }), { hint: messages().errors.newerNetHint });
}

function otherProgram(file: string): UserError {
  return new UserError(messages().errors.otherProgram(file), { hint: messages().errors.otherProgramHint });
}

/**
 * The file's schema version, once it is known to be net's: 0 for an empty database, N for net's
 * schema N. Another program's SQLite file, or one from a newer net, is refused before anything is
 * written to it.
 */
function netSchemaVersion(db: Db, file: string): number {
  // The version and the tables in one statement, so one snapshot of the file: read apart, another
  // process creating the same new database could commit its schema between the two reads.
  const seen = db
    .prepare(
      "SELECT (SELECT user_version FROM pragma_user_version) AS version, (SELECT json_group_array(name) FROM sqlite_master WHERE type = 'table') AS tables",
    )
    .get() as { version: number; tables: string };
  const version = seen.version;
  if (version > SCHEMA_VERSION) {
    throw newerNet(file, version);
  }
  const tables = new Set(JSON.parse(seen.tables) as string[]);
  const netTables = version > 0 && ["contacts", "interactions", "settings"].every((name) => tables.has(name));
  if ((version === 0 && tables.size > 0) || (version > 0 && !netTables)) {
    // Another program's SQLite file: net's tables must not be written into it.
    throw otherProgram(file);
  }
  return version;
}

/**
 * What can be seen of damage without reading the file: a file shorter than its header says was cut
 * short. Looked at inside a read transaction, so no other process changes the file meanwhile (a
 * -wal with pages in it may hold the rest: then nothing is concluded).
 */
function cheapDamageCheck(db: Db, file: string): string | undefined {
  db.exec("BEGIN");
  try {
    const pages = db.pragma("page_count", { simple: true }) as number;
    const wal = statSync(`${file}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) return undefined;
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    return statSync(file).size < pages * pageSize ? messages().errors.shorterThanHeader : undefined;
  } finally {
    db.exec("COMMIT");
  }
}

/** Databases up to this size get a full `PRAGMA quick_check` before a write (~1 ms per MB here). */
const CHECK_BEFORE_WRITE_BYTES = 16 * 1024 * 1024;

/**
 * Before a command's first write: refuses a database found damaged. A quick_check reads every page,
 * so it runs when the file is small enough for that to be cheap, or when told (`thorough`: imports,
 * purges); SQLite's own reports of damage (SQLITE_CORRUPT) stop any write at any size.
 */
export function guardWrites(db: Db, file: string, thorough = false): void {
  if (damageSeen) throw damagedError(resolve(file), damageSeen);
  if (db.memory) return;
  const bytes = (db.pragma("page_count", { simple: true }) as number) * (db.pragma("page_size", { simple: true }) as number);
  if (!thorough && bytes > CHECK_BEFORE_WRITE_BYTES) return;
  const verdict = integrityVerdict(db);
  if (verdict) throw damagedError(resolve(file), verdict);
}

/** Undefined when quick_check says ok; else its first finding, shortened. */
function integrityVerdict(db: Db): string | undefined {
  const rows = db.pragma("quick_check(3)") as { quick_check: string }[];
  const first = rows[0]?.quick_check ?? "ok";
  if (first === "ok") return undefined;
  return first.length > 80 ? `${first.slice(0, 77)}…` : first;
}

/**
 * Switching a new database to WAL needs its read lock promoted to a write lock; when another net
 * process holds the write lock (its own check of the schema, at the same instant), SQLite answers
 * "busy" at once rather than wait, so as not to deadlock. Wait and try again, up to the busy timeout.
 */
function retryWhileBusy<T>(work: () => T, timeoutMs = 5000): T {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (!errorCode(error)?.startsWith("SQLITE_BUSY") || Date.now() > until) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/**
 * Brings the schema to the current version: every step in one transaction, so a run stopped midway
 * leaves the file as it was (and the next run makes the same one copy). An existing database is
 * checked for damage and copied first (`net.db.bak-<version>`): the copy (VACUUM INTO, which can't
 * run inside a transaction) is made just before the migration's transaction, and made again (before
 * another try) should another process have changed the database in between (PRAGMA data_version).
 */
export function migrate(db: Db, file: string, upgrading?: (from: number, to: number, backup: string) => void): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw newerNet(file, version);
  }
  if (version === SCHEMA_VERSION) return;
  const dataVersion = () => db.pragma("data_version", { simple: true }) as number;
  const copied = (from: number) => {
    const verdict = integrityVerdict(db);
    if (verdict) throw damagedError(resolve(file), verdict, true);
    const before = dataVersion();
    return { path: keepCopy(db, resolve(file), from, copy?.path), dataVersion: before };
  };
  let copy: { path: string; dataVersion: number } | undefined;
  if (version > 0 && !db.memory) copy = copied(version);
  for (;;) {
    const needsCopy = db
      .transaction((): number | undefined => {
        // Another net process may have migrated while this one waited for the write lock.
        const current = db.pragma("user_version", { simple: true }) as number;
        if (current >= SCHEMA_VERSION) return undefined;
        if (current === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get()) {
          // Another program's SQLite file: net's tables must not be written into it.
          throw otherProgram(file);
        }
        if (current > 0 && !db.memory) {
          // A copy of the user's data as it was before the schema changes under it, made while no
          // other process changed it (else it is made again, outside the transaction).
          if (!copy || copy.dataVersion !== dataVersion()) return current;
          upgrading?.(current, SCHEMA_VERSION, basename(copy.path));
        }
        for (let next = current + 1; next <= SCHEMA_VERSION; next++) {
          const migration = MIGRATIONS[next - 1] as Migration;
          if (typeof migration === "string") db.exec(migration);
          else migration(db);
        }
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
        return undefined;
      })
      .immediate();
    if (needsCopy === undefined) return;
    copy = copied(needsCopy);
  }
}

/**
 * Writes the copy kept before a migration (see backup.ts: a consistent streamed copy, created new
 * under a temporary name, synced), renamed to `<name>.bak-<version>` (a rename replaces a link
 * planted there, never writes through it). Where that name can't be taken (another user's file in
 * a shared folder), the copy keeps a name of its own, and that is the name reported. A copy that
 * does not fit is removed and the upgrade does not start.
 */
function keepCopy(db: Db, file: string, version: number, earlier: string | undefined): string {
  const dir = dirname(file);
  const base = basename(file);
  removeStaleCopies(dir, base);
  removeStaleTemps(dir, base);
  let temp: string;
  try {
    temp = writeCopy(db, dir, base);
  } catch (error) {
    const code = errorCode(error);
    const mb = Math.max(
      1,
      Math.round(((db.pragma("page_count", { simple: true }) as number) * (db.pragma("page_size", { simple: true }) as number)) / 1e6),
    );
    const text = messages().errors;
    if (diskFull(error)) throw new UserError(text.noRoomForUpgradeCopy({ file, mb }), { hint: text.noRoomForUpgradeCopyHint });
    throw new UserError(text.cantKeepUpgradeCopy({ file, why: code ?? (error as Error).message }), {
      hint: text.cantKeepUpgradeCopyHint(dir),
    });
  }
  const wanted = join(dir, `${base}.bak-${version}`);
  try {
    renameSync(temp, wanted);
    return wanted;
  } catch {
    // A copy made again (the database changed meanwhile) replaces the one made before.
    if (earlier && earlier !== wanted) rmSync(earlier, { force: true });
    const own = join(dir, `${base}.bak-${version}-${temp.slice(-16, -4)}`);
    renameSync(temp, own);
    return own;
  }
}

/** Copies a run stopped midway left behind (the write lock is held: no other net is writing one). */
function removeStaleCopies(dir: string, base: string): void {
  const pattern = /^\.(.+)\.bak-\d+\.[0-9a-f]{12}\.tmp$/;
  try {
    for (const name of readdirSync(dir)) {
      if (pattern.exec(name)?.[1] !== base) continue;
      const path = join(dir, name);
      const stats = lstatSync(path, { throwIfNoEntry: false });
      if (stats?.isFile() && stats.uid === process.getuid?.()) rmSync(path, { force: true });
    }
  } catch {
    // Nothing to tidy, or not ours to tidy.
  }
}
