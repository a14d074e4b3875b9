import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newContact } from "../../src/domain/contacts.js";
import type { Contact, Kind } from "../../src/domain/model.js";
import { slugify } from "../../src/domain/names.js";
import { openDatabase } from "../../src/store/database.js";
import { rememberShown, shownList } from "../../src/store/reminders.js";
import { type NewInteraction, newId, Store } from "../../src/store/store.js";
import { derivedStateDrift } from "../helpers/derived.js";

let dir: string;
let store: Store;
let clock: number;

/** A clock that moves one second per reading, so created_at stamps are distinct and ordered. */
function tick(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "net-store-"));
  clock = Date.parse("2026-11-26T09:00:00.000Z");
  store = new Store(openDatabase(join(dir, "net.db")), tick);
});

afterEach(() => {
  store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

function add(name: string, extra: Partial<Contact> = {}): Contact {
  const contact = { ...newContact({ name }, { id: newId(), slug: slugify(name), now: tick() }), ...extra };
  store.transaction(() => store.insertContact(contact));
  return contact;
}

function log(people: Contact[], date: string, kind: Kind = "checkin", extra: Partial<NewInteraction> = {}) {
  return store.transaction(() =>
    store.insertInteraction({
      date,
      kind,
      direction: "gave",
      note: null,
      followUpOn: null,
      eventName: null,
      people: people.map((p) => p.id),
      ...extra,
    }),
  );
}

function lastOf(contact: Contact): { on: string | null; id: string | null } {
  return store.db.prepare('SELECT last_interaction_on AS "on", last_interaction_id AS id FROM contacts WHERE id = ?').get(contact.id) as {
    on: string | null;
    id: string | null;
  };
}

function count(table: string): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe("contacts", () => {
  it("stores every field exactly, including emoji, quotes, newlines and escape sequences", () => {
    const tricky = 'Zoë "Z" O\'Brien 🎉\nsecond line \u001b[31mred\u001b[0m\u0007\u202e';
    const contact = add(tricky, {
      emails: ["zoe@example.org"],
      phones: ["+33 1 23 45 67 89"],
      company: "Café & Co\r\n",
      role: "CTO",
      sector: "research",
      circle: "external",
      metWhere: "Paris AI meetup",
      metOn: "2026-11-25",
      intent: "learn",
      tier: "active",
      cadenceDays: 45,
      tags: ["ai", "🎤 speaker"],
      notes: "likes\ttabs",
      birthday: "--12-10",
      milestones: [{ label: "joined Acme", date: "2024-03-01" }],
      profileUrl: "https://example.org/zoe",
    });
    expect(store.contact(contact.id)).toEqual(contact);
  });

  it("finds people by name key, slug and tag; archived people only when asked", () => {
    const ada = add("Ada Lovelace", { tags: ["AI", "speaker"] });
    const grace = add("Grace Hopper", { tags: ["navy"] });
    const zoe = add("Zoë Faure", { tags: ["ai"] });
    store.transaction(() => store.archiveContact(zoe.id));

    expect(store.contactsWithNameKey("zoe faure").map((c) => c.id)).toEqual([zoe.id]);
    expect(store.slugTaken("ada-lovelace")).toBe(true);
    expect(store.slugTaken("ada-lovelace-2")).toBe(false);
    expect(store.contacts().map((c) => c.name)).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(store.contacts({ tag: "ai" }).map((c) => c.id)).toEqual([ada.id]);
    expect(store.contacts({ tag: "ai", includeArchived: true }).map((c) => c.id)).toEqual([ada.id, zoe.id]);
    expect(store.namedContacts().map((p) => p.id)).toEqual([ada.id, grace.id]);
    expect(store.namedContacts(true).find((p) => p.id === zoe.id)?.archivedAt).toBeTruthy();
  });

  it("updates a contact and stamps updated_at", () => {
    const ada = add("Ada Lovelace");
    store.transaction(() => store.updateContact({ ...ada, company: "Babbage & Co", tier: "close" }));
    const updated = store.contact(ada.id);
    expect(updated).toMatchObject({ company: "Babbage & Co", tier: "close", createdAt: ada.createdAt });
    expect((updated?.updatedAt ?? "") > ada.updatedAt).toBe(true);
  });

  it("refuses two contacts with the same slug", () => {
    add("Ada Lovelace");
    expect(() => add("Ada Lovelace")).toThrow(/UNIQUE/);
  });
});

describe("insertInteraction", () => {
  it("sets each person's last interaction day and id", () => {
    const ada = add("Ada Lovelace");
    const grace = add("Grace Hopper");
    const meeting = log([ada, grace], "2026-11-20", "meeting");
    expect(lastOf(ada)).toEqual({ on: "2026-11-20", id: meeting.id });
    expect(lastOf(grace)).toEqual({ on: "2026-11-20", id: meeting.id });
    expect(store.contact(ada.id)?.lastInteractionOn).toBe("2026-11-20");
  });

  it("keeps the latest day when an older interaction is logged afterwards", () => {
    const ada = add("Ada Lovelace");
    const recent = log([ada], "2026-11-20");
    log([ada], "2026-10-01");
    expect(lastOf(ada)).toEqual({ on: "2026-11-20", id: recent.id });
  });

  it("moves to the one logged last on the same day", () => {
    const ada = add("Ada Lovelace");
    log([ada], "2026-11-20");
    const second = log([ada], "2026-11-20", "share");
    expect(lastOf(ada)).toEqual({ on: "2026-11-20", id: second.id });
  });

  it("only touches the people involved", () => {
    const ada = add("Ada Lovelace");
    const grace = add("Grace Hopper");
    log([ada], "2026-11-20");
    expect(lastOf(grace)).toEqual({ on: null, id: null });
  });

  it("links a person named twice once", () => {
    const ada = add("Ada Lovelace");
    const entry = log([ada, ada], "2026-11-20");
    expect(store.interactionsOf(ada.id).map((i) => [i.id, i.people])).toEqual([[entry.id, [ada.id]]]);
  });

  it("records an event with no people", () => {
    const event = log([], "2026-11-20", "event", { eventName: "DevOps Days Paris", direction: "mutual" });
    expect(store.interactionsSince(null)).toEqual([{ ...event, people: [] }]);
  });

  it("refuses a person who does not exist (foreign keys are on)", () => {
    expect(() => store.transaction(() => store.insertInteraction({ ...baseEntry(), people: ["no-such-id"] }))).toThrow(/FOREIGN KEY/);
    expect(count("interactions")).toBe(0);
  });
});

function baseEntry(): NewInteraction {
  return { date: "2026-11-20", kind: "checkin", direction: "gave", note: null, followUpOn: null, eventName: null, people: [] };
}

describe("interactionsOf", () => {
  it("lists a person's interactions newest first, with everyone involved", () => {
    const ada = add("Ada Lovelace");
    const grace = add("Grace Hopper");
    const first = log([ada], "2026-11-01", "meeting", { note: "first met", direction: "mutual" });
    const shared = log([ada, grace], "2026-11-20", "meeting", { followUpOn: "2026-12-04" });
    const help = log([ada], "2026-11-10", "help", { direction: "received", note: "Intro to her investor" });
    const sameDayLater = log([ada], "2026-11-20", "share");

    const timeline = store.interactionsOf(ada.id);
    expect(timeline.map((i) => i.id)).toEqual([sameDayLater.id, shared.id, help.id, first.id]);
    expect(timeline[1]?.people.sort()).toEqual([ada.id, grace.id].sort());
    expect(timeline[1]?.followUpOn).toBe("2026-12-04");
    expect(timeline[2]).toMatchObject({ kind: "help", direction: "received", note: "Intro to her investor" });
    expect(store.interactionsOf(ada.id, 2).map((i) => i.id)).toEqual([sameDayLater.id, shared.id]);
    expect(store.interactionsOf(grace.id).map((i) => i.id)).toEqual([shared.id]);
  });

  it("orders interactions of the same day and the same instant by the order they were logged", () => {
    const frozen = new Store(store.db, () => "2026-11-26T09:00:00.000Z");
    const ada = add("Ada Lovelace");
    const ids = ["call", "share", "thanks", "message"].map(
      (kind) => frozen.transaction(() => frozen.insertInteraction({ ...baseEntry(), kind: kind as Kind, people: [ada.id] })).id,
    );
    expect(frozen.interactionsOf(ada.id).map((i) => i.id)).toEqual([...ids].reverse());
  });
});

describe("purgeContact", () => {
  it("deletes the person and the interactions that were theirs alone, keeping shared ones and events", () => {
    const ada = add("Ada Lovelace");
    const grace = add("Grace Hopper");
    log([ada], "2026-11-01", "meeting");
    log([ada], "2026-11-02", "share");
    const shared = log([ada, grace], "2026-11-10", "meeting");
    const event = log([ada], "2026-11-15", "event", { eventName: "DevOps Days Paris" });
    const graceOnly = log([grace], "2026-11-16");
    store.setSetting("unrelated", 1);
    store.db
      .prepare("INSERT INTO reminder_state (key, done_on, updated_at) VALUES (?, '2026-11-20', 'x'), (?, '2026-11-20', 'x')")
      .run(`keep-in-touch:${ada.id}`, `keep-in-touch:${grace.id}`);

    const result = store.transaction(() => store.purgeContact(ada.id));

    expect(result).toEqual({ interactionsDeleted: 2 });
    expect(store.contact(ada.id)).toBeUndefined();
    expect(store.interactionsSince(null).map((i) => i.id)).toEqual([shared.id, event.id, graceOnly.id]);
    expect(store.interactionsOf(grace.id).find((i) => i.id === shared.id)?.people).toEqual([grace.id]);
    expect(store.interactionsSince(null).find((i) => i.id === event.id)?.people).toEqual([]);
    expect(store.db.prepare("SELECT key FROM reminder_state").all()).toEqual([{ key: `keep-in-touch:${grace.id}` }]);
    expect(store.contact(grace.id)).toBeDefined();
    expect(store.setting("unrelated")).toBe(1);
  });
});

describe("what is kept ready on write (counts per day, balances, links' copies)", () => {
  function balanceOf(contact: Contact) {
    return store.db
      .prepare("SELECT gave, received, last_gave_on AS gaveOn, last_received_on AS receivedOn FROM person_balances WHERE contact_id = ?")
      .get(contact.id);
  }

  it("follows every log, shared or not, and a purge", () => {
    const ada = add("Ada Lovelace");
    const grace = add("Grace Hopper");
    log([ada], "2026-11-01", "help", { direction: "received" });
    log([ada, grace], "2026-11-02", "intro", { direction: "received" });
    log([ada], "2026-10-20", "share");
    log([grace], "2026-11-02", "event", { eventName: "Paris.js" });
    log([], "2026-11-02", "event", { eventName: "Alone" });
    log([grace], "2026-11-03", "thanks");
    expect(balanceOf(ada)).toEqual({ gave: 1, received: 2, gaveOn: "2026-10-20", receivedOn: "2026-11-02" });
    expect(balanceOf(grace)).toEqual({ gave: 0, received: 1, gaveOn: null, receivedOn: "2026-11-02" });
    expect(store.db.prepare("SELECT date, interactions, gestures, events FROM interaction_days ORDER BY date").all()).toEqual([
      { date: "2026-10-20", interactions: 1, gestures: 1, events: 0 },
      { date: "2026-11-01", interactions: 1, gestures: 0, events: 0 },
      { date: "2026-11-02", interactions: 3, gestures: 0, events: 2 },
      { date: "2026-11-03", interactions: 1, gestures: 1, events: 0 },
    ]);
    expect(derivedStateDrift(store.db)).toEqual([]);

    store.transaction(() => store.purgeContact(ada.id));
    expect(balanceOf(ada)).toBeUndefined();
    expect(balanceOf(grace)).toEqual({ gave: 0, received: 1, gaveOn: null, receivedOn: "2026-11-02" });
    // Ada's own help and share are gone with her; the shared intro and the events stay.
    expect(store.db.prepare("SELECT date FROM interaction_days ORDER BY date").all()).toEqual([
      { date: "2026-11-02" },
      { date: "2026-11-03" },
    ]);
    expect(derivedStateDrift(store.db)).toEqual([]);
  });

  it("follows any SQL a transaction runs: a link written with only its ids, an interaction edited in place, a link moved", () => {
    const ada = add("Ada Lovelace");
    const help = log([], "2026-11-01", "help", { direction: "received" });
    // A write path that only names the two ids (as undo puts a link back).
    const run = (sql: string, ...params: unknown[]) => store.transaction(() => store.db.prepare(sql).run(...params));
    run("INSERT INTO interaction_people (interaction_id, contact_id) VALUES (?, ?)", help.id, ada.id);
    expect(balanceOf(ada)).toEqual({ gave: 0, received: 1, gaveOn: null, receivedOn: "2026-11-01" });
    run("UPDATE interactions SET kind = 'share', direction = 'gave', date = '2026-11-05' WHERE id = ?", help.id);
    expect(balanceOf(ada)).toEqual({ gave: 1, received: 0, gaveOn: "2026-11-05", receivedOn: null });
    expect(derivedStateDrift(store.db)).toEqual([]);

    // A link given its day but not its kind is filled in too; a link moved to someone else moves
    // the balance with it (a merge of two people, say).
    const grace = add("Grace Hopper");
    const intro = log([], "2026-11-07", "intro", { direction: "received" });
    run("INSERT INTO interaction_people (interaction_id, contact_id, date) VALUES (?, ?, '2026-11-07')", intro.id, grace.id);
    expect(balanceOf(grace)).toEqual({ gave: 0, received: 1, gaveOn: null, receivedOn: "2026-11-07" });
    run("UPDATE interaction_people SET contact_id = ? WHERE contact_id = ?", ada.id, grace.id);
    expect(balanceOf(grace)).toBeUndefined();
    expect(balanceOf(ada)).toEqual({ gave: 1, received: 1, gaveOn: "2026-11-05", receivedOn: "2026-11-07" });
    expect(derivedStateDrift(store.db)).toEqual([]);
  });

  it("keeps on each link its person's group and whether it is their latest, as people and histories change", () => {
    const ada = add("Ada Lovelace");
    const grace = add("Grace Hopper");
    const linkOf = (interaction: { id: string }, contact: Contact) =>
      store.db
        .prepare(
          "SELECT p_tier AS tier, p_no_intent AS noIntent, p_active AS active, is_latest AS latest FROM interaction_people WHERE interaction_id = ? AND contact_id = ?",
        )
        .get(interaction.id, contact.id);
    const help = log([ada], "2026-11-01", "help", { direction: "received" });
    const intro = log([ada, grace], "2026-11-03", "intro");
    const older = log([ada], "2026-10-20", "share"); // logged late, about an earlier day: not the latest
    expect(linkOf(help, ada)).toEqual({ tier: "network", noIntent: 1, active: 1, latest: 0 });
    expect(linkOf(intro, ada)).toMatchObject({ latest: 1 });
    expect(linkOf(intro, grace)).toMatchObject({ latest: 1 });
    expect(linkOf(older, ada)).toMatchObject({ latest: 0 });
    expect(derivedStateDrift(store.db)).toEqual([]);

    // A new day with Grace: the intro is no longer her latest, still Ada's.
    const call = log([grace], "2026-11-04", "call");
    expect(linkOf(intro, grace)).toMatchObject({ latest: 0 });
    expect(linkOf(call, grace)).toMatchObject({ latest: 1 });
    expect(linkOf(intro, ada)).toMatchObject({ latest: 1 });

    // Tier, intent and archive state follow the person onto every link and balance.
    store.transaction(() => store.updateContact({ ...(store.contact(ada.id) as Contact), tier: "close", intent: "learn" }));
    expect(linkOf(help, ada)).toEqual({ tier: "close", noIntent: 0, active: 1, latest: 0 });
    expect(store.db.prepare("SELECT p_tier, p_no_intent, p_active FROM person_balances WHERE contact_id = ?").get(ada.id)).toEqual({
      p_tier: "close",
      p_no_intent: 0,
      p_active: 1,
    });
    store.transaction(() => store.archiveContact(grace.id));
    expect(linkOf(call, grace)).toMatchObject({ active: 0 });
    store.transaction(() => store.db.prepare("UPDATE contacts SET archived_at = NULL WHERE id = ?").run(grace.id));
    expect(linkOf(call, grace)).toMatchObject({ active: 1 });
    expect(derivedStateDrift(store.db)).toEqual([]);

    store.transaction(() => store.purgeContact(grace.id));
    expect(derivedStateDrift(store.db)).toEqual([]);
  });
});

describe("archiveContact", () => {
  it("hides a person from lists and keeps their history", () => {
    const ada = add("Ada Lovelace");
    log([ada], "2026-11-01");
    store.transaction(() => store.archiveContact(ada.id));
    expect(store.contacts()).toEqual([]);
    expect(store.contact(ada.id)?.archivedAt).toBeTruthy();
    expect(store.interactionsOf(ada.id)).toHaveLength(1);
  });
});

describe("updateContact", () => {
  it("never writes back what is kept from a Contact read before a log (the latest interaction stays right)", () => {
    const ada = add("Ada Lovelace");
    const stale = store.contact(ada.id) as Contact;
    const call = log([ada], "2026-11-20", "call");
    store.transaction(() => store.updateContact({ ...stale, company: "Analytical Engines" }));
    expect(lastOf(ada)).toEqual({ on: "2026-11-20", id: call.id });
    expect(derivedStateDrift(store.db)).toEqual([]);
  });
});

describe("transaction", () => {
  it("is the only way to write: a Store write outside one is refused (what is kept would not follow)", () => {
    const contact = newContact({ name: "Ada Lovelace" }, { id: newId(), slug: "ada-lovelace", now: tick() });
    expect(() => store.insertContact(contact)).toThrow(/outside Store.transaction/);
    expect(store.contact(contact.id)).toBeUndefined();
  });

  it("rolls back everything when the work throws", () => {
    const grace = add("Grace Hopper");
    expect(() =>
      store.transaction(() => {
        const ada = add("Ada Lovelace");
        log([ada, grace], "2026-11-20", "meeting");
        store.setSetting("card", "hello");
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(store.contacts().map((c) => c.name)).toEqual(["Grace Hopper"]);
    expect(count("interactions")).toBe(0);
    expect(count("interaction_people")).toBe(0);
    expect(lastOf(grace)).toEqual({ on: null, id: null });
    expect(store.setting("card")).toBeUndefined();
  });

  it("returns the work's result when it succeeds", () => {
    expect(store.transaction(() => add("Ada Lovelace").slug)).toBe("ada-lovelace");
    expect(store.contacts()).toHaveLength(1);
  });
});

describe("settings", () => {
  it("stores JSON values, replaces them and deletes them", () => {
    expect(store.setting("goals")).toBeUndefined();
    store.setSetting("goals", { newPeoplePerMonth: 1 });
    store.setSetting("goals", { newPeoplePerMonth: 2 });
    expect(store.setting("goals")).toEqual({ newPeoplePerMonth: 2 });
    store.deleteSetting("goals");
    expect(store.setting("goals")).toBeUndefined();
  });
});

describe("suggestions for the add wizard", () => {
  it("lists recent places and events, newest first, and sectors by use", () => {
    const ada = add("Ada Lovelace", { metWhere: "Paris AI meetup", metOn: "2026-11-25", sector: "research" });
    add("Grace Hopper", { metWhere: "Old conference", metOn: "2025-01-01", sector: "defense" });
    add("Zoë Faure", { sector: "research" });
    log([ada], "2026-11-20", "event", { eventName: "DevOps Days Paris" });
    expect(store.recentPlaces("2026-11-26")).toEqual(["Paris AI meetup", "DevOps Days Paris"]);
    expect(store.sectorsInUse()).toEqual(["research", "defense"]);
  });
});

describe("the list nudge showed", () => {
  it("is kept when it changes, and not written again when nudge shows the same list the same day", () => {
    const list = { day: "2026-11-26", keys: ["thank:a:b", "keep-in-touch:c:2026-11-01"] };
    expect(rememberShown(store, list)).toBe(true);
    expect(shownList(store)).toEqual(list);
    const writesBefore = store.db.prepare("SELECT total_changes() AS n").get() as { n: number };
    expect(rememberShown(store, { ...list, keys: [...list.keys] })).toBe(false);
    expect((store.db.prepare("SELECT total_changes() AS n").get() as { n: number }).n).toBe(writesBefore.n);
    expect(rememberShown(store, { ...list, keys: [...list.keys].reverse() })).toBe(true);
    expect(rememberShown(store, { ...list, day: "2026-11-27" })).toBe(true);
    expect(shownList(store)).toEqual({ ...list, day: "2026-11-27" });
  });
});
