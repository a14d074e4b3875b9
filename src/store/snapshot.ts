import { addDays, addMonths, type IsoDate, startOfMonth } from "../domain/dates.js";
import {
  type Circle,
  type Direction,
  type Intent,
  type Interaction,
  type Kind,
  type Milestone,
  TIERS,
  type Tier,
} from "../domain/model.js";
import { type Balance, type Card, type ContactFacts, type DayCounts, DEFAULT_GOALS, type Goals, type Snapshot } from "../rules/types.js";
import type { Store } from "./store.js";

/** How far back rules follow help, intros, thanks and news (and streaks count weeks). */
export const HISTORY_DAYS = 190;
/** Promised follow-ups older than this are no longer brought up. */
export const FOLLOW_UP_MEMORY_DAYS = 120;
/** Every interaction of at least this many days is loaded (rules looking at "the last N days"). */
export const RECENT_DAYS = 62;

export interface SnapshotOptions {
  /** Also load what falls due up to this many days after today. */
  horizonDays?: number;
  /** Keep-in-touch cadences per tier, as tuned: used to pick the people who may be due. */
  tierCadences: Record<Tier, number>;
  /** Load every interaction of this many recent days (at least RECENT_DAYS). */
  recentDays?: number;
}

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

const INTERACTION_COLUMNS = "id, date, kind, direction, note, follow_up_on, event_name, created_at";

/** Loads the interactions matching `where` (on alias `i`) with their people, in two queries. */
function interactionsWhere(store: Store, where: string, params: Record<string, unknown>, order: string): Interaction[] {
  const rows = store
    .sql(`SELECT ${INTERACTION_COLUMNS} FROM interactions i WHERE ${where} ORDER BY ${order}`)
    .all(params) as InteractionRow[];
  if (rows.length === 0) return [];
  const people = new Map<string, string[]>();
  const links = store
    .sql(`SELECT interaction_id, contact_id FROM interaction_people WHERE interaction_id IN (SELECT id FROM interactions i WHERE ${where})`)
    .all(params) as { interaction_id: string; contact_id: string }[];
  for (const link of links) {
    const list = people.get(link.interaction_id);
    if (list) list.push(link.contact_id);
    else people.set(link.interaction_id, [link.contact_id]);
  }
  return rows.map((r) => toInteraction(r, people.get(r.id) ?? []));
}

function toInteraction(r: InteractionRow, people: string[]): Interaction {
  return {
    id: r.id,
    date: r.date,
    kind: r.kind as Kind,
    direction: r.direction as Direction,
    note: r.note,
    followUpOn: r.follow_up_on,
    eventName: r.event_name,
    createdAt: r.created_at,
    people,
  };
}

/**
 * Items still open for one person each: `kinds` logged in [from, until] (in `direction`, or any), with
 * no `answer` (e.g. thanks) given to that person after it — later the same day counts as after.
 * Each person's latest answer is found once, so people with long histories cost no more.
 */
function openItems(
  store: Store,
  options: {
    kinds: readonly ("help" | "intro" | "news")[];
    direction: string | null;
    answer: "thanks" | "congrats";
    from: IsoDate;
    until: IsoDate;
  },
): Interaction[] {
  const rows = store
    .sql(
      `WITH answered AS (
         SELECT ap.contact_id, max(a.date || ' ' || a.created_at) AS last
         FROM interactions a JOIN interaction_people ap ON ap.interaction_id = a.id
         WHERE a.kind = '${options.answer}' AND a.direction <> 'received' AND a.date >= :from
         GROUP BY ap.contact_id)
       SELECT ${INTERACTION_COLUMNS.replace(/(^|, )/g, "$1i.")}, ip.contact_id
       FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
       LEFT JOIN answered ON answered.contact_id = ip.contact_id
       WHERE i.kind IN (${options.kinds.map((k) => `'${k}'`).join(", ")}) AND i.date >= :from AND i.date <= :until
         AND (:direction IS NULL OR i.direction = :direction)
         AND (answered.last IS NULL OR answered.last < i.date || ' ' || i.created_at)
       ORDER BY i.date, i.created_at, ip.contact_id`,
    )
    .all({ direction: options.direction, from: options.from, until: options.until }) as (InteractionRow & { contact_id: string })[];
  return rows.map((r) => toInteraction(r, [r.contact_id]));
}

