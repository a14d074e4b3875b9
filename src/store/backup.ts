import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { copiesToKeep } from "../domain/backups.js";
import type { IsoDate } from "../domain/dates.js";
import { UserError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { type Db, errorCode, openSqlite } from "./sqlite.js";

/**
 * Copies of the database kept beside it, `<name>.backup-<day>` (the daily ones, made before the
 * first write of a day) and `<name>.backup-<day>-<hhmmss>[-before-restore]` (made by `net backup`
 * and `net restore`, kept until removed by hand), plus the copies made before an upgrade,
 * `<name>.bak-<version>`.
 *
 * A copy is SQLite's `VACUUM INTO`: a consistent image of the database as one read transaction sees
 * it (another process may write meanwhile), written page by page (never the whole file in memory),
 * into a file created new (O_EXCL | O_NOFOLLOW, 0600) under a temporary name, synced, then renamed:
 * a copy's name never holds half a file.
 */

/** Whether an error from writing a copy means the disk is full. */
export function diskFull(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ENOSPC" || code === "EDQUOT" || code === "SQLITE_FULL";
}

function randomTag(): string {
  return process.getBuiltinModule("node:crypto").randomBytes(6).toString("hex");
}

const TEMP = /^\.(.+)\.copy\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes a consistent copy of `db` under a temporary name in `dir`, synced; returns that name.
 * Must run outside a transaction (VACUUM can't run inside one). A copy that fails is removed.
 */
export function writeCopy(db: Db, dir: string, base: string): string {
  const temp = join(dir, `.${base}.copy.${randomTag()}.tmp`);
  try {
    // VACUUM INTO writes into an empty file: created here, owner-only and never through a link.
    closeSync(openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600));
    db.prepare("VACUUM INTO ?").run(temp); // i18n-ignore: SQL
    const fd = openSync(temp, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return temp;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Copies a process stopped midway left in `dir` (older than a quarter of an hour: not one being written). */
export function removeStaleTemps(dir: string, base: string, nowMs = Date.now()): void {
  try {
    for (const name of readdirSync(dir)) {
      if (TEMP.exec(name)?.[1] !== base) continue;
      const path = join(dir, name);
      const stats = lstatSync(path, { throwIfNoEntry: false });
      if (stats?.isFile() && stats.uid === process.getuid?.() && nowMs - stats.mtimeMs > 15 * 60_000) rmSync(path, { force: true });
    }
  } catch {
    // Nothing to tidy, or not ours to tidy.
  }
}

const DAILY = /^backup-(\d{4}-\d\d-\d\d)$/;

/** The name of the daily copy of `file` for `day`. */
export function dailyCopyPath(file: string, day: IsoDate): string {
  const path = resolve(file);
  return join(dirname(path), `${basename(path)}.backup-${day}`);
}

/**
 * Before the first write of `today`: a copy of the database, unless one was made today, then the
 * daily copies beyond the 7 newest and the first of the 4 newest weeks removed. Returns the copy
 * made (undefined when there was one already). Throws when the copy can't be made.
 */
export function dailyCopy(db: Db, file: string, today: IsoDate): string | undefined {
  const target = dailyCopyPath(file, today);
  if (statSync(target, { throwIfNoEntry: false })) return undefined;
  const dir = dirname(target);
  const base = basename(resolve(file));
  removeStaleTemps(dir, base);
  const temp = writeCopy(db, dir, base);
  // Two processes making today's copy at once: both are whole, the later rename wins.
  renameSync(temp, target);
  pruneDailies(dir, base);
  return target;
}

function pruneDailies(dir: string, base: string): void {
  const dailies = new Map<IsoDate, string>();
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${base}.`)) continue;
    const day = DAILY.exec(name.slice(base.length + 1))?.[1];
    if (day) dailies.set(day, join(dir, name));
  }
  const keep = copiesToKeep([...dailies.keys()]);
  for (const [day, path] of dailies) {
    if (keep.has(day)) continue;
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats?.isFile() && stats.uid === process.getuid?.()) rmSync(path, { force: true });
  }
}

/**
 * A copy at `target`, a new file: refused when something is there already (the copy is linked to
 * its name, which fails rather than replace anything). The copy is written beside the target.
 */
export function copyTo(db: Db, target: string): void {
  const path = resolve(target);
  if (lstatSync(path, { throwIfNoEntry: false }))
    throw new UserError(messages().errors.copyExists(target), { hint: messages().errors.copyExistsHint });
  const temp = writeCopy(db, dirname(path), basename(path));
  try {
    linkSync(temp, path);
  } catch (error) {
    if (errorCode(error) === "EEXIST")
      throw new UserError(messages().errors.copyExists(target), { hint: messages().errors.copyExistsHint });
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A free name for a copy made now (`net backup`, before a restore): `<name>.backup-<day>-<hhmmss>[-n][-what]`. */
export function copyPathNow(file: string, day: IsoDate, hhmmss: string, what = ""): string {
  const path = resolve(file);
  for (let n = 1; ; n++) {
    const candidate = join(dirname(path), `${basename(path)}.backup-${day}-${hhmmss}${n > 1 ? `-${n}` : ""}${what}`);
    if (!lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
  }
}

export interface KeptCopy {
  path: string;
  name: string;
  /** daily: before the first write of a day; weekly: a daily copy kept as its week's; manual: `net backup`; before-restore; upgrade. */
  kind: "daily" | "weekly" | "manual" | "before-restore" | "upgrade";
  /** The day in its name (an upgrade copy: the day it was written). */
  day: IsoDate;
  bytes: number;
}

function dayOf(ms: number): IsoDate {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The copies kept beside `file`, newest first. */
export function keptCopies(file: string): KeptCopy[] {
  const path = resolve(file);
  const dir = dirname(path);
  const base = basename(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: (KeptCopy & { at: number })[] = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.`)) continue;
    const rest = name.slice(base.length + 1);
    const stats = statSync(join(dir, name), { throwIfNoEntry: false });
    if (!stats?.isFile()) continue;
    const copy = /^backup-(\d{4}-\d\d-\d\d)(-\d{6}(?:-\d+)?)?(-before-restore)?$/.exec(rest);
    if (copy) {
      const kind = copy[3] ? "before-restore" : copy[2] ? "manual" : "daily";
      found.push({ path: join(dir, name), name, kind, day: copy[1] as IsoDate, bytes: stats.size, at: stats.mtimeMs });
    } else if (/^bak-\d+(-[0-9a-f]+)?$/.test(rest)) {
      found.push({ path: join(dir, name), name, kind: "upgrade", day: dayOf(stats.mtimeMs), bytes: stats.size, at: stats.mtimeMs });
    }
  }
  const dailies = found.filter((c) => c.kind === "daily").map((c) => c.day);
  const newest = new Set([...dailies].sort().slice(-7));
  for (const c of found) if (c.kind === "daily" && !newest.has(c.day)) c.kind = "weekly";
  return found.sort((a, b) => (a.day === b.day ? b.at - a.at : a.day < b.day ? 1 : -1)).map(({ at: _, ...copy }) => copy);
}

export interface DatabaseSummary {
  version: number;
  people: number;
  interactions: number;
  /** The newest interaction's day, if any. */
  lastInteraction: IsoDate | null;
}

/**
 * What a file holds, when it is a sound net database this net can open (any schema up to the
 * current one); otherwise a UserError saying what it is not. Opened read-only: nothing is written.
 */
export function summarise(file: string): DatabaseSummary {
  const text = messages().errors;
  const notNet = (why: string) => new UserError(text.notACopy({ file, why }), { hint: text.notACopyHint });
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new UserError(text.noFile(file), { hint: text.noFileHint });
  if (!stats.isFile()) throw notNet(text.notRegular);
  let db: Db;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw notNet(errorCode(error) ?? (error as Error).message);
  }
  try {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw notNet(text.copyNewer(version));
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    if (version < 1 || !tables.has("contacts") || !tables.has("interactions")) throw notNet(text.copyLacksTables);
    const check = (db.pragma("quick_check(1)") as { quick_check: string }[])[0]?.quick_check;
    if (check !== "ok") throw notNet(text.copyDamaged(String(check).replace(/\s+/g, " ").slice(0, 100)));
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      version,
      people: count("SELECT count(*) AS n FROM contacts"),
      interactions: count("SELECT count(*) AS n FROM interactions"),
      lastInteraction: (db.prepare("SELECT max(date) AS d FROM interactions").get() as { d: IsoDate | null }).d,
    };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw notNet(errorCode(error) ?? (error as Error).message);
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `file` with the copy at `from`, through SQLite's backup API: the
 * destination is written in one transaction under SQLite's locks (so a net running meanwhile sees
 * the old database or the new one, never a mix, and its -wal file stays consistent).
 */
export async function restoreInto(from: string, file: string): Promise<void> {
  const source = openSqlite(from, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step: the destination's write transaction spans the whole copy.
    await source.backup(file, { progress: () => 1 << 30 });
  } finally {
    source.close();
  }
}

/** A damaged database's bytes (and its -wal's), copied as they are to a new file `to`, 0600. */
export function keepBytes(file: string, to: string): void {
  copyFileSync(file, to, constants.COPYFILE_EXCL);
  chmodSync(to, 0o600);
  if (statSync(`${file}-wal`, { throwIfNoEntry: false })?.isFile()) {
    copyFileSync(`${file}-wal`, `${to}-wal`, constants.COPYFILE_EXCL);
    chmodSync(`${to}-wal`, 0o600);
  }
}

/**
 * Replaces a database SQLite can't read (so no net can be using it) with a copy of `from`: written
 * beside it, then renamed over it; its -wal and -shm, which belonged to the old file, are removed.
 */
export function replaceWith(from: string, file: string): void {
  const source = openSqlite(from, { readonly: true, fileMustExist: true });
  let temp: string;
  try {
    temp = writeCopy(source, dirname(file), basename(file));
  } finally {
    source.close();
  }
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(temp, file);
}
