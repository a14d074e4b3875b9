import type { Statement } from "better-sqlite3";
import { keepInTouchSince } from "../domain/contacts.js";
import type { IsoDate } from "../domain/dates.js";
import type { Circle, Contact, Direction, Intent, Interaction, Kind, Milestone, Tier } from "../domain/model.js";
import { foldName } from "../domain/names.js";
import { type ContactMemory, isEmptyMemory } from "../domain/provenance.js";
import type { Db } from "./database.js";
import { installCapture, startCapture, writeEntry } from "./journal.js";
import { keepUp, touchedNow } from "./kept.js";
import { indexContact, indexInteraction, unindex } from "./search.js";

export interface ContactRow {
  id: string;
  slug: string;
  name: string;
  emails: string;
  phones: string;
  company: string | null;
  role: string | null;
  sector: string | null;
  circle: string | null;
  met_where: string | null;
  met_on: string | null;
  intent: string | null;
  tier: string;
  cadence_days: number | null;
  tags: string;
  notes: string | null;
  birthday: string | null;
  milestones: string;
  profile_url: string | null;
  source: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  last_interaction_on: string | null;
  keep_in_touch_done_on: string | null;
  met_through?: string | null;
}

/** An interactions row, as SQL returns it (sibling store modules read these too). */
export interface InteractionRow {
  id: string;
  date: string;
  kind: string;
  direction: string;
  note: string | null;
  follow_up_on: string | null;
  event_name: string | null;
  created_at: string;
}

/** Most lists are empty: skip the parser for them (a big list reads 40,000 of these). */
function jsonList<T = string>(text: string): T[] {
  return text === "[]" ? [] : (JSON.parse(text) as T[]);
}

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    emails: jsonList(row.emails),
    phones: jsonList(row.phones),
    company: row.company,
    role: row.role,
    sector: row.sector,
    circle: row.circle as Circle | null,
    metWhere: row.met_where,
    metOn: row.met_on,
    intent: row.intent as Intent | null,
    tier: row.tier as Tier,
    cadenceDays: row.cadence_days,
    tags: jsonList(row.tags),
    notes: row.notes,
    birthday: row.birthday,
    milestones: jsonList<Milestone>(row.milestones),
    profileUrl: row.profile_url,
    source: row.source === "imported" ? "imported" : "added",
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    lastInteractionOn: row.last_interaction_on,
    keepInTouchDoneOn: row.keep_in_touch_done_on,
    metThrough: row.met_through ?? null,
  };
}

export function toInteraction(row: InteractionRow, people: string[]): Interaction {
  return {
    id: row.id,
    date: row.date,
    kind: row.kind as Kind,
    direction: row.direction as Direction,
    note: row.note,
    followUpOn: row.follow_up_on,
    eventName: row.event_name,
    createdAt: row.created_at,
    people,
  };
}

/** Rows that carry their people as `group_concat(contact_id)`. */
type InteractionWithPeopleRow = InteractionRow & { people: string | null };

function withPeople(row: InteractionWithPeopleRow): Interaction {
  return toInteraction(row, row.people ? row.people.split(",") : []);
}

function contactParams(c: Contact) {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    name_key: foldName(c.name),
    emails: JSON.stringify(c.emails),
    phones: JSON.stringify(c.phones),
    company: c.company,
    role: c.role,
    sector: c.sector,
    circle: c.circle,
    met_where: c.metWhere,
    met_on: c.metOn,
    intent: c.intent,
    tier: c.tier,
    cadence_days: c.cadenceDays,
    tags: JSON.stringify(c.tags),
    notes: c.notes,
    birthday: c.birthday,
    milestones: JSON.stringify(c.milestones),
    profile_url: c.profileUrl,
    source: c.source,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    archived_at: c.archivedAt,
    last_interaction_on: c.lastInteractionOn,
    // Kept by src/store/kept.ts too; written here so that adding someone needs no second write.
    keep_in_touch_since: keepInTouchSince(c),
  };
}

