/**
 * The SQL of `net import` and `net export`: reading everything for an export, and writing an
 * import plan. Callers run the writes inside one `store.transaction`, so an import lands whole or
 * not at all.
 */
import type { Contact, Interaction } from "../domain/model.js";
import type { NetData, ReminderStateRecord, ReviewRecord } from "../formats/json.js";
import type { ImportPlan, JsonPlan, LocalState } from "../formats/plan.js";
import { indexInteraction } from "./search.js";
import { isDamageError } from "./sqlite.js";
import { type ContactRow, type Store, toContact } from "./store.js";

interface InteractionRow {
  id: string;
  date: string;
  kind: Interaction["kind"];
  direction: Interaction["direction"];
  note: string | null;
  followUpOn: string | null;
  eventName: string | null;
  createdAt: string;
  people: string | null;
}

function allInteractions(store: Store): Interaction[] {
  const rows = store
    .sql(
      `SELECT i.id, i.date, i.kind, i.direction, i.note, i.follow_up_on AS followUpOn, i.event_name AS eventName,
              i.created_at AS createdAt,
              (SELECT group_concat(contact_id) FROM interaction_people WHERE interaction_id = i.id) AS people
       FROM interactions i ORDER BY i.date, i.created_at, i.id`,
    )
    .all() as InteractionRow[];
  return rows.map((r) => ({ ...r, people: r.people ? r.people.split(",").sort() : [] }));
}

function allReminderState(store: Store): ReminderStateRecord[] {
  return store
    .sql("SELECT key, done_on AS doneOn, snoozed_until AS snoozedUntil, updated_at AS updatedAt FROM reminder_state ORDER BY key")
    .all() as ReminderStateRecord[];
}

function allReviews(store: Store): ReviewRecord[] {
  return store
    .sql(
      `SELECT id, period, period_from AS periodFrom, period_to AS periodTo, reviewed_on AS reviewedOn, created_at AS createdAt
       FROM reviews ORDER BY reviewed_on, id`,
    )
    .all() as ReviewRecord[];
}

/**
 * The settings an export carries: not `nudge.shown`, the numbered list nudge last showed on this
 * machine (what `net done 2` means here), which is no one's data elsewhere (an import ignores it too).
 */
