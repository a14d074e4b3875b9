import type { IsoDate } from "../domain/dates.js";
import type { ReminderState } from "../domain/reminders.js";
import type { Store } from "./store.js";

export function reminderStates(store: Store): Map<string, ReminderState> {
  const rows = store.sql("SELECT key, done_on AS doneOn, snoozed_until AS snoozedUntil FROM reminder_state").all() as ({
    key: string;
  } & ReminderState)[];
  return new Map(rows.map((r) => [r.key, { doneOn: r.doneOn, snoozedUntil: r.snoozedUntil }]));
}

export function markDone(store: Store, key: string, today: IsoDate): void {
  store
    .sql(
      `INSERT INTO reminder_state (key, done_on, snoozed_until, updated_at) VALUES (?, ?, NULL, ?)
       ON CONFLICT (key) DO UPDATE SET done_on = excluded.done_on, snoozed_until = NULL, updated_at = excluded.updated_at`,
    )
    .run(key, today, store.now());
}

/**
 * A keep-in-touch reminder marked done: the person's cadence restarts from `day`, so their next
 * reminder (a new key) comes one cadence later. Snoozes of their older reminders go with it.
 */
export function markKeptInTouch(store: Store, contactId: string, day: IsoDate): void {
  store
    .sql("UPDATE contacts SET keep_in_touch_done_on = ? WHERE id = ? AND (keep_in_touch_done_on IS NULL OR keep_in_touch_done_on < ?)")
    .run(day, contactId, day);
  store.sql("DELETE FROM reminder_state WHERE key LIKE ?").run(`keep-in-touch:${contactId}:%`);
}

export function snooze(store: Store, key: string, until: IsoDate): void {
  store
    .sql(
      `INSERT INTO reminder_state (key, done_on, snoozed_until, updated_at) VALUES (?, NULL, ?, ?)
       ON CONFLICT (key) DO UPDATE SET snoozed_until = excluded.snoozed_until, done_on = NULL, updated_at = excluded.updated_at`,
    )
    .run(key, until, store.now());
}

/** The numbered list nudge last showed, so `net done 2` means what the user saw as #2. */
export interface ShownList {
  day: IsoDate;
  keys: string[];
}

export function shownList(store: Store): ShownList | undefined {
  return store.setting<ShownList>("nudge.shown");
}

/**
 * Keeps the list nudge showed, in a write transaction of its own; when it is the list already kept
 * (nudge run again the same day, nothing changed), nothing is written. Returns whether it wrote.
 */
export function rememberShown(store: Store, list: ShownList): boolean {
  const kept = shownList(store);
  if (kept && kept.day === list.day && kept.keys.length === list.keys.length && kept.keys.every((key, n) => key === list.keys[n]))
    return false;
  // Not journaled: no change of the user's, and the morning's nudge need not set up the journal.
  store.transaction(() => store.setSetting("nudge.shown", list), { journal: false });
  return true;
}
