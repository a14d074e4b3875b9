/**
 * The SQL of `net import` and `net export`: reading everything for an export, and writing an
 * import plan. Callers run the writes inside one `store.transaction`, so an import lands whole or
 * not at all.
 */
import type { Contact, Interaction } from "../domain/model.js";
import type { NetData, ReminderStateRecord, ReviewRecord } from "../formats/json.js";
import type { ImportPlan, JsonPlan, LocalState } from "../formats/plan.js";
import { indexInteraction } from "./search.js";
import type { Store } from "./store.js";

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

function allSettings(store: Store): Record<string, unknown> {
  const rows = store.sql("SELECT key, value FROM settings ORDER BY key").all() as { key: string; value: string }[];
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

/** Works out a contact's latest interaction again (the one logged last on the latest day). */
function refreshLastInteraction(store: Store, contactId: string): void {
  store
    .sql(
      `UPDATE contacts SET (last_interaction_on, last_interaction_id) = (
         SELECT i.date, i.id FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
         WHERE ip.contact_id = contacts.id ORDER BY i.date DESC, i.created_at DESC, i.id DESC LIMIT 1)
       WHERE id = ? AND EXISTS (SELECT 1 FROM interaction_people WHERE contact_id = contacts.id)`,
    )
    .run(contactId);
}

/** Writes a plan from a net JSON export. */
export function applyJsonImport(store: Store, plan: JsonPlan): void {
  for (const { contact } of plan.added) store.insertContact(contact);
  for (const { contact } of plan.merged) store.updateContact(contact);
  for (const interaction of plan.interactions) insertInteractionAsIs(store, interaction);
  for (const id of plan.touched) refreshLastInteraction(store, id);
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
