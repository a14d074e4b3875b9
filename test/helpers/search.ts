import Database from "better-sqlite3";
import { derivedStateDrift, differences } from "./derived.js";

/**
 * The search index (migration 7) against the base tables, worked out from scratch: one index row
 * per person and per interaction, holding what is written about them now. Returns the differences
 * (none when all agree).
 */
export function searchIndexDrift(db: Database.Database): string[] {
  const drift: string[] = [];
  const compare = (what: string, kept: string, truth: string) => drift.push(...differences(db, what, kept, truth));
  compare(
    "people",
    `SELECT d.ref, t.name, t.company, t.role, t.sector, t.tags, t.met, t.notes
     FROM search_docs d JOIN search_text t ON t.rowid = d.doc WHERE d.kind = 'c'`,
    `SELECT id, name, company, role, sector, (SELECT group_concat(value, ' ') FROM json_each(tags)), met_where, notes FROM contacts`,
  );
  compare(
    "interactions",
    `SELECT d.ref, t.name, t.company, t.role, t.sector, t.tags, t.met, t.notes
     FROM search_docs d JOIN search_text t ON t.rowid = d.doc WHERE d.kind = 'i'`,
    "SELECT id, NULL, NULL, NULL, NULL, NULL, event_name, note FROM interactions",
  );
  const counts = db.prepare("SELECT (SELECT count(*) FROM search_docs) AS docs, (SELECT count(*) FROM search_text) AS rows").get() as {
    docs: number;
    rows: number;
  };
  if (counts.docs !== counts.rows) drift.push(`search_docs has ${counts.docs} rows, search_text ${counts.rows}`);
  // The FTS5 index itself agrees with its stored text (a check FTS5 runs only on a writable connection).
  if (!db.readonly)
    try {
      db.prepare("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)").run();
    } catch (error) {
      drift.push(`search_text integrity-check: ${(error as Error).message}`);
    }
  return drift;
}

/** Everything net keeps ready on write (derived state and the search index) against the base tables of a database file. */
export function keptStateDrift(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return [...derivedStateDrift(db), ...searchIndexDrift(db)];
  } finally {
    db.close();
  }
}
