import Database from "better-sqlite3";
import { computeReminders, remindersFor, snapshotFor } from "../../src/app/reminders.js";
import { markReminderDone } from "../../src/cli/reminder-done.js";
import { newContact } from "../../src/domain/contacts.js";
import { addDays, type IsoDate } from "../../src/domain/dates.js";
import type { Contact, Direction, Kind } from "../../src/domain/model.js";
import { slugify } from "../../src/domain/names.js";
import type { RuleTuning } from "../../src/rules/engine.js";
import { migrate } from "../../src/store/database.js";
import { snooze } from "../../src/store/reminders.js";
import { Store } from "../../src/store/store.js";

export interface LogOptions {
  kind?: Kind;
  on: IsoDate;
  direction?: Direction;
  note?: string;
  followUpOn?: IsoDate;
  eventName?: string;
}

/**
 * A small network in an in-memory database, built the way the CLI builds it, so rule tests
 * exercise the real snapshot queries and the pure rules together.
 */
export function network() {
  const db = new Database(":memory:");
  migrate(db, ":memory:");
  let tick = 0;
  // Each write is stamped on the day it records (a person's meeting day, an interaction's day), as
  // a user logging things as they happen would; the time moves forward one second per write, so
  // "logged after" the same day is well defined.
  let writingDay: IsoDate = "2026-01-01";
  const store = new Store(db, () => `${writingDay}${new Date(Date.UTC(2020, 0, 1) + tick++ * 1000).toISOString().slice(10)}`);
  const ids = new Map<string, string>();

  const api = {
    store,
    /** Adds someone met on `met` (a first meeting is logged that day, as `net add` does). */
    person(name: string, fields: Partial<Contact> & { met?: IsoDate; followUpOn?: IsoDate } = {}): string {
      const id = `id-${slugify(name)}`;
      const { met, followUpOn, ...rest } = fields;
      const contact = {
        ...newContact({ name }, { id, slug: slugify(name), now: `${met ?? "2026-01-01"}T09:00:00.000Z` }),
        metOn: met ?? null,
        ...rest,
      };
      writingDay = contact.createdAt.slice(0, 10);
      store.transaction(() => {
        store.insertContact(contact);
        if (met && contact.source === "added")
          store.insertInteraction({
            date: met,
            kind: "meeting",
            direction: "mutual",
            note: "first met",
            followUpOn: followUpOn ?? null,
            eventName: null,
            people: [id],
          });
      });
      ids.set(name, id);
      return id;
    },
    id(name: string): string {
      const id = ids.get(name);
      if (!id) throw new Error(`no ${name} in this fixture`);
      return id;
    },
    log(names: string[], options: LogOptions) {
      writingDay = options.on;
      return store.transaction(() =>
        store.insertInteraction({
          date: options.on,
          kind: options.kind ?? "checkin",
          direction: options.direction ?? "gave",
          note: options.note ?? null,
          followUpOn: options.followUpOn ?? null,
          eventName: options.eventName ?? null,
          people: names.map((n) => api.id(n)),
        }),
      );
    },
    archive(name: string) {
      store.transaction(() => store.archiveContact(api.id(name)));
    },
    card(text: string, updatedOn: IsoDate) {
      store.setSetting("card", { text, updatedOn });
    },
    review(period: string, on: IsoDate) {
      store
        .sql("INSERT INTO reviews (id, period, period_from, period_to, reviewed_on, created_at) VALUES (?, ?, '', '', ?, ?)")
        .run(`r-${period}`, period, on, on);
    },
    tune(tuning: RuleTuning) {
      store.setSetting("rules", tuning);
    },
    done(key: string, on: IsoDate) {
      store.transaction(() => markReminderDone(store, key, on));
    },
    snooze(key: string, until: IsoDate) {
      store.transaction(() => snooze(store, key, until));
    },
    /** Due reminders on `today`, as nudge computes them. */
    reminders(today: IsoDate, options: { rule?: string; horizonDays?: number; limit?: number } = {}) {
      return computeReminders(store, today, options);
    },
    /** The candidates due and the list shown, worded, as nudge computes them. */
    remindersFor(today: IsoDate, options: { rule?: string; limit?: number } = {}) {
      return remindersFor(store, today, options);
    },
    snapshot(today: IsoDate) {
      return snapshotFor(store, today, {});
    },
    /** A card so the narrative-card rule stays quiet in tests about other rules. */
    withCard(today: IsoDate) {
      api.card("I build small tools that help people keep in touch.", addDays(today, -1));
      return api;
    },
  };
  return api;
}

export type Network = ReturnType<typeof network>;
