/**
 * Taking back a journal entry (src/store/journal.ts): each row it changed is put back as it was
 * before, once every one of them is checked to be still as the entry left it. The search index is
 * then worked out again for them; the rest of what is kept ready on write follows at the end of
 * the transaction (src/store/kept.ts).
 */
import { type Change, JOURNALED, journaledColumns, type Row } from "./journal.js";
import { indexContact, indexInteraction, unindex } from "./search.js";
import { type ContactRow, type InteractionRow, type Store, toContact } from "./store.js";

/** One row's state before the entry and after it (first `before`, last `after` of its changes). */
export interface NetChange {
  table: string;
  key: (string | number)[];
  before: Row | null;
  after: Row | null;
}

/** The entry's changes, one per row, in the order each row was first touched. */
export function netChanges(changes: readonly Change[]): NetChange[] {
  const byKey = new Map<string, NetChange>();
  for (const change of changes) {
    const id = JSON.stringify([change.table, change.key]);
    const seen = byKey.get(id);
    if (seen) seen.after = change.after;
    else byKey.set(id, { table: change.table, key: change.key, before: change.before, after: change.after });
  }
  return [...byKey.values()].filter((c) => !sameRow(c.before, c.after));
}

function sameRow(a: Row | null, b: Row | null): boolean {
  if (a === null || b === null) return a === b;
  const columns = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const column of columns) if ((a[column] ?? null) !== (b[column] ?? null)) return false;
  return true;
}

function keyWhere(table: string): string {
  const spec = JOURNALED[table];
  if (!spec) throw new Error(`not a journaled table: ${table}`); // i18n-ignore: an internal assertion, never shown
  return spec.key.map((c) => `${c} = ?`).join(" AND ");
}

/** The row as it is now (its journaled columns), or null. */
export function currentRow(store: Store, table: string, key: readonly (string | number)[]): Row | null {
  const columns = journaledColumns(store, table);
  return (store.sql(`SELECT ${columns.join(", ")} FROM ${table} WHERE ${keyWhere(table)}`).get(key) as Row | undefined) ?? null;
}

/** The rows changed since the entry (each as the entry left it, and as it is now). */
export function changedSince(store: Store, changes: readonly NetChange[]): { change: NetChange; now: Row | null }[] {
  const drifted: { change: NetChange; now: Row | null }[] = [];
  for (const change of changes) {
    const now = currentRow(store, change.table, change.key);
    if (!sameRow(now, change.after)) drifted.push({ change, now });
  }
  return drifted;
}

/** Deletions children first, insertions parents first (the foreign keys). */
const DELETE_ORDER = ["interaction_people", "contact_memory", "reminder_state", "settings", "reviews", "interactions", "contacts"];
const PUT_ORDER = ["contacts", "interactions", "interaction_people", "contact_memory", "reminder_state", "settings", "reviews"];

/**
 * Puts every row back to `target` (`before` to undo). Call inside store.transaction, after
 * checking changedSince. Columns are the table's own (never names taken from the entry as they are).
 */
export function putBack(store: Store, changes: readonly NetChange[]): void {
  // Rows of one table may point at each other (a person met through another, put back together):
  // the foreign keys are checked at commit, once every row is back (reset by the commit).
  store.sql("PRAGMA defer_foreign_keys = ON").run();
  for (const table of DELETE_ORDER)
    for (const change of changes)
      if (change.table === table && change.before === null) store.sql(`DELETE FROM ${table} WHERE ${keyWhere(table)}`).run(change.key);
  for (const table of PUT_ORDER) {
    const columns = journaledColumns(store, table);
    for (const change of changes) {
      const row = change.before;
      if (change.table !== table || row === null) continue;
      if (table === "interaction_people") {
        // Only the ids are journaled; the rest of the link is kept (src/store/kept.ts).
        store
          .sql("INSERT OR IGNORE INTO interaction_people (interaction_id, contact_id) VALUES (?, ?)")
          .run(row.interaction_id ?? null, row.contact_id ?? null);
        continue;
      }
      const values = columns.map((c) => row[c] ?? null);
      if (currentRow(store, table, change.key) === null)
        store.sql(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(values);
      else
        store
          .sql(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(", ")} WHERE ${keyWhere(table)}`)
          .run([...values, ...change.key]);
    }
  }
  rederive(store, changes);
}

/** The search index rows of the people and interactions put back (the rest is kept by src/store/kept.ts). */
function rederive(store: Store, changes: readonly NetChange[]): void {
  const people = new Set<string>();
  const interactions = new Set<string>();
  for (const change of changes) {
    if (change.table === "contacts") people.add(String(change.key[0]));
    if (change.table === "interactions") interactions.add(String(change.key[0]));
    if (change.table === "interaction_people") {
      interactions.add(String(change.key[0]));
      people.add(String(change.key[1]));
    }
  }
  for (const id of interactions) {
    const linked = store.sql("SELECT contact_id FROM interaction_people WHERE interaction_id = ?").pluck().all(id) as string[];
    for (const person of linked) people.add(person);
    const row = store.sql("SELECT id, note, event_name FROM interactions WHERE id = ?").get(id) as
      | Pick<InteractionRow, "id" | "note" | "event_name">
      | undefined;
    if (row) indexInteraction(store, { id: row.id, note: row.note, eventName: row.event_name });
    else unindex(store, "i", id);
  }
  for (const id of people) {
    const row = store.sql("SELECT * FROM contacts WHERE id = ?").get(id) as ContactRow | undefined;
    if (!row) {
      unindex(store, "c", id);
      continue;
    }
    indexContact(store, toContact(row));
  }
}