/** The columns contactParams fills (listed, not derived: deriving them at load cost a Unicode table set-up). */
const CONTACT_COLUMNS: readonly (keyof ReturnType<typeof contactParams>)[] = [
  "id",
  "slug",
  "name",
  "name_key",
  "emails",
  "phones",
  "company",
  "role",
  "sector",
  "circle",
  "met_where",
  "met_on",
  "intent",
  "tier",
  "cadence_days",
  "tags",
  "notes",
  "birthday",
  "milestones",
  "profile_url",
  "source",
  "created_at",
  "updated_at",
  "archived_at",
  "last_interaction_on",
  "keep_in_touch_since",
];

export interface NewInteraction {
  date: IsoDate;
  kind: Kind;
  direction: Direction;
  note: string | null;
  followUpOn: IsoDate | null;
  eventName: string | null;
  people: string[];
}

/** Picks the people a list shows. */
export interface ContactFilter {
  tag?: string;
  includeArchived?: boolean;
}

export function newId(): string {
  // The global Web Crypto: node:crypto loads only when an id is made, not on every start.
  return crypto.randomUUID();
}

/**
 * All SQL of net. Statements are prepared once, on first use, so a command pays only for
 * the ones it runs.
 */
export class Store {
  private readonly statements = new Map<string, Statement>();

  constructor(
    readonly db: Db,
    /** The clock reading for created_at/updated_at stamps, taken once at the edge (Context.now). */
    readonly now: () => string,
  ) {}

  /** A prepared statement, cached: other store modules (snapshot, transfer, reviews) use this too. */
  sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Runs once, before the first write transaction (the CLI checks there that the database is sound). */
  beforeFirstWrite: (() => void) | undefined;

  /** The command line a journal entry records (set by the CLI; undefined: nothing is journaled). */
  commandLine: string | undefined;

  /** Set by undo for its own transaction: the entry it takes back. */
  undoing: number | undefined;

  private depth = 0;

  /** People this transaction inserted with what is kept about them already right (see insertContact). */
  private readonly insertedWhole = new Set<string>();

  /**
   * Runs `work` in one write transaction: all of it lands, or none. The rows it changed are
   * caught (src/store/journal.ts): what is kept ready on write is brought up to date for them
   * (src/store/kept.ts), and they are journaled as one entry when a command line is set, in the
   * same transaction. `journal: false` only for state that is no change of the user's (nudge's
   * saved list): nothing is caught, kept or journaled for it.
   */
  transaction<T>(work: () => T, options: { journal?: boolean } = {}): T {
    const check = this.beforeFirstWrite;
    if (check) {
      this.beforeFirstWrite = undefined;
      check();
    }
    if (this.depth > 0 || options.journal === false) return this.db.transaction(work).immediate();
    installCapture(this);
    return this.db
      .transaction(() => {
        this.depth++;
        try {
          startCapture(this);
          this.insertedWhole.clear();
          const result = work();
          keepUp(this, touchedNow(this, this.insertedWhole));
          const command = this.commandLine;
          if (command !== undefined) writeEntry(this, { at: this.now(), command, undoes: this.undoing ?? null });
          return result;
        } finally {
          this.depth--;
        }
      })
      .immediate();
  }

  /** What is kept ready on write follows only writes made inside `transaction`. */
  private mustBeWriting(): void {
    if (this.depth === 0) throw new Error("a write outside Store.transaction"); // i18n-ignore: an internal assertion, never shown
  }

  // -- contacts --------------------------------------------------------------

  insertContact(contact: Contact): void {
    this.mustBeWriting();
    this.sql(`INSERT INTO contacts (${CONTACT_COLUMNS.join(", ")}) VALUES (${CONTACT_COLUMNS.map((c) => `@${c}`).join(", ")})`).run(
      contactParams(contact),
    );
    // The row's keep_in_touch_since is right as written unless a done day (not a column written
    // here) went into it: kept.ts need not read the row again.
    if (contact.keepInTouchDoneOn === null) this.insertedWhole.add(contact.id);
    indexContact(this, contact);
  }