function allSettings(store: Store): Record<string, unknown> {
  const rows = store.sql("SELECT key, value FROM settings WHERE key <> 'nudge.shown' ORDER BY key").all() as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

/** Everything in the database, for `net export --format json`. */
export function loadAll(store: Store): NetData {
  return {
    contacts: store.contacts({ includeArchived: true }),
    interactions: allInteractions(store),
    reminderState: allReminderState(store),
    reviews: allReviews(store),
    settings: allSettings(store),
  };
}

/**
 * The rows of `table` that can still be read, by rowid: runs of 256 rows at a time, one row at a
 * time where a run fails, so a damaged page costs only the rows on it. `skipped` counts the rowids
 * that could not be read (rowids never used count too: an upper bound).
 */
function readableRows<T>(store: Store, table: string, columns: string): { rows: T[]; skipped: number } {
  let last: number;
  try {
    last = (store.db.prepare(`SELECT max(rowid) FROM ${table}`).pluck().get() as number | null) ?? 0;
  } catch (error) {
    if (!isDamageError(error)) throw error;
    return { rows: [], skipped: 1 };
  }
  const run = store.db.prepare(`SELECT ${columns} FROM ${table} WHERE rowid BETWEEN ? AND ? ORDER BY rowid`);
  const one = store.db.prepare(`SELECT ${columns} FROM ${table} WHERE rowid = ?`);
  const rows: T[] = [];
  let skipped = 0;
  for (let from = 1; from <= last; from += 256) {
    const to = Math.min(last, from + 255);
    try {
      for (const row of run.all(from, to) as T[]) rows.push(row);
    } catch (error) {
      if (!isDamageError(error)) throw error;
      for (let rowid = from; rowid <= to; rowid++) {
        try {
          const row = one.get(rowid) as T | undefined;
          if (row) rows.push(row);
        } catch (inner) {
          if (!isDamageError(inner)) throw inner;
          skipped++;
        }
      }
    }
  }
  return { rows, skipped };
}

/**
 * The rows of a table without rowids (its rows live in its key's order): read from the first key
 * up to a damaged page, then from the last key back down to it. `skipped` is 1 when a page could
 * not be read (how many rows it held is not known).
 */
function readableByKey<T>(store: Store, table: string, columns: string, keyOf: (row: T) => string): { rows: T[]; skipped: number } {
  const rows: T[] = [];
  const seen = new Set<string>();
  try {
    for (const row of store.db.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${columns}`).iterate() as Iterable<T>) {
      rows.push(row);
      seen.add(keyOf(row));
    }
    return { rows, skipped: 0 };
  } catch (error) {
    if (!isDamageError(error)) throw error;
  }
  try {
    for (const row of store.db
      .prepare(`SELECT ${columns} FROM ${table} ORDER BY ${columns.replaceAll(",", " DESC,")} DESC`)
      .iterate() as Iterable<T>) {
      if (seen.has(keyOf(row))) break;
      rows.push(row);
    }
  } catch (error) {
    if (!isDamageError(error)) throw error;
  }
  return { rows, skipped: 1 };
}

/**
 * Everything that can still be read from a damaged database, table by table and row by row
 * (indexes, which may be what is damaged, are not used), with how many records were lost: so the
 * data can be saved before the file is replaced.
 */
export function salvageAll(store: Store): { data: NetData; lost: number } {
  const contacts = readableRows<ContactRow>(store, "contacts", "*");
  const interactions = readableRows<Omit<InteractionRow, "people">>(
    store,
    "interactions",
    // i18n-ignore: SQL
    "id, date, kind, direction, note, follow_up_on AS followUpOn, event_name AS eventName, created_at AS createdAt",
  );
  const links = readableByKey<{ interaction_id: string; contact_id: string }>(
    store,
    "interaction_people",
    // i18n-ignore: SQL
    "interaction_id, contact_id",
    (row) => `${row.interaction_id} ${row.contact_id}`,
  );
  const reminders = readableRows<ReminderStateRecord>(
    store,
    "reminder_state",
    // i18n-ignore: SQL
    "key, done_on AS doneOn, snoozed_until AS snoozedUntil, updated_at AS updatedAt",
  );
  const reviews = readableRows<ReviewRecord>(
    store,
    "reviews",
    // i18n-ignore: SQL
    "id, period, period_from AS periodFrom, period_to AS periodTo, reviewed_on AS reviewedOn, created_at AS createdAt",
  );
  // i18n-ignore: SQL
  const settings = readableRows<{ key: string; value: string }>(store, "settings", "key, value");
  const people = new Map<string, string[]>();
  for (const link of links.rows) people.set(link.interaction_id, [...(people.get(link.interaction_id) ?? []), link.contact_id]);
  const parsedSettings: Record<string, unknown> = {};
  let badSettings = 0;
  for (const row of settings.rows) {
    if (row.key === "nudge.shown") continue;
    try {
      parsedSettings[row.key] = JSON.parse(row.value) as unknown;
    } catch {
      badSettings++;
    }
  }
  const contactsRead = contacts.rows.flatMap((row) => {
    try {
      return [toContact(row)];
    } catch {
      return [];
    }
  });
  return {
    data: {
      contacts: contactsRead,
      interactions: interactions.rows.map((row) => ({ ...row, people: (people.get(row.id) ?? []).sort() })),
      reminderState: reminders.rows,
      reviews: reviews.rows,
      settings: parsedSettings,
    },
    lost:
      contacts.skipped +
      (contacts.rows.length - contactsRead.length) +
      interactions.skipped +
      links.skipped +
      reminders.skipped +
      reviews.skipped +
      settings.skipped +
      badSettings,
  };
}

/**
 * Everything in the database for an export; from a damaged database, what can still be read
 * (`lost` counts what could not), so the data can be saved before the file is replaced.
 */
export function loadAllOrSalvage(store: Store): { data: NetData; lost: number } {
  try {
    return { data: loadAll(store), lost: 0 };
  } catch (error) {
    if (!isDamageError(error)) throw error;
    return salvageAll(store);
  }
}

/**
 * Runs `work` in one read transaction: every read sees the database as it was at the first one,
 * and no lock blocks writers (WAL). Begun and ended with plain statements, not a write
 * transaction's BEGIN/COMMIT: it writes nothing, so it ends with a ROLLBACK.
 */
function readConsistently<T>(store: Store, work: () => T): T {
  store.db.exec("BEGIN DEFERRED");
  try {
    return work();
  } finally {
    if (store.db.inTransaction) store.db.exec("ROLLBACK");
  }
}

/**
 * Plans an import without holding the write lock, then writes it: planning 80,000 people takes
 * seconds, and holding the lock meanwhile made a concurrent `net log` fail as busy. The plan is
 * made inside one read transaction (a consistent view, which doesn't block writers in WAL mode);
 * the write transaction then checks `PRAGMA data_version`, which changes only when another
 * connection has committed. If one did, the plan may be stale (someone just added or logged), so
 * it is made again; after `tries` such races it is made inside the write transaction, so the
 * import always finishes.
 */
export function planThenWrite<T>(store: Store, plan: () => T, write: (store: Store, planned: T) => void, tries = 3): T {
  const version = () => store.sql("PRAGMA data_version").pluck().get() as number;
  for (let attempt = 0; attempt < tries; attempt++) {
    const read = readConsistently(store, () => ({ planned: plan(), seen: version() }));
    const written = store.transaction(() => {
      if (version() !== read.seen) return false;
      write(store, read.planned);
      return true;
    });
    if (written) return read.planned;
  }
  return store.transaction(() => {
    const planned = plan();
    write(store, planned);
    return planned;
  });
}

/** Everyone, archived people too: an import matches against them all. */
export function contactsForImport(store: Store): Contact[] {
  return store.contacts({ includeArchived: true });
}

/** What a JSON import is compared with. */
export function localState(store: Store): LocalState {
  const ids = store.sql("SELECT id FROM interactions").pluck().all() as string[];
  const reviewIds = store.sql("SELECT id FROM reviews").pluck().all() as string[];
  const keys = store.sql("SELECT key FROM settings").pluck().all() as string[];
  return {
    contacts: contactsForImport(store),
    interactionIds: new Set(ids),
    reminderState: new Map(allReminderState(store).map((r) => [r.key, r])),
    reviewIds: new Set(reviewIds),
    settingKeys: new Set(keys),
  };
}

/**
 * Writes a plan from a vCard, LinkedIn or Google file: new people, merged fields, what to remember
 * of where profiles came from, and a `news` interaction for each job change (so nudge suggests
 * congratulating).
 */
export function applyImport(store: Store, plan: ImportPlan, today: string): void {
  for (const { contact } of plan.added) store.insertContact(contact);
  for (const { id, memory } of plan.memory) store.setContactMemory(id, memory);
  for (const merged of plan.merged) {
    store.updateContact(merged.contact);
    if (merged.jobChange) {
      store.insertInteraction({
        date: today,
        kind: "news",
        direction: "received",
        note: merged.jobChange.note,
        followUpOn: null,
        eventName: null,
        people: [merged.contact.id],
      });
    }
  }
}

/** An interaction exactly as exported: same id, creation stamp and people. */
function insertInteractionAsIs(store: Store, interaction: Interaction): void {
  store
    .sql(
      `INSERT INTO interactions (id, date, kind, direction, note, follow_up_on, event_name, created_at)
       VALUES (@id, @date, @kind, @direction, @note, @followUpOn, @eventName, @createdAt)`,
    )
    .run({ ...interaction, people: undefined });
  store.linkPeople(interaction, interaction.people);
  indexInteraction(store, interaction);
}

/** Writes a plan from a net JSON export. */
export function applyJsonImport(store: Store, plan: JsonPlan): void {
  for (const { contact } of plan.added) store.insertContact(contact);
  for (const { contact } of plan.merged) store.updateContact(contact);
  // As `net done` writes it: only ever later.
  const kept = store.sql(
    "UPDATE contacts SET keep_in_touch_done_on = @day WHERE id = @id AND (keep_in_touch_done_on IS NULL OR keep_in_touch_done_on < @day)",
  );
  for (const record of plan.keptInTouch) kept.run(record);
  for (const { id, via } of plan.metThrough) store.setMetThrough([id], via, true);
  for (const interaction of plan.interactions) insertInteractionAsIs(store, interaction);
  const state = store.sql(
    `INSERT INTO reminder_state (key, done_on, snoozed_until, updated_at) VALUES (@key, @doneOn, @snoozedUntil, @updatedAt)
     ON CONFLICT (key) DO UPDATE SET done_on = excluded.done_on, snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at`,
  );
  for (const record of plan.reminderState) state.run(record);
  const review = store.sql(
    `INSERT OR IGNORE INTO reviews (id, period, period_from, period_to, reviewed_on, created_at)
     VALUES (@id, @period, @periodFrom, @periodTo, @reviewedOn, @createdAt)`,
  );
  for (const record of plan.reviews) review.run(record);
  for (const [key, value] of plan.settings) store.setSetting(key, value);
}
