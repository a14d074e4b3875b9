/**
 * What the store keeps ready on write, so that the daily reads (snapshot.ts, reviews.ts) are index
 * ranges rather than passes over the history. Every value here is worked out in TypeScript from
 * the one definition in src/domain, at the end of each write transaction, for the people and days
 * the transaction touched (`keepUp`), or for everyone (`rebuildKept`: a migration, the seed script).
 *
 * - A person's latest interaction (`contacts.last_interaction_on/_id`: the latest day, the one
 *   logged last on it) and the day keep-in-touch counts from (`contacts.keep_in_touch_since`,
 *   keepInTouchSince).
 * - On each link of a person to an interaction: the interaction's day, kind, direction, stamp and
 *   follow-up day; the person's group (tier, intent given or not, still in the network); whether
 *   it is the person's latest interaction.
 * - Each person's give/receive balance, all time (`person_balances`, with the person's group) and
 *   per quarter (`person_quarter_balances`).
 * - Interactions counted per day (`interaction_days`: all, gestures, events) and per day, kind
 *   and direction (`interaction_kind_days`).
 *
 * What a transaction touched is read from the journal's capture of the rows it changed
 * (src/store/journal.ts), so a write path of any module is followed, whatever SQL it ran.
 */
import type { Statement } from "better-sqlite3";
import { keepInTouchSince } from "../domain/contacts.js";
import type { IsoDate } from "../domain/dates.js";
import { isGesture } from "../domain/gestures.js";
import type { Direction, Kind } from "../domain/model.js";
import { allTimeBalanceOf, balanceOf } from "../domain/review/balance.js";
import { quarterLabel } from "../domain/review/period.js";

/** What keepUp needs of the Store: its cached statements. */
export interface Sql {
  sql(text: string): Statement;
}

/** The people, interactions and days one transaction changed. */
export interface Touched {
  /** People whose own row changed (edited, archived, removed), and those added. */
  people: Set<string>;
  /** Of those, the people added by the transaction (they have no links or balances of their own yet). */
  added: Set<string>;
  /** People whose history changed: a link added or removed, or an interaction of theirs changed. */
  histories: Set<string>;
  /** Days an interaction was added to, removed from, or moved from or to. */
  days: Set<IsoDate>;
}

/**
 * What the journal's capture (temp.undo_changes, in the order rows were changed) says the current
 * transaction changed. `whole`: people inserted with everything kept already written (Store's
 * insertContact); left out when nothing else touched them (an import adds thousands).
 */
export function touchedNow(store: Sql, whole: ReadonlySet<string> = new Set()): Touched {
  const touched: Touched = { people: new Set(), added: new Set(), histories: new Set(), days: new Set() };
  const rows = store
    .sql(
      `SELECT tbl, key, before IS NULL AS fresh,
         CASE WHEN tbl = 'interactions' THEN json_extract(before, '$.date') END AS before_day,
         CASE WHEN tbl = 'interactions' THEN json_extract(after, '$.date') END AS after_day
       FROM temp.undo_changes WHERE tbl IN ('contacts', 'interactions', 'interaction_people') ORDER BY seq`,
    )
    .all() as { tbl: string; key: string; fresh: number; before_day: string | null; after_day: string | null }[];
  const interactions = new Set<string>();
  const changedAfterInsert = new Set<string>();
  for (const row of rows) {
    const key = JSON.parse(row.key) as string[];
    if (row.tbl === "contacts") {
      const id = key[0] as string;
      // A row's first change with nothing before it is an insert (an update is caught as its old row, then its new one).
      if (!touched.people.has(id) && row.fresh) touched.added.add(id);
      else changedAfterInsert.add(id);
      touched.people.add(id);
    } else if (row.tbl === "interaction_people") touched.histories.add(key[1] as string);
    else {
      interactions.add(key[0] as string);
      if (row.before_day) touched.days.add(row.before_day);
      if (row.after_day) touched.days.add(row.after_day);
    }
  }
  const linked = store.sql("SELECT contact_id FROM interaction_people WHERE interaction_id = ?").pluck();
  for (const id of interactions) for (const person of linked.all(id) as string[]) touched.histories.add(person);
  for (const id of touched.added)
    if (whole.has(id) && !changedAfterInsert.has(id) && !touched.histories.has(id)) {
      touched.added.delete(id);
      touched.people.delete(id);
    }
  return touched;
}