  updateContact(contact: Contact): void {
    this.mustBeWriting();
    // What kept.ts keeps is never written back from a Contact read earlier (it could be stale).
    const columns = CONTACT_COLUMNS.filter(
      (c) => c !== "id" && c !== "created_at" && c !== "last_interaction_on" && c !== "keep_in_touch_since",
    );
    this.sql(`UPDATE contacts SET ${columns.map((c) => `${c} = @${c}`).join(", ")} WHERE id = @id`).run({
      ...contactParams(contact),
      updated_at: this.now(),
    });
    indexContact(this, contact);
  }

  /**
   * Records who introduced you to `ids` (null clears it); with `onlyIfNone`, only for those with
   * no one recorded yet. Never someone as their own introducer. Returns the ids changed.
   */
  setMetThrough(ids: readonly string[], via: string | null, onlyIfNone = false): string[] {
    const set = this.sql(
      `UPDATE contacts SET met_through = @via, updated_at = @now
       WHERE id = @id AND (@via IS NULL OR id <> @via) AND met_through IS NOT @via AND (@onlyIfNone = 0 OR met_through IS NULL)`,
    );
    return ids.filter((id) => set.run({ id, via, now: this.now(), onlyIfNone: onlyIfNone ? 1 : 0 }).changes > 0);
  }

  contact(id: string): Contact | undefined {
    const row = this.sql("SELECT * FROM contacts WHERE id = ?").get(id) as ContactRow | undefined;
    return row ? toContact(row) : undefined;
  }

  /** Everyone name resolution may pick from. */
  /** Someone by exact slug or id (archived too). */
  namedBySlugOrId(text: string): { id: string; slug: string; name: string; archivedAt: string | null } | undefined {
    return this.sql("SELECT id, slug, name, archived_at AS archivedAt FROM contacts WHERE slug = ? OR id = ?").get(
      text.toLowerCase(),
      text,
    ) as { id: string; slug: string; name: string; archivedAt: string | null } | undefined;
  }

  namedContacts(includeArchived = false): { id: string; slug: string; name: string; archivedAt: string | null }[] {
    return this.sql(
      `SELECT id, slug, name, archived_at AS archivedAt FROM contacts ${includeArchived ? "" : "WHERE archived_at IS NULL"} ORDER BY name`,
    ).all() as { id: string; slug: string; name: string; archivedAt: string | null }[];
  }

  contactsWithNameKey(nameKey: string): Contact[] {
    return (this.sql("SELECT * FROM contacts WHERE name_key = ?").all(nameKey) as ContactRow[]).map(toContact);
  }

  /** People to pick from in a prompt, with what helps tell them apart. */
  pickableContacts(): { id: string; slug: string; name: string; company: string | null; lastInteractionOn: IsoDate | null }[] {
    return this.sql(
      "SELECT id, slug, name, company, last_interaction_on AS lastInteractionOn FROM contacts WHERE archived_at IS NULL",
    ).all() as { id: string; slug: string; name: string; company: string | null; lastInteractionOn: IsoDate | null }[];
  }

  /** Events attended and places met in the last 90 days, newest first: suggestions for "where did you meet?". */
  recentPlaces(today: IsoDate): string[] {
    const rows = this.sql(
      `SELECT place FROM (
         SELECT event_name AS place, date AS day FROM interactions WHERE event_name IS NOT NULL AND date >= date(?, '-90 days')
         UNION ALL
         SELECT met_where, met_on FROM contacts WHERE met_where IS NOT NULL AND met_on >= date(?, '-90 days'))
       GROUP BY place ORDER BY max(day) DESC LIMIT 8`,
    ).all(today, today) as { place: string }[];
    return rows.map((r) => r.place);
  }