function toFacts(r: ContactFactsRow): ContactFacts {
  return {
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
  };
}

const FACT_COLUMNS = `c.id, c.slug, c.name, c.company, c.sector, c.circle, c.tier, c.cadence_days, c.intent, c.met_on, c.met_where,
  c.source, c.created_at, c.last_interaction_on, c.birthday, c.milestones,
  i.id AS li_id, i.date AS li_date, i.kind AS li_kind, i.direction AS li_direction, i.note AS li_note`;

/** The day a contact's keep-in-touch counts from, in SQL (mirrors nextDueOn in src/domain/contacts.ts). */
const SINCE = `coalesce(c.last_interaction_on, CASE WHEN c.source = 'imported' THEN substr(c.created_at, 1, 10) ELSE coalesce(c.met_on, substr(c.created_at, 1, 10)) END)`;

/** Every active person, with their latest interaction. */
export function loadContactFacts(store: Store): ContactFacts[] {
  return (
    store
      .sql(`SELECT ${FACT_COLUMNS} FROM contacts c LEFT JOIN interactions i ON i.id = c.last_interaction_id WHERE c.archived_at IS NULL`)
      .all() as ContactFactsRow[]
  ).map(toFacts);
}

/**
 * The people any rule may fire for: due for keep-in-touch by `until`, met recently (or among the
 * last three met), with a birthday or milestone, or named in `ids`. Cheap comparisons on one scan.
 */
function candidateContacts(store: Store, today: IsoDate, until: IsoDate, options: SnapshotOptions, ids: Set<string>): ContactFacts[] {
  const cutoffs: Record<string, string> = {};
  for (const tier of TIERS) cutoffs[tier] = addDays(until, -options.tierCadences[tier]);
  const metFrom = [startOfMonth(today), addDays(today, -31)].sort()[0] as string;
  // Birthdays within a few days either side of the window (any year, or none).
  const days: string[] = [];
  for (let d = addDays(today, -10); d <= addDays(until, 10); d = addDays(d, 1)) days.push(d.slice(5));
  const lastMet = store
    .sql("SELECT id FROM contacts WHERE archived_at IS NULL AND source = 'added' AND met_on IS NOT NULL ORDER BY met_on DESC, id LIMIT 3")
    .all() as { id: string }[];
  const wanted = [...ids, ...lastMet.map((r) => r.id)];
  const rows = store
    .sql(
      `SELECT ${FACT_COLUMNS} FROM contacts c LEFT JOIN interactions i ON i.id = c.last_interaction_id
       WHERE c.archived_at IS NULL AND (
         (c.cadence_days IS NULL AND ${SINCE} <= CASE c.tier WHEN 'close' THEN :close WHEN 'active' THEN :active WHEN 'dormant' THEN :dormant ELSE :network END)
         OR (c.cadence_days IS NOT NULL AND ${SINCE} <= date(:until, '-' || c.cadence_days || ' days'))
         OR c.met_on >= :metFrom
         OR (c.birthday IS NOT NULL AND substr(c.birthday, -5) IN (SELECT value FROM json_each(:days)))
         OR c.milestones <> '[]'
         OR c.id IN (SELECT value FROM json_each(:ids)))`,
    )
    .all({ ...cutoffs, until, metFrom, days: JSON.stringify(days), ids: JSON.stringify(wanted) }) as ContactFactsRow[];
  return rows.map(toFacts);
}

export function loadGoals(store: Store): Goals {
  return { ...DEFAULT_GOALS, ...(store.setting<Partial<Goals>>("goals") ?? {}) };
}

export function loadCard(store: Store): Card | null {
  return store.setting<Card>("card") ?? null;
}