/** Everyone and every day: what rebuildKept works out. */
function everything(store: Sql): Touched {
  const ids = (text: string) => new Set(store.sql(text).pluck().all() as string[]);
  return {
    people: ids("SELECT id FROM contacts"),
    added: new Set(),
    // Everyone with a history, or with something kept as if they had one (most people of a big
    // import have neither, and need only their own row looked at).
    histories: ids(
      `SELECT DISTINCT contact_id FROM interaction_people UNION SELECT contact_id FROM person_balances
       UNION SELECT DISTINCT contact_id FROM person_quarter_balances UNION SELECT id FROM contacts WHERE last_interaction_id IS NOT NULL`,
    ),
    days: ids(
      "SELECT DISTINCT date FROM interactions UNION SELECT date FROM interaction_days UNION SELECT DISTINCT date FROM interaction_kind_days",
    ),
  };
}

/**
 * Works out everything kept again, for everyone, on a bare connection (a migration, the seed
 * script). Call inside a transaction.
 */
export function rebuildKept(db: { prepare(text: string): Statement }): void {
  const statements = new Map<string, Statement>();
  const store: Sql = {
    sql(text) {
      const known = statements.get(text);
      if (known) return known;
      const statement = db.prepare(text);
      statements.set(text, statement);
      return statement;
    },
  };
  keepUp(store, everything(store));
}

interface PersonRow {
  tier: string;
  no_intent: number;
  active: number;
  met_on: string | null;
  source: string;
  created_at: string;
  keep_in_touch_done_on: string | null;
  last_interaction_on: string | null;
  last_interaction_id: string | null;
  keep_in_touch_since: string | null;
}

interface LinkRow {
  interaction_id: string;
  date: string | null;
  kind: string | null;
  direction: string | null;
  created_at: string | null;
  follow_up_on: string | null;
  p_tier: string | null;
  p_no_intent: number | null;
  p_active: number | null;
  is_latest: number;
  i_date: string;
  i_kind: Kind;
  i_direction: Direction;
  i_created_at: string;
  i_follow_up_on: string | null;
  seq: number;
}