  /** Sectors already used, most used first. */
  sectorsInUse(): string[] {
    return (
      this.sql("SELECT sector FROM contacts WHERE sector IS NOT NULL GROUP BY sector ORDER BY count(*) DESC, sector LIMIT 12").all() as {
        sector: string;
      }[]
    ).map((r) => r.sector);
  }

  slugTaken(slug: string): boolean {
    return this.sql("SELECT 1 FROM contacts WHERE slug = ?").get(slug) !== undefined;
  }

  contacts(filter: ContactFilter = {}): Contact[] {
    const where: string[] = [];
    const params: unknown[] = [];
    // i18n-ignore: SQL
    if (!filter.includeArchived) where.push("archived_at IS NULL");
    if (filter.tag) {
      // i18n-ignore: SQL
      where.push("EXISTS (SELECT 1 FROM json_each(contacts.tags) WHERE lower(json_each.value) = lower(?))");
      params.push(filter.tag);
    }
    const text = `SELECT * FROM contacts ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY name_key, slug`;
    return (this.sql(text).all(params) as ContactRow[]).map(toContact);
  }

  archiveContact(id: string): void {
    this.mustBeWriting();
    const at = this.now();
    this.sql("UPDATE contacts SET archived_at = ?, updated_at = ? WHERE id = ?").run(at, at, id);
  }

  /**
   * Deletes a contact for good, with the interactions that were theirs alone.
   * Interactions shared with others stay, without this person; events stay.
   */
  purgeContact(id: string): { interactionsDeleted: number } {
    this.mustBeWriting();
    const own = this.sql(
      `SELECT ip.interaction_id AS id FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
       WHERE ip.contact_id = ? AND i.kind <> 'event'
         AND NOT EXISTS (SELECT 1 FROM interaction_people o WHERE o.interaction_id = ip.interaction_id AND o.contact_id <> ?)`,
    ).all(id, id) as { id: string }[];
    const remove = this.sql("DELETE FROM interactions WHERE id = ?");
    for (const row of own) {
      remove.run(row.id);
      unindex(this, "i", row.id);
    }
    this.sql("DELETE FROM interaction_people WHERE contact_id = ?").run(id);
    this.sql("DELETE FROM reminder_state WHERE key LIKE ?").run(`%:${id}%`);
    this.sql("DELETE FROM contacts WHERE id = ?").run(id);
    unindex(this, "c", id);
    return { interactionsDeleted: own.length };
  }

  // -- what net remembers of a profile's sources (src/domain/provenance.ts) ----

  contactMemory(id: string): ContactMemory {
    const row = this.sql("SELECT memory FROM contact_memory WHERE contact_id = ?").get(id) as { memory: string } | undefined;
    return row ? (JSON.parse(row.memory) as ContactMemory) : {};
  }

  /** Everyone's, for an import (only people with something remembered have a row). */
  contactMemories(): Map<string, ContactMemory> {
    const rows = this.sql("SELECT contact_id AS id, memory FROM contact_memory").all() as { id: string; memory: string }[];
    return new Map(rows.map((r) => [r.id, JSON.parse(r.memory) as ContactMemory]));
  }

  setContactMemory(id: string, memory: ContactMemory): void {
    if (isEmptyMemory(memory)) this.sql("DELETE FROM contact_memory WHERE contact_id = ?").run(id);
    else
      this.sql(
        "INSERT INTO contact_memory (contact_id, memory) VALUES (?, ?) ON CONFLICT (contact_id) DO UPDATE SET memory = excluded.memory",
      ).run(id, JSON.stringify(memory));
  }

  // -- interactions ----------------------------------------------------------

  insertInteraction(entry: NewInteraction): Interaction {
    this.mustBeWriting();
    const interaction: Interaction = { id: newId(), createdAt: this.now(), ...entry };
    this.sql(
      `INSERT INTO interactions (id, date, kind, direction, note, follow_up_on, event_name, created_at)
       VALUES (@id, @date, @kind, @direction, @note, @followUpOn, @eventName, @createdAt)`,
    ).run({ ...interaction, people: undefined });
    this.linkPeople(interaction, new Set(entry.people));
    indexInteraction(this, interaction);
    return interaction;
  }

