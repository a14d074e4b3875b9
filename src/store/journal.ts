/**
 * The journal (migration 8) that `net undo` reads: each write transaction of the Store records the
 * rows it changed, and writes them as one entry (command line, time, changes) before it commits.
 *
 * The rows are caught by temporary triggers (this connection only, never part of the schema) on
 * the tables that hold the user's data, so every write path is journaled, whichever module wrote.
 * A change is `{table, key, before, after}`: the row's values by column (null when absent), keyed
 * by its stable ids. What is kept ready on write (src/store/kept.ts, and the search index) is not
 * journaled: it is worked out again after an undo. The same capture tells kept.ts what a
 * transaction touched. `nudge.shown` (the list nudge showed) is no change of the user's.
 */
import type { Statement } from "better-sqlite3";
import { openSqlite } from "./sqlite.js";

/** What the journal needs of the Store (not the Store itself: store.ts imports this module). */
interface Sql {
  sql(text: string): Statement;
  readonly db: { exec(text: string): unknown };
}

/** The journaled tables, each with its key columns and the columns kept ready on write (not journaled). */
export const JOURNALED: Readonly<Record<string, { key: readonly string[]; derived: readonly string[] }>> = {
  contacts: { key: ["id"], derived: ["last_interaction_on", "last_interaction_id", "keep_in_touch_since"] },
  interactions: { key: ["id"], derived: [] },
  interaction_people: { key: ["interaction_id", "contact_id"], derived: ["*"] },
  contact_memory: { key: ["contact_id"], derived: [] },
  reminder_state: { key: ["key"], derived: [] },
  settings: { key: ["key"], derived: [] },
  reviews: { key: ["id"], derived: [] },
};

export type Row = Record<string, string | number | null>;

export interface Change {
  table: string;
  key: (string | number)[];
  before: Row | null;
  after: Row | null;
}

export interface JournalEntry {
  id: number;
  at: string;
  command: string;
  undoes: number | null;
  undoable: boolean;
  changes: Change[];
}

/** How many entries are kept (the oldest go first). */
export const JOURNAL_KEPT = 100;

/** The columns of `table` a journal entry holds, in the table's order. */
export function journaledColumns(store: Sql, table: string): string[] {
  let known = columnsOf.get(store.db);
  if (!known) {
    known = new Map();
    columnsOf.set(store.db, known);
  }
  const seen = known.get(table);
  if (seen) return seen;
  const spec = JOURNALED[table];
  if (!spec) return [];
  const all = (store.sql(`PRAGMA main.table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  const columns = spec.derived.includes("*") ? [...spec.key] : all.filter((c) => !spec.derived.includes(c));
  known.set(table, columns);
  return columns;
}

/** Each connection's journaled columns by table (the schema doesn't change once a command runs). */
const columnsOf = new WeakMap<object, Map<string, string[]>>();

const installed = new WeakSet<object>();

/** Sets up the temporary table and triggers on this connection (once). Call outside a transaction. */
export function installCapture(store: Sql): void {
  if (installed.has(store.db)) return;
  const parts = [
    "CREATE TEMP TABLE IF NOT EXISTS undo_changes (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, before TEXT, after TEXT);",
  ];
  for (const [table, spec] of Object.entries(JOURNALED)) {
    const columns = journaledColumns(store, table);
    const row = (alias: string) => `json_object(${columns.map((c) => `'${c}', ${alias}.${c}`).join(", ")})`;
    const key = (alias: string) => `json_array(${spec.key.map((c) => `${alias}.${c}`).join(", ")})`;
    const skip = (alias: string) => (table === "settings" ? ` WHEN ${alias}.key <> 'nudge.shown'` : "");
    parts.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_insert AFTER INSERT ON main.${table}${skip("NEW")} BEGIN
         INSERT INTO temp.undo_changes (tbl, key, before, after) VALUES ('${table}', ${key("NEW")}, NULL, ${row("NEW")}); END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_delete AFTER DELETE ON main.${table}${skip("OLD")} BEGIN
         INSERT INTO temp.undo_changes (tbl, key, before, after) VALUES ('${table}', ${key("OLD")}, ${row("OLD")}, NULL); END;`,
      `CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_update AFTER UPDATE ON main.${table}
         WHEN ${row("OLD")} IS NOT ${row("NEW")}${table === "settings" ? " AND NEW.key <> 'nudge.shown'" : ""} BEGIN
         INSERT INTO temp.undo_changes (tbl, key, before, after) VALUES ('${table}', ${key("OLD")}, ${row("OLD")}, NULL);
         INSERT INTO temp.undo_changes (tbl, key, before, after) VALUES ('${table}', ${key("NEW")}, NULL, ${row("NEW")}); END;`,
    );
  }
  store.db.exec(parts.join("\n"));
  installed.add(store.db);
}

