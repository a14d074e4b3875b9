import type Database from "better-sqlite3";
import { keepInTouchSince } from "../../src/domain/contacts.js";

/**
 * What a query over kept rows (`kept`) and the same worked out from the base tables (`truth`)
 * disagree on, named `what`: none when they hold the same rows.
 */
export function differences(db: Database.Database, what: string, kept: string, truth: string): string[] {
  const a = db.prepare(`${kept} EXCEPT ${truth}`).all();
  const b = db.prepare(`${truth} EXCEPT ${kept}`).all();
  return a.length || b.length ? [`${what}: kept but wrong ${JSON.stringify(a.slice(0, 3))}, missing ${JSON.stringify(b.slice(0, 3))}`] : [];
}

/**
 * What the store keeps ready on write (src/store/kept.ts) against what the history says, worked out
 * from scratch here, independently: each person's latest interaction and the day keep-in-touch
 * counts from; each link carrying its interaction's day, kind and direction, its person's group and
 * whether it is their latest; counts per day, and per day, kind and direction; give/receive
 * balances with the person's group. Returns the differences (none when all agree).
 */
export function derivedStateDrift(db: Database.Database): string[] {
  const drift: string[] = [];
  const compare = (what: string, kept: string, truth: string) => drift.push(...differences(db, what, kept, truth));
  compare(
    "contacts' latest interaction",
    "SELECT id, last_interaction_on, last_interaction_id FROM contacts",
    `SELECT c.id, (SELECT i.date FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id WHERE ip.contact_id = c.id
                   ORDER BY i.date DESC, i.created_at DESC, i.rowid DESC LIMIT 1),
            (SELECT i.id FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id WHERE ip.contact_id = c.id
                   ORDER BY i.date DESC, i.created_at DESC, i.rowid DESC LIMIT 1)
     FROM contacts c`,
  );
  const people = db
    .prepare(
      `SELECT id, last_interaction_on AS lastInteractionOn, met_on AS metOn, created_at AS createdAt, source,
         keep_in_touch_done_on AS keepInTouchDoneOn, keep_in_touch_since AS since FROM contacts`,
    )
    .all() as {
    id: string;
    lastInteractionOn: string | null;
    metOn: string | null;
    createdAt: string;
    source: "added" | "imported";
    keepInTouchDoneOn: string | null;
    since: string | null;
  }[];
  const wrongSince = people.filter((p) => p.since !== keepInTouchSince(p));
  if (wrongSince.length) drift.push(`keep_in_touch_since: wrong for ${JSON.stringify(wrongSince.slice(0, 3))}`);
  compare(
    "interaction_people copies",
    "SELECT interaction_id, contact_id, date, kind, direction, created_at, follow_up_on FROM interaction_people",
    "SELECT ip.interaction_id, ip.contact_id, i.date, i.kind, i.direction, i.created_at, i.follow_up_on FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id",
  );
  compare(
    "interaction_days",
    "SELECT date, interactions, gestures, events FROM interaction_days",
    "SELECT date, count(*), sum(kind <> 'event' AND direction <> 'received'), sum(kind = 'event') FROM interactions GROUP BY date",
  );
  compare(
    "person_balances",
    "SELECT contact_id, gave, received, last_gave_on, last_received_on FROM person_balances",
    `SELECT ip.contact_id, sum(i.direction <> 'received'), sum(i.direction = 'received'),
       max(CASE WHEN i.direction <> 'received' THEN i.date END), max(CASE WHEN i.direction = 'received' THEN i.date END)
     FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
     WHERE i.kind IN ('help', 'intro', 'share') GROUP BY ip.contact_id`,
  );
  compare(
    "interaction_people groups",
    "SELECT interaction_id, contact_id, p_tier, p_no_intent, p_active, is_latest FROM interaction_people",
    `SELECT ip.interaction_id, ip.contact_id, c.tier, c.intent IS NULL, c.archived_at IS NULL, c.last_interaction_id IS ip.interaction_id
     FROM interaction_people ip JOIN contacts c ON c.id = ip.contact_id`,
  );
  compare(
    "person_balances groups",
    "SELECT contact_id, p_tier, p_no_intent, p_active FROM person_balances",
    "SELECT b.contact_id, c.tier, c.intent IS NULL, c.archived_at IS NULL FROM person_balances b JOIN contacts c ON c.id = b.contact_id",
  );
  compare(
    "person_quarter_balances",
    "SELECT quarter, contact_id, gave, received, asked FROM person_quarter_balances",
    `SELECT substr(i.date, 1, 4) || 'Q' || ((CAST(substr(i.date, 6, 2) AS INTEGER) + 2) / 3), ip.contact_id,
       sum(i.kind <> 'ask' AND i.direction <> 'received'), sum(i.kind <> 'ask' AND i.direction <> 'gave'), sum(i.kind = 'ask' AND i.direction = 'gave')
     FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
     WHERE i.kind IN ('help', 'intro', 'share') OR (i.kind = 'ask' AND i.direction = 'gave') GROUP BY 1, 2`,
  );
  compare(
    "interaction_kind_days",
    "SELECT date, kind, direction, n FROM interaction_kind_days",
    "SELECT date, kind, direction, count(*) FROM interactions GROUP BY date, kind, direction",
  );
  return drift;
}
