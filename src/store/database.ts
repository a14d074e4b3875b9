import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { UserError } from "../domain/errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";

export type Db = Database.Database;

/** The better-sqlite3 version whose JavaScript the build bundled (undefined when run from source). */
declare const NET_SQLITE_JS_VERSION: string | undefined;

/**
 * better-sqlite3 is bundled into the CLI; its native addon is handed over by path, which spares
 * the package's search for it on every start — when it is the very version bundled. Otherwise
 * (upgraded since the build, installed some other way) the package loads itself.
 */
function openSqlite(file: string): Db {
  // In the bundle, the CommonJS `require` of dist/net.cjs; from source (tests), one made for this
  // file. Either way node:module (which brings in the ES module loader) is not loaded on every start.
  const load = typeof require === "function" ? require : process.getBuiltinModule("node:module").createRequire(import.meta.url);
  const bundled = typeof NET_SQLITE_JS_VERSION === "string" ? NET_SQLITE_JS_VERSION : undefined;
  let addon: string | undefined;
  try {
    const installed = (load("better-sqlite3/package.json") as { version: string }).version;
    if (bundled === undefined || installed === bundled) addon = load.resolve("better-sqlite3/build/Release/better_sqlite3.node");
  } catch {
    addon = undefined;
  }
  if (addon === undefined) {
    const Packaged = load("better-sqlite3") as typeof Database;
    return new Packaged(file);
  }
  return new Database(file, { nativeBinding: addon });
}

/** Where the database lives unless `--db` or `NET_DB` says otherwise. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  const dataHome = env.XDG_DATA_HOME?.startsWith("/") ? env.XDG_DATA_HOME : join(homedir(), ".local", "share");
  return join(dataHome, "net", "net.db");
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** Turns SQLite's failures into messages a user can act on. */
export function storeError(error: unknown, path: string): UserError | undefined {
  const code = sqliteCode(error);
  if (!code) return undefined;
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
    return new UserError(`${path} is not a net database (or it is damaged)`, {
      hint: "point --db or NET_DB at your net database, or move this file away",
    });
  if (code === "SQLITE_READONLY" || code.startsWith("SQLITE_READONLY_"))
    return new UserError(`can't write to ${path}: it is read-only`, { hint: "check the file's permissions and owner" });
  // SHMSIZE: the WAL index could not grow, which on a local disk means it is full.
  if (code === "SQLITE_FULL" || code === "SQLITE_IOERR_SHMSIZE")
    return new UserError(`the disk holding ${path} is full; nothing was saved`, { hint: "free some space and try again" });
  if (code === "SQLITE_CANTOPEN" || code.startsWith("SQLITE_CANTOPEN_"))
    return new UserError(`can't open the database at ${path}`, { hint: "check that the folder exists and is writable" });
  if (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_"))
    return new UserError("the database is busy in another net process", { hint: "try again in a moment" });
  if (code === "SQLITE_IOERR" || code.startsWith("SQLITE_IOERR_"))
    return new UserError(`could not read or write ${path} (${code})`, { hint: "check the disk and the file's permissions" });
  if (code === "SQLITE_PERM" || code === "SQLITE_AUTH")
    return new UserError(`not allowed to use ${path}`, { hint: "check the file's permissions" });
  return undefined;
}

function fileError(error: unknown, path: string): UserError {
  const code = sqliteCode(error);
  if (code === "EACCES" || code === "EPERM")
    return new UserError(`can't open ${path}: permission denied`, { hint: "check the permissions of the file and its folder" });
  if (code === "ENOSPC") return new UserError(`no space left to create ${path}`, { hint: "free some space and try again" });
  if (code === "EROFS")
    return new UserError(`can't create ${path}: the file system is read-only`, { hint: "use --db to choose another place" });
  if (code === "ENOTDIR" || code === "EEXIST")
    return new UserError(`can't create ${path}: a file stands where a folder should`, { hint: "use --db to choose another place" });
  if (code === "EISDIR") return new UserError(`${path} is a folder, not a database file`, { hint: "give --db a file path" });
  return new UserError(`can't open ${path}: ${(error as Error).message}`, { hint: "check the path given to --db or NET_DB" });
}

export interface OpenOptions {
  /** Open without creating or migrating (read commands on a missing file still work: an empty store). */
  readonly?: boolean;
}

/**
 * Opens (creating if needed) the database: owner-only file, WAL, foreign keys, a busy timeout so
 * two terminals can write at once, and the schema migrated to the current version.
 */
export function openDatabase(path: string, options: { upgrading?: (from: number, to: number) => void } = {}): Db {
  const file = resolve(path);
  // The database, its journal and WAL files hold people's contacts: owner-only from birth.
  process.umask(0o077);
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
    else if (statSync(file).isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    // SQLite would only say "unable to open": name the real cause (EACCES) while we can.
    accessSync(file, constants.R_OK);
    if ((statSync(file).mode & 0o077) !== 0) {
      try {
        chmodSync(file, 0o600);
      } catch {
        // Not our file to change (shared, read-only mount): leave it as the owner set it.
      }
    }
  } catch (error) {
    throw fileError(error, file);
  }

  let db: Db;
  try {
    db = openSqlite(file);
    db.pragma("busy_timeout = 5000");
    // Reads through a memory map: a cold process reads pages without a system call each.
    db.pragma("mmap_size = 268435456");
    db.pragma("foreign_keys = ON");
    migrate(db, file, options.upgrading);
    if (db.pragma("journal_mode", { simple: true }) !== "wal") retryWhileBusy(() => db.pragma("journal_mode = WAL"));
    db.pragma("synchronous = NORMAL");
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw storeError(error, file) ?? error;
  }
  return db;
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
      if (!sqliteCode(error)?.startsWith("SQLITE_BUSY") || Date.now() > until) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** Brings the schema to the current version, one transaction per migration. */
export function migrate(db: Db, file: string, upgrading?: (from: number, to: number) => void): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new UserError(`${file} was written by a newer net (schema ${version}; this net knows up to ${SCHEMA_VERSION})`, {
      hint: "upgrade net to open it; the file was not changed",
    });
  }
  if (version === SCHEMA_VERSION) return;
  // A new database is set up in a blink; an existing one is copied and upgraded, which on a very
  // large one takes a while (half a minute at a million interactions): say so.
  if (version > 0) upgrading?.(version, SCHEMA_VERSION);
  for (let next = version + 1; next <= SCHEMA_VERSION; next++) {
    db.transaction(() => {
      // Another net process may have migrated while this one waited for the write lock.
      const current = db.pragma("user_version", { simple: true }) as number;
      if (current >= next) return;
      if (current === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get()) {
        // Another program's SQLite file: net's tables must not be written into it.
        throw new UserError(`${file} is not a net database (it holds another program's tables)`, {
          hint: "point --db or NET_DB at your net database, or at a new file; this one was not changed",
        });
      }
      if (current === version && version > 0) {
        // Keep a copy of the user's data as it was before the schema changes under it: a consistent
        // image (WAL included) taken under the write lock, so no other process can change it meanwhile.
        const backup = `${file}.bak-${version}`;
        writeFileSync(backup, db.serialize(), { mode: 0o600 });
        chmodSync(backup, 0o600);
      }
      db.exec(MIGRATIONS[next - 1] as string);
      db.pragma(`user_version = ${next}`);
    }).immediate();
  }
}
