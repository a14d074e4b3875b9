/**
 * The search index (migration 7): an FTS5 table `search_text` over what is written about people and
 * interactions, and `search_docs`, which says which person ('c') or interaction ('i') each index
 * row stands for. The store keeps it on every write (store.ts and transfer.ts call these);
 * `test/helpers/search.ts` checks it against the base tables.
 */
import type { Statement } from "better-sqlite3";
import type { Contact, Interaction } from "../domain/model.js";

/** What these functions need of the Store (not the Store itself: store.ts imports this module). */
interface Sql {
  sql(text: string): Statement;
}

type Kind = "c" | "i";

/** The index row of a document, made when missing. */
function docOf(store: Sql, kind: Kind, ref: string): number {
  const row = store.sql("SELECT doc FROM search_docs WHERE kind = ? AND ref = ?").get(kind, ref) as { doc: number } | undefined;
  if (row) return row.doc;
  return Number(store.sql("INSERT INTO search_docs (kind, ref) VALUES (?, ?)").run(kind, ref).lastInsertRowid);
}

function put(store: Sql, doc: number, fields: (string | null)[]): void {
  store.sql("DELETE FROM search_text WHERE rowid = ?").run(doc);
  // bounded: the seven indexed fields
  store
    .sql("INSERT INTO search_text (rowid, name, company, role, sector, tags, met, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    .run(doc, ...fields);
}

/** (Re)indexes a person: call after inserting or updating the contacts row. */
export function indexContact(store: Sql, c: Contact): void {
  put(store, docOf(store, "c", c.id), [c.name, c.company, c.role, c.sector, c.tags.length ? c.tags.join(" ") : null, c.metWhere, c.notes]);
}

/** (Re)indexes an interaction: its note and the event's name. */
export function indexInteraction(store: Sql, i: Pick<Interaction, "id" | "note" | "eventName">): void {
  put(store, docOf(store, "i", i.id), [null, null, null, null, null, i.eventName, i.note]);
}

/** Drops a person's or an interaction's index row. */
export function unindex(store: Sql, kind: Kind, ref: string): void {
  const row = store.sql("SELECT doc FROM search_docs WHERE kind = ? AND ref = ?").get(kind, ref) as { doc: number } | undefined;
  if (!row) return;
  store.sql("DELETE FROM search_text WHERE rowid = ?").run(row.doc);
  store.sql("DELETE FROM search_docs WHERE doc = ?").run(row.doc);
}

/** Marks around the words that matched, in a snippet (private-use characters, which names and notes hardly ever hold). */
export const MARK_START = "\ue000";
export const MARK_END = "\ue001";

export interface SearchHit {
  kind: Kind;
  ref: string;
  /** A short piece of the best-matching field, the matched words between MARK_START and MARK_END. */
  snippet: string;
}

/**
 * Turns what the person typed into an FTS5 query: each word a prefix, all of them required
 * ("fin fraud" finds "fintech … fraud"). Words with no letter or digit are left out; null when none is left.
 */
export function ftsQuery(words: readonly string[]): string | null {
  const terms = words
    .flatMap((w) => w.split(/\s+/))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => `"${w.replaceAll('"', " ")}"*`);
  return terms.length ? terms.join(" ") : null;
}

/**
 * The best matches first (bm25, a name counting most, then company, role, sector, tags, where
 * met, notes); archived people, and interactions with none but archived people, are left out.
 */
export function search(store: Sql, query: string, limit: number): SearchHit[] {
  return store
    .sql(
      `SELECT d.kind, d.ref, snippet(search_text, -1, char(57344), char(57345), '…', 12) AS snippet
       FROM search_text JOIN search_docs d ON d.doc = search_text.rowid
       WHERE search_text MATCH ?
         AND CASE d.kind
           WHEN 'c' THEN EXISTS (SELECT 1 FROM contacts c WHERE c.id = d.ref AND c.archived_at IS NULL)
           ELSE NOT EXISTS (SELECT 1 FROM interaction_people ip WHERE ip.interaction_id = d.ref)
             OR EXISTS (SELECT 1 FROM interaction_people ip JOIN contacts c ON c.id = ip.contact_id
                        WHERE ip.interaction_id = d.ref AND c.archived_at IS NULL)
         END
       ORDER BY rank LIMIT ?`,
    )
    .all(query, limit) as SearchHit[];
}

export interface PersonFound {
  id: string;
  slug: string;
  name: string;
  company: string | null;
  role: string | null;
  sector: string | null;
  tier: string;
}

export interface InteractionFound {
  id: string;
  date: string;
  kind: string;
  direction: string;
  note: string | null;
  eventName: string | null;
  people: { id: string; slug: string; name: string }[];
}

/** What a result line shows of a person. */
export function personFound(store: Sql, id: string): PersonFound | undefined {
  return store.sql("SELECT id, slug, name, company, role, sector, tier FROM contacts WHERE id = ?").get(id) as PersonFound | undefined;
}

/** What a result line shows of an interaction: its people not archived, by name. */
export function interactionFound(store: Sql, id: string): InteractionFound | undefined {
  const row = store
    .sql(
      `SELECT i.id, i.date, i.kind, i.direction, i.note, i.event_name AS eventName,
         (SELECT json_group_array(json_object('id', c.id, 'slug', c.slug, 'name', c.name)) FROM
           (SELECT c.id, c.slug, c.name FROM interaction_people ip JOIN contacts c ON c.id = ip.contact_id
            WHERE ip.interaction_id = i.id AND c.archived_at IS NULL ORDER BY c.name_key) AS c) AS people
       FROM interactions i WHERE i.id = ?`,
    )
    .get(id) as (Omit<InteractionFound, "people"> & { people: string }) | undefined;
  return row ? { ...row, people: JSON.parse(row.people) as InteractionFound["people"] } : undefined;
}