/** Forgets what was caught so far (at the start of a transaction). */
export function startCapture(store: Sql): void {
  store.sql("DELETE FROM temp.undo_changes").run();
}

/**
 * Writes what was caught as one journal entry (nothing when nothing changed), inside the
 * transaction; keeps the last JOURNAL_KEPT entries.
 */
export function writeEntry(store: Sql, entry: { at: string; command: string; undoes: number | null }): number | undefined {
  const caught = store.sql("SELECT count(*) FROM temp.undo_changes").pluck().get() as number;
  if (caught === 0) return undefined;
  const id = Number(
    store
      .sql(
        `INSERT INTO journal (at, command, changes, undoes)
         SELECT ?, ?, (SELECT json_group_array(json_object('table', tbl, 'key', json(key), 'before', json(before), 'after', json(after)))
                       FROM (SELECT * FROM temp.undo_changes ORDER BY seq)), ?`,
      )
      .run(entry.at, entry.command, entry.undoes).lastInsertRowid,
  );
  store.sql("DELETE FROM journal WHERE id <= ?").run(id - JOURNAL_KEPT);
  store.sql("DELETE FROM temp.undo_changes").run();
  return id;
}

interface EntryRow {
  id: number;
  at: string;
  command: string;
  changes: string;
  undoes: number | null;
  undoable: number;
}

function toEntry(row: EntryRow): JournalEntry {
  return {
    id: row.id,
    at: row.at,
    command: row.command,
    undoes: row.undoes,
    undoable: row.undoable === 1,
    changes: JSON.parse(row.changes) as Change[],
  };
}

/** The newest entry, if any. */
export function lastEntry(store: Sql): JournalEntry | undefined {
  const row = store.sql("SELECT * FROM journal ORDER BY id DESC LIMIT 1").get() as EntryRow | undefined;
  return row ? toEntry(row) : undefined;
}

/** The newest entries, newest first, without their changes' detail. */
export function recentEntries(store: Sql, limit: number): (Omit<JournalEntry, "changes"> & { changed: number })[] {
  const rows = store
    .sql("SELECT id, at, command, undoes, undoable, json_array_length(changes) AS changed FROM journal ORDER BY id DESC LIMIT ?")
    .all(limit) as (Omit<EntryRow, "changes"> & { changed: number })[];
  return rows.map((r) => ({ id: r.id, at: r.at, command: r.command, undoes: r.undoes, undoable: r.undoable === 1, changed: r.changed }));
}

/**
 * After a restore (the whole file replaced, nothing journaled): an entry undo refuses, so it never
 * takes back the copy's own last change believing it the restore. A copy from before the journal
 * (no table yet) gets an empty one on its upgrade: nothing to undo.
 */
export function journalRestore(file: string, entry: { at: string; command: string }): void {
  const db = openSqlite(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal'").get();
    if (has) db.prepare("INSERT INTO journal (at, command, changes, undoable) VALUES (?, ?, '[]', 0)").run(entry.at, entry.command);
  } finally {
    db.close();
  }
}
