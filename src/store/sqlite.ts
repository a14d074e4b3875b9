import Database from "better-sqlite3";

export type Db = Database.Database;

/** The code of a system or SQLite error (`ENOSPC`, `SQLITE_BUSY_SNAPSHOT`), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** Whether SQLite found the file damaged: a page it cannot read, or no database at all. */
export function isDamageError(error: unknown): boolean {
  const code = errorCode(error) ?? "";
  return code === "SQLITE_CORRUPT" || code.startsWith("SQLITE_CORRUPT_") || code === "SQLITE_NOTADB";
}

/** The better-sqlite3 version whose JavaScript the build bundled (undefined when run from source). */
declare const NET_SQLITE_JS_VERSION: string | undefined;

/**
 * better-sqlite3 is bundled into the CLI; its native addon is handed over by path, which spares
 * the package's search for it on every start — when it is the very version bundled. Otherwise
 * (upgraded since the build, installed some other way) the package loads itself.
 * `file` is a path, or the bytes of a database to read in memory.
 */
export function openSqlite(file: string | Buffer, options: Database.Options = {}): Db {
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
    return new Packaged(file, options);
  }
  return new Database(file, { ...options, nativeBinding: addon });
}
