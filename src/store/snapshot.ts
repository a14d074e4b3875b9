import { addDays, type IsoDate } from "../domain/dates.js";
import type { Circle, Direction, Intent, Interaction, Kind, Milestone, Tier } from "../domain/model.js";
import { type Balance, type Card, type ContactFacts, DEFAULT_GOALS, type Goals, type Snapshot } from "../rules/types.js";
import type { Store } from "./store.js";

/** How far back rules look at individual interactions (thanks owed, news, intros, streaks). */
export const HISTORY_DAYS = 190;
/** Promised follow-ups older than this are no longer brought up. */
export const FOLLOW_UP_MEMORY_DAYS = 120;
/** Give/receive balances count this far back. */
export const BALANCE_DAYS = 365;

interface ContactFactsRow {
  id: string;
  slug: string;
  name: string;
  company: string | null;
  sector: string | null;
  circle: string | null;
  tier: string;
  cadence_days: number | null;
  intent: string | null;
  met_on: string | null;
  met_where: string | null;
  source: string;
  created_at: string;
  last_interaction_on: string | null;
  birthday: string | null;
  milestones: string;
  li_id: string | null;
  li_date: string | null;
  li_kind: string | null;
  li_direction: string | null;
  li_note: string | null;
}

interface InteractionRow {
  id: string;
  date: string;
  kind: string;
  direction: string;
  note: string | null;
  follow_up_on: string | null;
  event_name: string | null;
  created_at: string;
}

/** Attaches people to interactions with one query over the link table instead of one per row. */
function withPeople(store: Store, rows: InteractionRow[], peopleSql: string, params: unknown[]): Interaction[] {
  const people = new Map<string, string[]>();
  for (const link of store.sql(peopleSql).all(...params) as { interaction_id: string; contact_id: string }[]) {
    const list = people.get(link.interaction_id);
    if (list) list.push(link.contact_id);
    else people.set(link.interaction_id, [link.contact_id]);
  }
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    kind: r.kind as Kind,
    direction: r.direction as Direction,
    note: r.note,
    followUpOn: r.follow_up_on,
    eventName: r.event_name,
    createdAt: r.created_at,
    people: people.get(r.id) ?? [],
  }));
}

export function loadContactFacts(store: Store): ContactFacts[] {
  const rows = store
    .sql(
      `SELECT c.id, c.slug, c.name, c.company, c.sector, c.circle, c.tier, c.cadence_days, c.intent, c.met_on, c.met_where,
              c.source, c.created_at, c.last_interaction_on, c.birthday, c.milestones,
              i.id AS li_id, i.date AS li_date, i.kind AS li_kind, i.direction AS li_direction, i.note AS li_note
       FROM contacts c LEFT JOIN interactions i ON i.id = c.last_interaction_id
       WHERE c.archived_at IS NULL`,
    )
    .all() as ContactFactsRow[];
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    company: r.company,
    sector: r.sector,
    circle: r.circle as Circle | null,
    tier: r.tier as Tier,
    cadenceDays: r.cadence_days,
    intent: r.intent as Intent | null,
    metOn: r.met_on,
    metWhere: r.met_where,
    source: r.source === "imported" ? "imported" : "added",
    createdAt: r.created_at,
    lastInteractionOn: r.last_interaction_on,
    birthday: r.birthday,
    milestones: r.milestones === "[]" ? [] : (JSON.parse(r.milestones) as Milestone[]),
    lastInteraction: r.li_id
      ? { id: r.li_id, date: r.li_date as string, kind: r.li_kind as Kind, direction: r.li_direction as Direction, note: r.li_note }
      : null,
  }));
}

export function loadGoals(store: Store): Goals {
  return { ...DEFAULT_GOALS, ...(store.setting<Partial<Goals>>("goals") ?? {}) };
}

export function loadCard(store: Store): Card | null {
  return store.setting<Card>("card") ?? null;
}

/** Everything the rules look at, in a handful of indexed queries bounded by date. */
export function loadSnapshot(store: Store, today: IsoDate, horizonDays = 0): Snapshot {
  const historyFrom = addDays(today, -HISTORY_DAYS);
  const horizon = addDays(today, horizonDays);
  const recentRows = store
    .sql(
      "SELECT id, date, kind, direction, note, follow_up_on, event_name, created_at FROM interactions WHERE date >= ? AND date <= ? ORDER BY date, created_at",
    )
    .all(historyFrom, horizon) as InteractionRow[];
  const interactions = withPeople(
    store,
    recentRows,
    "SELECT ip.interaction_id, ip.contact_id FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id WHERE i.date >= ? AND i.date <= ?",
    [historyFrom, horizon],
  );
  const followUpFrom = addDays(today, -FOLLOW_UP_MEMORY_DAYS);
  const followUpRows = store
    .sql(
      `SELECT id, date, kind, direction, note, follow_up_on, event_name, created_at FROM interactions
       WHERE follow_up_on IS NOT NULL AND follow_up_on >= ? AND follow_up_on <= ? ORDER BY follow_up_on, id`,
    )
    .all(followUpFrom, horizon) as InteractionRow[];
  const followUps = withPeople(
    store,
    followUpRows,
    `SELECT ip.interaction_id, ip.contact_id FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
     WHERE i.follow_up_on IS NOT NULL AND i.follow_up_on >= ? AND i.follow_up_on <= ?`,
    [followUpFrom, horizon],
  );

  const balances = new Map<string, Balance>();
  const balanceRows = store
    .sql(
      `SELECT ip.contact_id AS id,
              sum(i.direction <> 'received') AS gave, sum(i.direction = 'received') AS received,
              max(CASE WHEN i.direction <> 'received' THEN i.date END) AS lastGaveOn,
              max(CASE WHEN i.direction = 'received' THEN i.date END) AS lastReceivedOn
       FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
       WHERE i.date >= ? AND i.date <= ? AND i.kind IN ('help', 'intro', 'share')
       GROUP BY ip.contact_id HAVING sum(i.direction = 'received') > 0`,
    )
    .all(addDays(today, -BALANCE_DAYS), today) as ({ id: string } & Balance)[];
  for (const row of balanceRows) balances.set(row.id, row);

  const lastGave = store
    .sql(
      "SELECT date FROM interactions WHERE date <= ? AND kind IN ('help', 'intro', 'share') AND direction <> 'received' ORDER BY date DESC LIMIT 1",
    )
    .get(today) as { date: string } | undefined;
  const lastEvent = store.sql("SELECT date FROM interactions WHERE date <= ? AND kind = 'event' ORDER BY date DESC LIMIT 1").get(today) as
    | { date: string }
    | undefined;
  const reviews = store.sql("SELECT period, max(reviewed_on) AS reviewedOn FROM reviews GROUP BY period").all() as {
    period: string;
    reviewedOn: string;
  }[];

  return {
    contacts: loadContactFacts(store),
    interactions,
    historyFrom,
    followUps,
    balances,
    lastGaveOn: lastGave?.date ?? null,
    lastEventOn: lastEvent?.date ?? null,
    card: loadCard(store),
    goals: loadGoals(store),
    reviews,
  };
}