/** Everything the rules look at, in a handful of indexed queries bounded by date. */
export function loadSnapshot(store: Store, today: IsoDate, options: SnapshotOptions): Snapshot {
  const horizonDays = options.horizonDays ?? 0;
  const until = addDays(today, horizonDays);
  const historyFrom = addDays(today, -HISTORY_DAYS);
  const recentFrom = addDays(today, -Math.max(RECENT_DAYS, options.recentDays ?? 0));
  const followUpFrom = addDays(today, -FOLLOW_UP_MEMORY_DAYS);

  const unthanked = openItems(store, {
    kinds: ["help", "intro"],
    direction: "received",
    answer: "thanks",
    from: historyFrom,
    until: today,
  });
  // News is theirs whatever direction it was logged with.
  const uncongratulated = openItems(store, { kinds: ["news"], direction: null, answer: "congrats", from: recentFrom, until: today });
  const introsGiven = interactionsWhere(
    store,
    "i.kind = 'intro' AND i.direction <> 'received' AND i.date >= :from AND i.date <= :until",
    { from: historyFrom, until: today },
    "i.date, i.created_at",
  );
  const followUps = interactionsWhere(
    store,
    "i.follow_up_on IS NOT NULL AND i.follow_up_on >= :from AND i.follow_up_on <= :until",
    { from: followUpFrom, until },
    "i.follow_up_on, i.id",
  );

  const recentlyMet = new Map<string, { interactions: number; followUpPlanned: boolean }>();
  const metRows = store
    .sql(
      `SELECT ip.contact_id AS id, count(*) AS n, max(i.follow_up_on IS NOT NULL) AS planned
       FROM contacts c JOIN interaction_people ip ON ip.contact_id = c.id JOIN interactions i ON i.id = ip.interaction_id
       WHERE c.met_on >= ? AND c.archived_at IS NULL GROUP BY ip.contact_id`,
    )
    .all(recentFrom) as { id: string; n: number; planned: number }[];
  for (const row of metRows) recentlyMet.set(row.id, { interactions: row.n, followUpPlanned: row.planned === 1 });

  const balances = new Map<string, Balance>();
  const balanceRows = store
    .sql(
      `SELECT ip.contact_id AS id,
              sum(i.direction <> 'received') AS gave, sum(i.direction = 'received') AS received,
              max(CASE WHEN i.direction <> 'received' THEN i.date END) AS lastGaveOn,
              max(CASE WHEN i.direction = 'received' THEN i.date END) AS lastReceivedOn
       FROM interactions i JOIN interaction_people ip ON ip.interaction_id = i.id
       WHERE i.kind IN ('help', 'intro', 'share') AND i.date >= ? AND i.date <= ?
       GROUP BY ip.contact_id HAVING sum(i.direction = 'received') > sum(i.direction <> 'received')`,
    )
    // Balances count over the last year.
    .all(addMonths(today, -12), today) as ({ id: string } & Balance)[];
  for (const row of balanceRows) balances.set(row.id, row);

  const days = new Map<IsoDate, DayCounts>();
  const perDay = store
    .sql(
      `SELECT date, count(*) AS n, sum(kind <> 'event' AND direction <> 'received') AS gestures, sum(kind = 'event') AS events
       FROM interactions WHERE date >= ? AND date <= ? GROUP BY date`,
    )
    .all(historyFrom, today) as { date: string; n: number; gestures: number; events: number }[];
  for (const row of perDay) days.set(row.date, { all: row.n, gestures: row.gestures, events: row.events });

  const lastGave = store
    .sql("SELECT max(date) AS date FROM interactions WHERE kind IN ('help', 'intro', 'share') AND date <= ? AND direction <> 'received'")
    .get(today) as { date: string | null };
  const lastEvent = store.sql("SELECT max(date) AS date FROM interactions WHERE kind = 'event' AND date <= ?").get(today) as {
    date: string | null;
  };
  const reviews = store.sql("SELECT period, max(reviewed_on) AS reviewedOn FROM reviews GROUP BY period").all() as {
    period: string;
    reviewedOn: string;
  }[];
  const { n: contactCount } = store.sql("SELECT count(*) AS n FROM contacts WHERE archived_at IS NULL").get() as { n: number };

  const ids = new Set<string>([...balances.keys(), ...recentlyMet.keys()]);
  for (const list of [unthanked, uncongratulated, introsGiven, followUps]) for (const i of list) for (const id of i.people) ids.add(id);

  return {
    contacts: candidateContacts(store, today, until, options, ids),
    contactCount,
    unthanked,
    uncongratulated,
    introsGiven,
    followUps,
    recentlyMet,
    days,
    historyFrom,
    recentFrom,
    balances,
    lastGaveOn: lastGave.date,
    lastEventOn: lastEvent.date,
    card: loadCard(store),
    goals: loadGoals(store),
    reviews,
  };
}