/** Brings what is kept up to date for what a transaction touched. Call inside that transaction. */
export function keepUp(store: Sql, touched: Touched): void {
  for (const id of touched.histories) keepHistory(store, id);
  const own = [...touched.people].filter((id) => !touched.histories.has(id));
  // One read for all of them (an import adds thousands).
  const rows = new Map(
    (
      store
        .sql(`SELECT id, ${PERSON_COLUMNS} FROM contacts WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(own)) as (PersonRow & { id: string })[]
    ).map((row) => [row.id, row]),
  );
  for (const id of own) keepPerson(store, id, rows.get(id), touched.added.has(id));
  for (const day of touched.days) keepDay(store, day);
}

const PERSON_COLUMNS = `tier, intent IS NULL AS no_intent, archived_at IS NULL AS active, met_on, source, created_at,
  keep_in_touch_done_on, last_interaction_on, last_interaction_id, keep_in_touch_since`;

function personRow(store: Sql, id: string): PersonRow | undefined {
  return store.sql(`SELECT ${PERSON_COLUMNS} FROM contacts WHERE id = ?`).get(id) as PersonRow | undefined;
}

/** Forgets what was kept for someone no longer in the database (their links went with them). */
function forget(store: Sql, id: string): void {
  store.sql("DELETE FROM person_balances WHERE contact_id = ?").run(id);
  store.sql("DELETE FROM person_quarter_balances WHERE contact_id = ?").run(id);
}

function setSince(store: Sql, id: string, person: PersonRow, latest: { on: string | null; id: string | null }): void {
  const since = keepInTouchSince({
    lastInteractionOn: latest.on,
    metOn: person.met_on,
    createdAt: person.created_at,
    source: person.source === "imported" ? "imported" : "added",
    keepInTouchDoneOn: person.keep_in_touch_done_on,
  });
  if (person.last_interaction_on === latest.on && person.last_interaction_id === latest.id && person.keep_in_touch_since === since) return;
  store
    .sql("UPDATE contacts SET last_interaction_on = ?, last_interaction_id = ?, keep_in_touch_since = ? WHERE id = ?")
    .run(latest.on, latest.id, since, id);
}

/**
 * A person whose own row changed but not their history: the day keep-in-touch counts from, and
 * their group on their links and balance (someone just added has neither).
 */
function keepPerson(store: Sql, id: string, person: PersonRow | undefined, added: boolean): void {
  if (!person) {
    forget(store, id);
    return;
  }
  setSince(store, id, person, { on: person.last_interaction_on, id: person.last_interaction_id });
  if (added) return;
  for (const table of ["interaction_people", "person_balances"])
    store
      .sql(
        `UPDATE ${table} SET p_tier = @tier, p_no_intent = @noIntent, p_active = @active
         WHERE contact_id = @id AND (p_tier IS NOT @tier OR p_no_intent IS NOT @noIntent OR p_active IS NOT @active)`,
      )
      .run({ id, tier: person.tier, noIntent: person.no_intent, active: person.active });
}

/** A person whose history changed: everything kept about them, from their links. */
function keepHistory(store: Sql, id: string): void {
  const person = personRow(store, id);
  if (!person) {
    forget(store, id);
    return;
  }
  const links = store
    .sql(
      `SELECT ip.interaction_id, ip.date, ip.kind, ip.direction, ip.created_at, ip.follow_up_on, ip.p_tier, ip.p_no_intent,
         ip.p_active, ip.is_latest, i.date AS i_date, i.kind AS i_kind, i.direction AS i_direction, i.created_at AS i_created_at,
         i.follow_up_on AS i_follow_up_on, i.rowid AS seq
       FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id WHERE ip.contact_id = ?`,
    )
    .all(id) as LinkRow[];

  // The latest: the latest day, and on it the one logged last (as if logged in order).
  let latest: LinkRow | undefined;
  for (const link of links)
    if (
      !latest ||
      link.i_date > latest.i_date ||
      (link.i_date === latest.i_date &&
        (link.i_created_at > latest.i_created_at || (link.i_created_at === latest.i_created_at && link.seq > latest.seq)))
    )
      latest = link;
  setSince(store, id, person, { on: latest?.i_date ?? null, id: latest?.interaction_id ?? null });

  const setLink = store.sql(
    `UPDATE interaction_people SET date = @date, kind = @kind, direction = @direction, created_at = @created_at,
       follow_up_on = @follow_up_on, p_tier = @p_tier, p_no_intent = @p_no_intent, p_active = @p_active, is_latest = @is_latest
     WHERE interaction_id = @interaction_id AND contact_id = @contact_id`,
  );
  const group = { p_tier: person.tier, p_no_intent: person.no_intent, p_active: person.active };
  const balance = { gave: 0, received: 0, lastGaveOn: null as string | null, lastReceivedOn: null as string | null, any: false };
  const quarters = new Map<string, { gave: number; received: number; asked: number }>();
  for (const link of links) {
    const wanted = {
      date: link.i_date,
      kind: link.i_kind,
      direction: link.i_direction,
      created_at: link.i_created_at,
      follow_up_on: link.i_follow_up_on,
      ...group,
      is_latest: link === latest ? 1 : 0,
    };
    if (differs(link, wanted)) setLink.run({ ...wanted, interaction_id: link.interaction_id, contact_id: id });
    const given = allTimeBalanceOf(link.i_kind, link.i_direction);
    if (given) {
      balance.any = true;
      if (given === "gave") {
        balance.gave++;
        if (!balance.lastGaveOn || link.i_date > balance.lastGaveOn) balance.lastGaveOn = link.i_date;
      } else {
        balance.received++;
        if (!balance.lastReceivedOn || link.i_date > balance.lastReceivedOn) balance.lastReceivedOn = link.i_date;
      }
    }
    const counted = balanceOf(link.i_kind, link.i_direction);
    if (counted.gave || counted.received || counted.asked) {
      const key = quarterLabel(link.i_date);
      const sum = quarters.get(key) ?? { gave: 0, received: 0, asked: 0 };
      sum.gave += counted.gave;
      sum.received += counted.received;
      sum.asked += counted.asked;
      quarters.set(key, sum);
    }
  }

  const kept = store
    .sql("SELECT gave, received, last_gave_on, last_received_on, p_tier, p_no_intent, p_active FROM person_balances WHERE contact_id = ?")
    .get(id) as Record<string, unknown> | undefined;
  const wantedBalance = {
    gave: balance.gave,
    received: balance.received,
    last_gave_on: balance.lastGaveOn,
    last_received_on: balance.lastReceivedOn,
    ...group,
  };
  if (!balance.any) {
    if (kept) store.sql("DELETE FROM person_balances WHERE contact_id = ?").run(id);
  } else if (!kept || differs(kept, wantedBalance))
    store
      .sql(
        `INSERT OR REPLACE INTO person_balances (contact_id, gave, received, last_gave_on, last_received_on, p_tier, p_no_intent, p_active)
         VALUES (@contact_id, @gave, @received, @last_gave_on, @last_received_on, @p_tier, @p_no_intent, @p_active)`,
      )
      .run({ ...wantedBalance, contact_id: id });

  const keptQuarters = store.sql("SELECT quarter, gave, received, asked FROM person_quarter_balances WHERE contact_id = ?").all(id) as {
    quarter: string;
    gave: number;
    received: number;
    asked: number;
  }[];
  for (const row of keptQuarters) {
    const sum = quarters.get(row.quarter);
    if (!sum) store.sql("DELETE FROM person_quarter_balances WHERE quarter = ? AND contact_id = ?").run(row.quarter, id);
    else if (!differs(row, sum)) quarters.delete(row.quarter);
  }
  const setQuarter = store.sql(
    "INSERT OR REPLACE INTO person_quarter_balances (quarter, contact_id, gave, received, asked) VALUES (?, ?, ?, ?, ?)",
  );
  for (const [quarter, sum] of quarters) setQuarter.run(quarter, id, sum.gave, sum.received, sum.asked);
}

/** Whether a row as kept differs from what it should hold, in any of the columns `wanted` names. */
function differs(row: object, wanted: Record<string, unknown>): boolean {
  const kept = row as Record<string, unknown>;
  for (const column in wanted) if (kept[column] !== wanted[column]) return true;
  return false;
}

/** A day's counts, from its interactions. */
function keepDay(store: Sql, day: IsoDate): void {
  const rows = store.sql("SELECT kind, direction, count(*) AS n FROM interactions WHERE date = ? GROUP BY kind, direction").all(day) as {
    kind: Kind;
    direction: Direction;
    n: number;
  }[];
  let interactions = 0;
  let gestures = 0;
  let events = 0;
  for (const row of rows) {
    interactions += row.n;
    if (isGesture(row.kind, row.direction)) gestures += row.n;
    if (row.kind === "event") events += row.n;
  }
  if (interactions === 0) store.sql("DELETE FROM interaction_days WHERE date = ?").run(day);
  else
    store
      .sql("INSERT OR REPLACE INTO interaction_days (date, interactions, gestures, events) VALUES (?, ?, ?, ?)")
      .run(day, interactions, gestures, events);
  store.sql("DELETE FROM interaction_kind_days WHERE date = ?").run(day);
  const setKind = store.sql("INSERT INTO interaction_kind_days (date, kind, direction, n) VALUES (?, ?, ?, ?)");
  for (const row of rows) setKind.run(day, row.kind, row.direction, row.n);
}