  /** Links people to an interaction (a link already there is kept); the rest of the link is kept by src/store/kept.ts. */
  linkPeople(interaction: Pick<Interaction, "id">, people: Iterable<string>): void {
    this.mustBeWriting();
    const link = this.sql("INSERT OR IGNORE INTO interaction_people (interaction_id, contact_id) VALUES (?, ?)");
    for (const person of people) link.run(interaction.id, person);
  }

  /** One interaction by its id, or by the start of it (a unique prefix of 6 characters or more). */
  interaction(idOrPrefix: string): Interaction | undefined {
    const rows = this.sql(
      `SELECT i.*, (SELECT group_concat(contact_id) FROM interaction_people WHERE interaction_id = i.id) AS people
       FROM interactions i WHERE i.id = ? OR (length(?) >= 6 AND i.id >= ? AND i.id < ? || char(0x10FFFF)) LIMIT 2`,
    ).all(idOrPrefix, idOrPrefix, idOrPrefix, idOrPrefix) as InteractionWithPeopleRow[];
    const exact = rows.find((r) => r.id === idOrPrefix);
    if (exact) return withPeople(exact);
    return rows.length === 1 ? withPeople(rows[0] as InteractionWithPeopleRow) : undefined;
  }

  /**
   * Changes an interaction (its id and creation stamp stay): people added or removed are linked
   * or unlinked, and the search index follows.
   */
  updateInteraction(before: Interaction, after: Interaction): void {
    this.mustBeWriting();
    this.sql(
      `UPDATE interactions SET date = @date, kind = @kind, direction = @direction, note = @note,
         follow_up_on = @followUpOn, event_name = @eventName WHERE id = @id`,
    ).run({ ...after, people: undefined, createdAt: undefined });
    const kept = new Set(after.people);
    const unlink = this.sql("DELETE FROM interaction_people WHERE interaction_id = ? AND contact_id = ?");
    for (const person of before.people) if (!kept.has(person)) unlink.run(after.id, person);
    this.linkPeople(after, after.people);
    indexInteraction(this, after);
  }

  /** Deletes an interaction (its links go with it). */
  deleteInteraction(interaction: Interaction): void {
    this.mustBeWriting();
    this.sql("DELETE FROM interactions WHERE id = ?").run(interaction.id);
    unindex(this, "i", interaction.id);
  }

  /** A person's interactions, newest first. */
  interactionsOf(contactId: string, limit = -1): Interaction[] {
    return (
      this.sql(
        `SELECT i.*, (SELECT group_concat(contact_id) FROM interaction_people WHERE interaction_id = i.id) AS people
         FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
         WHERE ip.contact_id = ? ORDER BY i.date DESC, i.created_at DESC, i.rowid DESC LIMIT ?`,
      ).all(contactId, limit) as InteractionWithPeopleRow[]
    ).map(withPeople);
  }

  /** Every interaction on or after a day (or all), oldest first. */
  interactionsSince(from: IsoDate | null): Interaction[] {
    return (
      this.sql(
        `SELECT i.*, (SELECT group_concat(contact_id) FROM interaction_people WHERE interaction_id = i.id) AS people
         FROM interactions i WHERE i.date >= ? ORDER BY i.date, i.created_at, i.rowid`,
      ).all(from ?? "") as InteractionWithPeopleRow[]
    ).map(withPeople);
  }

  // -- settings --------------------------------------------------------------

  setting<T>(key: string): T | undefined {
    const row = this.sql("SELECT value FROM settings WHERE key = ?").get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.sql("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      key,
      JSON.stringify(value),
    );
  }

  deleteSetting(key: string): void {
    this.sql("DELETE FROM settings WHERE key = ?").run(key);
  }
}
