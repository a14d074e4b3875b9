import { addDays, addMonths, type IsoDate, startOfMonth } from "../domain/dates.js";
import { DEFAULT_GOALS, type Goals } from "../domain/goals.js";
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
import { byUrgency, compare, type Rank, type RankedPerson } from "../domain/reminders.js";
import type { Balance, Card, ContactFacts, DayCounts, Snapshot } from "../domain/snapshot.js";
import { type DormantDraw, type HelperDraw, loadDormant, loadHelper } from "./long-ties.js";
import { type InteractionRow, type Store, toInteraction } from "./store.js";

/** How far back rules follow help, intros, thanks and news (and streaks count weeks). */
export const HISTORY_DAYS = 190;
/** Promised follow-ups older than this are no longer brought up. */
export const FOLLOW_UP_MEMORY_DAYS = 120;
/** Congratulations given within this many days count as having wished a birthday or milestone. */
export const CONGRATULATED_DAYS = 31;
/** Every interaction of at least this many days is loaded (rules looking at "the last N days"). */
export const RECENT_DAYS = 62;

export interface SnapshotOptions {
  /** Also load what falls due up to this many days after today. */
  horizonDays?: number;
  /** Keep-in-touch cadences per tier, as tuned: used to pick the people who may be due. */
  tierCadences: Record<Tier, number>;
  /** Load every interaction of this many recent days (at least RECENT_DAYS). */
  recentDays?: number;
  /** Load help and intros received within this many days (thank's window; at most HISTORY_DAYS). */
  thankWithinDays?: number;
  /** Load the people met within this many days, with their history count (first-follow-up's window). */
  metWithinDays?: number;
  /** Load news logged within this many days (congratulate's window; RECENT_DAYS unless given). */
  newsWithinDays?: number;
  /** Load people whose birthday or milestone falls this many days before / after the window (10 unless given). */
  datesAround?: { before: number; after: number };
  /**
   * How the rules rank their items: with a `limit`, the store keeps only the items that rank
   * first across all groups, so it reads few in full and the rules evaluate few.
   */
  rank?: {
    keepInTouch(person: RankedPerson, dueOn: IsoDate): Rank;
    thank(item: { id: string; date: IsoDate }, person: RankedPerson): Rank;
    news(item: { id: string; date: IsoDate }, person: RankedPerson): Rank;
    followUp(item: { id: string; followUpOn: IsoDate }, person: RankedPerson | null): Rank;
    giveFirst(balance: { received: number; lastReceivedOn: IsoDate }, person: RankedPerson): Rank;
    /** Someone's birthday and milestones due, given the last congratulations given to them. */
    dates(
      person: RankedPerson & { birthday: string | null; milestones: readonly Milestone[] },
      congratulatedOn: IsoDate | undefined,
    ): Rank[];
  };
  /**
   * Only the `limit` most urgent reminders of each rule can be shown (nudge's default view): load
   * just the items and people that can be among them, so a large network costs about what a small
   * one does.
   */
  limit?: number;
  /** What gratitude and rediscover read, as the rules drew it for today (none: not loaded). */
  gratitude?: HelperDraw | null;
  rediscover?: DormantDraw | null;
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
  keep_in_touch_done_on: string | null;
  birthday: string | null;
  milestones: string;
  li_id: string | null;
  li_date: string | null;
  li_kind: string | null;
  li_direction: string | null;
  li_note: string | null;
}

// i18n-ignore: SQL
const INTERACTION_COLUMNS = "id, date, kind, direction, note, follow_up_on, event_name, created_at";

const I_COLUMNS = INTERACTION_COLUMNS.replace(/(^|, )/g, "$1i.");

/**
 * Keeps, of the rows of `inner`, the first `k` of each group (all of them without k).
 * Within a group of equal weight (the person's tier and intent) a list's reminders rank by how
 * late they are and, equally urgent (urgency has a cap), by due date then key (byUrgency in
 * src/rules/urgency.ts): `order` follows that, so the first k of every group hold the list's k most
 * urgent, exactly.
 */
function firstOfEachGroup(inner: string, partition: string, order: string, k: number | undefined): string {
  if (k === undefined) return `SELECT * FROM (${inner})`;
  return `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY ${partition} ORDER BY ${order}) AS rank_in_group FROM (${inner})) WHERE rank_in_group <= ${k}`;
}

/** One item about one person (or an event's, about no one), before its interaction is read in full. */
interface LightItem {
  id: string;
  contact_id: string | null;
  date: IsoDate;
  created_at?: string;
  follow_up_on?: IsoDate;
  p_tier: string;
  p_no_intent: number;
}

/** Someone as ranking sees them, from what an index row holds: tier, and whether an intent was given. */
function rankedPerson(id: string, tier: string, noIntent: number): RankedPerson {
  return { id, tier: tier as Tier, intent: noIntent ? null : true };
}

/** The person a light item is about (none for an event's follow-up). */
function itemPerson(row: LightItem): RankedPerson | null {
  return row.contact_id ? rankedPerson(row.contact_id, row.p_tier, row.p_no_intent) : null;
}

/** The rows `read` gives for each (tier, intent given) group of people, one short index read each. */
function eachGroup<T>(tiers: readonly string[], read: (tier: string, noIntent: number) => T[]): T[] {
  return tiers.flatMap((tier) => [0, 1].flatMap((noIntent) => read(tier, noIntent)));
}

/** Keeps the `k` that rank first across groups (the engine's order), when the rule's ranking is known. */
function mostUrgent<T>(rows: T[], k: number | undefined, rank: ((row: T) => Rank) | undefined): T[] {
  if (k === undefined || !rank) return rows;
  return rows
    .map((row) => ({ row, rank: rank(row) }))
    .sort((a, b) => byUrgency(a.rank, b.rank))
    .slice(0, k)
    .map((r) => r.row);
}

/** The kept items read in full (one read of the largest table for a handful of rows), in `order`. */
function fullItems(store: Store, rows: LightItem[], order: (a: LightItem, b: LightItem) => number): Interaction[] {
  if (rows.length === 0) return [];
  const byId = new Map(
    (
      store
        .sql(`SELECT ${INTERACTION_COLUMNS} FROM interactions WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify([...new Set(rows.map((r) => r.id))])) as InteractionRow[]
    ).map((r) => [r.id, r]),
  );
  return [...rows].sort(order).flatMap((r) => {
    const full = byId.get(r.id);
    return full ? [toInteraction(full, r.contact_id ? [r.contact_id] : [])] : [];
  });
}

/**
 * Items still open for one person each: help and intros received (`thank`) or news (`news`)
 * logged in [from, until], with no thanks (or congratulations) given to that person after it —
 * later the same day counts as after. With `k`, the first k of each (tier, intent given) group
 * are read from an index holding just those items, then the k that rank first overall.
 */
function openItems(
  store: Store,
  options: {
    list: "thank" | "news";
    from: IsoDate;
    until: IsoDate;
    k: number | undefined;
    tiers: readonly string[];
    rank?: (row: LightItem) => Rank;
  },
): Interaction[] {
  const [index, which, answer] =
    options.list === "thank"
      ? // i18n-ignore: SQL
        ["interaction_people_thank_due", "ip.kind IN ('help', 'intro') AND ip.direction = 'received'", "thanks"]
      : ["interaction_people_news_due", "ip.kind = 'news'", "congrats"];
  // (The answers' kind is named twice: SQLite uses a partial index only when the query repeats its condition.)
  const select = `SELECT ip.interaction_id AS id, ip.contact_id, ip.date, ip.created_at, ip.p_tier, ip.p_no_intent
     FROM interaction_people ip INDEXED BY ${index}
     WHERE ${which} AND ip.p_active = 1 AND ip.date >= :from AND ip.date <= :until
       AND NOT EXISTS (SELECT 1 FROM interaction_people a INDEXED BY interaction_people_answers
         WHERE a.kind IN ('thanks', 'congrats') AND a.contact_id = ip.contact_id AND a.kind = '${answer}' AND a.direction <> 'received'
           AND a.date >= ip.date AND (a.date > ip.date OR a.created_at > ip.created_at))`;
  const range = { from: options.from, until: options.until };
  let rows: LightItem[];
  if (options.k === undefined) rows = store.sql(select).all(range) as LightItem[];
  else {
    const firstOfGroup = store.sql(
      `${select} AND ip.p_tier = :tier AND ip.p_no_intent = :noIntent ORDER BY ip.date, ip.interaction_id, ip.contact_id LIMIT :k`,
    );
    const k = options.k;
    rows = mostUrgent(
      eachGroup(options.tiers, (tier, noIntent) => firstOfGroup.all({ ...range, tier, noIntent, k }) as LightItem[]),
      k,
      options.rank,
    );
  }
  return fullItems(
    store,
    rows,
    (a, b) => compare(a.date, b.date) || compare(a.created_at ?? "", b.created_at ?? "") || compare(a.contact_id ?? "", b.contact_id ?? ""),
  );
}

/**
 * Promised follow-ups still open: for each person, nothing logged with them since the interaction
 * that made the promise (it is still their latest). Events with no one come as items with no person.
 */
function openFollowUps(store: Store, from: IsoDate, until: IsoDate, k: number | undefined, rank?: (row: LightItem) => Rank): Interaction[] {
  // Ranked on what an index holds (a link knows its follow-up day, its person's group and whether
  // it is that person's latest); the interactions kept are read in full afterwards.
  const inner = `SELECT ip.interaction_id AS id, ip.follow_up_on, ip.contact_id, ip.p_tier, ip.p_no_intent
       FROM interaction_people ip INDEXED BY interaction_people_follow_up_open
       WHERE ip.follow_up_on IS NOT NULL AND ip.is_latest = 1 AND ip.follow_up_on >= :from AND ip.follow_up_on <= :until
         AND ip.p_active = 1
       UNION ALL
       SELECT f.id, f.follow_up_on, NULL, '', 1 FROM interactions f INDEXED BY interactions_follow_up_open
       WHERE f.follow_up_on IS NOT NULL AND f.follow_up_on >= :from AND f.follow_up_on <= :until AND f.kind = 'event'
         AND NOT EXISTS (SELECT 1 FROM interaction_people WHERE interaction_id = f.id)`;
  const rows = store
    // i18n-ignore: SQL
    .sql(`SELECT * FROM (${firstOfEachGroup(inner, "p_tier, p_no_intent", "follow_up_on, id, contact_id", k)})`)
    .all({ from, until }) as LightItem[];
  return fullItems(
    store,
    mostUrgent(rows, k, rank),
    (a, b) => compare(a.follow_up_on ?? "", b.follow_up_on ?? "") || compare(a.id, b.id) || compare(a.contact_id ?? "", b.contact_id ?? ""),
  );
}

/** Introductions you made that nobody has heard about since: nothing logged with any of the people after. */
function openIntros(store: Store, from: IsoDate, until: IsoDate, k: number | undefined): Interaction[] {
  // The links that are still their person's latest interaction, in a small index: an intro is open
  // when that holds for all its people (and one of them is still in the network).
  const rows = store
    .sql(
      `SELECT ${I_COLUMNS} FROM (
         SELECT ip.interaction_id AS id, ip.date FROM interaction_people ip INDEXED BY interaction_people_intro_open
         WHERE ip.is_latest = 1 AND ip.kind = 'intro' AND ip.direction <> 'received' AND ip.date >= :from AND ip.date <= :until
         -- in the index's order, so the first k open ones end the read
         GROUP BY ip.date, ip.interaction_id
         HAVING max(ip.p_active) = 1
           AND count(*) = (SELECT count(*) FROM interaction_people a INDEXED BY interaction_people_intro_links
             WHERE a.kind = 'intro' AND a.direction <> 'received' AND a.interaction_id = ip.interaction_id)
         ORDER BY ip.date, ip.interaction_id ${k === undefined ? "" : `LIMIT ${k}`}
       ) AS open CROSS JOIN interactions i ON i.id = open.id
       ORDER BY open.date, open.id`,
    )
    .all({ from, until }) as InteractionRow[];
  if (rows.length === 0) return [];
  const people = new Map<string, string[]>();
  const links = store
    .sql("SELECT interaction_id, contact_id FROM interaction_people WHERE interaction_id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(rows.map((r) => r.id))) as { interaction_id: string; contact_id: string }[];
  for (const link of links) people.set(link.interaction_id, [...(people.get(link.interaction_id) ?? []), link.contact_id]);
  return rows.map((r) => toInteraction(r, people.get(r.id) ?? []));
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
    keepInTouchDoneOn: r.keep_in_touch_done_on,
    birthday: r.birthday,
    milestones: r.milestones === "[]" ? [] : (JSON.parse(r.milestones) as Milestone[]),
    lastInteraction: r.li_id
      ? { id: r.li_id, date: r.li_date as string, kind: r.li_kind as Kind, direction: r.li_direction as Direction, note: r.li_note }
      : null,
  };
}

// i18n-ignore: SQL
const FACT_COLUMNS = `c.id, c.slug, c.name, c.company, c.sector, c.circle, c.tier, c.cadence_days, c.intent, c.met_on, c.met_where,
  c.source, c.created_at, c.last_interaction_on, c.keep_in_touch_done_on, c.birthday, c.milestones,
  i.id AS li_id, i.date AS li_date, i.kind AS li_kind, i.direction AS li_direction, i.note AS li_note`;

/** The day a contact's keep-in-touch counts from (keepInTouchSince, kept by src/store/kept.ts). */
const SINCE = "c.keep_in_touch_since";

/** The day keep-in-touch falls due for someone with a cadence of their own (contacts_keep_in_touch_own orders by it). */
const OWN_DUE = `date(${SINCE}, '+' || c.cadence_days || ' days')`;

/** Due for keep-in-touch by :until (:close… are the cutoff days per tier), in cheap comparisons. */
// i18n-ignore: SQL
const MAY_BE_DUE = `((c.cadence_days IS NULL AND ${SINCE} <= CASE c.tier WHEN 'close' THEN :close WHEN 'active' THEN :active WHEN 'dormant' THEN :dormant ELSE :network END)
  OR (c.cadence_days IS NOT NULL AND ${SINCE} <= date(:until, '-' || c.cadence_days || ' days')))`;

/**
 * The tiers of active people, in index order: a skip scan of contacts_keep_in_touch (one short
 * seek per tier) rather than SELECT DISTINCT, which would read the whole index.
 */
function activeTiers(store: Store): string[] {
  const first = store.sql("SELECT tier FROM contacts INDEXED BY contacts_keep_in_touch WHERE archived_at IS NULL ORDER BY tier LIMIT 1");
  const next = store.sql(
    "SELECT tier FROM contacts INDEXED BY contacts_keep_in_touch WHERE archived_at IS NULL AND tier > ? ORDER BY tier LIMIT 1",
  );
  const tiers: string[] = [];
  for (let row = first.get() as { tier: string } | undefined; row; row = next.get(row.tier) as { tier: string } | undefined)
    tiers.push(row.tier);
  return tiers;
}

/**
 * The people any rule may fire for: due for keep-in-touch by `until`, met recently (or among the
 * last three met), with a birthday or milestone, or named in `ids`. Cheap comparisons on one scan.
 */
function candidateContacts(
  store: Store,
  today: IsoDate,
  until: IsoDate,
  options: SnapshotOptions & { metFrom: IsoDate },
  ids: Set<string>,
  congratulated: Map<string, IsoDate>,
  tiers: readonly string[],
  hidden: ReadonlyMap<string, number>,
): ContactFacts[] {
  const cutoffs: Record<string, string> = {};
  for (const tier of TIERS) cutoffs[tier] = addDays(until, -options.tierCadences[tier]);
  const metFrom = options.metFrom;
  // Birthdays and milestones near the window (any year, or none), a day's margin either side;
  // Feb 29 falls on Feb 28 in other years.
  const around = options.datesAround ?? { before: 10, after: 10 };
  const days: string[] = [];
  for (let d = addDays(today, -(around.after + 1)); d <= addDays(until, around.before + 1); d = addDays(d, 1)) {
    days.push(d.slice(5));
    if (d.endsWith("-02-28")) days.push("02-29");
  }
  const wanted = [...ids];
  // i18n-ignore: SQL
  const others = `c.met_on >= :metFrom
         OR (c.birthday IS NOT NULL AND substr(c.birthday, -5) IN (SELECT value FROM json_each(:days)))
         OR (c.milestones <> '[]' AND EXISTS (SELECT 1 FROM json_each(c.milestones) m WHERE substr(json_extract(m.value, '$.date'), -5) IN (SELECT value FROM json_each(:days))))
         OR c.id IN (SELECT value FROM json_each(:ids))`;
  const params = { ...cutoffs, until, metFrom, days: JSON.stringify(days), ids: JSON.stringify(wanted) };
  if (options.limit === undefined) {
    const rows = store
      .sql(`SELECT ${FACT_COLUMNS} FROM contacts c LEFT JOIN interactions i ON i.id = c.last_interaction_id
            WHERE c.archived_at IS NULL AND (${MAY_BE_DUE} OR ${others})`)
      .all(params) as ContactFactsRow[];
    return rows.map(toFacts);
  }
  // Only the most urgent keep-in-touch candidates: urgency depends on lateness, tier and intent,
  // so within each (tier, intent given) group the earliest due are the most urgent. Taking the
  // first k of every group keeps the overall top k exact; k also covers reminders the user marked
  // done or snoozed, which the engine drops afterwards. Per group, two short index reads: people on
  // their tier's cadence by "since" (contacts_keep_in_touch), people with a cadence of their own by
  // due day (contacts_keep_in_touch_own), so this costs the same with 100 people or 100,000.
  const onTierCadence = store.sql(
    `SELECT id, ${SINCE} AS since FROM contacts c INDEXED BY contacts_keep_in_touch
     WHERE c.archived_at IS NULL AND c.tier = :tier AND c.cadence_days IS NULL AND (c.intent IS NULL) = :noIntent AND ${SINCE} <= :cutoff
     ORDER BY ${SINCE}, c.id LIMIT :k`,
  );
  const onOwnCadence = store.sql(
    `SELECT id, ${SINCE} AS since, c.cadence_days AS cadence FROM contacts c INDEXED BY contacts_keep_in_touch_own
     WHERE c.archived_at IS NULL AND c.cadence_days IS NOT NULL AND c.tier = :tier AND (c.intent IS NULL) = :noIntent
       AND ${OWN_DUE} <= :until
     ORDER BY ${OWN_DUE}, c.id LIMIT :k`,
  );
  const k = options.limit + (hidden.get("keep-in-touch") ?? 0);
  const groupRows = eachGroup(tiers, (tier, noIntent) => {
    const tierCadence = options.tierCadences[tier as Tier] ?? options.tierCadences.network;
    const rows = [
      ...(onTierCadence.all({ tier, noIntent, cutoff: addDays(until, -tierCadence), k }) as { id: string; since: IsoDate }[]),
      ...(onOwnCadence.all({ tier, noIntent, until, k }) as { id: string; since: IsoDate; cadence: number }[]),
    ] as { id: string; since: IsoDate; cadence?: number }[];
    return rows.map((row) => ({ person: rankedPerson(row.id, tier, noIntent), dueOn: addDays(row.since, row.cadence ?? tierCadence) }));
  });
  // Knowing how the rule ranks them, only the k most urgent across groups can reach the list
  // (the engine's order: urgency, then due date, then key); without it, every group's first k.
  const keepInTouch = options.rank?.keepInTouch;
  const overdue = mostUrgent(groupRows, k, keepInTouch && ((row) => keepInTouch(row.person, row.dueOn))).map((row) => row.person.id);
  const chosen = new Set([...wanted, ...overdue]);
  // The few people with a date near, each from covering indexes (those met lately who may need a
  // first follow-up are in `wanted`). Knowing how congratulate ranks their dates, only the people of
  // the k that rank first are kept; congratulations given lately (which clear a date) are looked up
  // for those, in rank order, until k remain.
  const near = store
    .sql(
      `SELECT id, tier, intent IS NULL AS no_intent, birthday, '[]' AS milestones FROM contacts INDEXED BY contacts_birthday
       WHERE birthday IS NOT NULL AND substr(birthday, -5) IN (SELECT value FROM json_each(:days)) AND archived_at IS NULL
       UNION ALL
       -- (a person near both is read twice, once for each kind of date)
       SELECT id, tier, intent IS NULL, NULL, milestones FROM contacts c INDEXED BY contacts_milestones
       WHERE milestones <> '[]' AND archived_at IS NULL
         AND EXISTS (SELECT 1 FROM json_each(c.milestones) m WHERE substr(json_extract(m.value, '$.date'), -5) IN (SELECT value FROM json_each(:days)))`,
    )
    .all({ days: params.days }) as { id: string; tier: string; no_intent: number; birthday: string | null; milestones: string }[];
  const dates = options.rank?.dates;
  if (!dates) for (const row of near) chosen.add(row.id);
  else {
    const lastCongratulated = store.sql(
      `SELECT max(date) AS date FROM interaction_people INDEXED BY interaction_people_answers
       WHERE kind IN ('thanks', 'congrats') AND contact_id = ? AND kind = 'congrats' AND direction <> 'received' AND date >= ? AND date <= ?`,
    );
    const congratulatedFrom = addDays(today, -CONGRATULATED_DAYS);
    const people = near.map((row) => ({
      ...rankedPerson(row.id, row.tier, row.no_intent),
      birthday: row.birthday,
      milestones: row.milestones === "[]" ? [] : (JSON.parse(row.milestones) as Milestone[]),
    }));
    const ranked = people.flatMap((person) => dates(person, undefined).map((rank) => ({ person, rank })));
    ranked.sort((a, b) => byUrgency(a.rank, b.rank));
    const checked = new Map<string, IsoDate | undefined>();
    let kept = 0;
    const k = options.limit + (hidden.get("congratulate") ?? 0);
    for (const { person, rank } of ranked) {
      if (kept >= k) break;
      if (!checked.has(person.id)) {
        const on = (lastCongratulated.get(person.id, congratulatedFrom, today) as { date: IsoDate | null }).date ?? undefined;
        checked.set(person.id, on);
        if (on) congratulated.set(person.id, on);
      }
      if (!dates(person, checked.get(person.id)).some((r) => r.key === rank.key)) continue;
      chosen.add(person.id);
      kept++;
    }
  }
  // The last interaction names the gesture in a keep-in-touch message: it is read (a lookup in
  // the largest table) only for the people whose keep-in-touch reminder can reach the list.
  const rows = store
    .sql(
      `SELECT ${FACT_COLUMNS} FROM contacts c
       LEFT JOIN interactions i ON i.id = CASE WHEN c.id IN (SELECT value FROM json_each(:overdue)) THEN c.last_interaction_id END
       WHERE c.id IN (SELECT value FROM json_each(:chosen)) AND c.archived_at IS NULL`,
    )
    .all({ chosen: JSON.stringify([...chosen]), overdue: JSON.stringify(overdue) }) as ContactFactsRow[];
  return rows.map(toFacts);
}

/**
 * The day net was first used: the first person or interaction written (an imported "connected on"
 * day or a meeting logged as years ago does not make the network older); null when no one is in it.
 */
export function networkStartedOn(store: Store): IsoDate | null {
  const row = store
    .sql(
      `SELECT substr(min((SELECT min(created_at) FROM contacts), coalesce((SELECT min(created_at) FROM interactions), '9')), 1, 10) AS since
       WHERE EXISTS (SELECT 1 FROM contacts WHERE archived_at IS NULL)`,
    )
    .get() as { since: string } | undefined;
  return row?.since ?? null;
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

  // With a limit, each list loads its first k per group, k counting the reminders of that rule
  // the user marked done or snoozed (the engine drops those afterwards).
  const hidden = new Map<string, number>();
  if (options.limit !== undefined) {
    const rows = store
      .sql(
        `SELECT substr(key, 1, instr(key, ':') - 1) AS rule, count(*) AS n FROM reminder_state
         WHERE done_on IS NOT NULL OR snoozed_until > ? GROUP BY rule`,
      )
      .all(today) as { rule: string; n: number }[];
    for (const row of rows) hidden.set(row.rule, row.n);
  }
  const k = (rule: string) => (options.limit === undefined ? undefined : options.limit + (hidden.get(rule) ?? 0));
  // The groups the short lists are read by: the tiers of the people in the network.
  const tiers = options.limit === undefined ? [] : activeTiers(store);

  const rank = options.rank;
  const unthanked = openItems(store, {
    list: "thank",
    tiers,
    from: addDays(today, -Math.min(HISTORY_DAYS, options.thankWithinDays ?? HISTORY_DAYS)),
    until: today,
    k: k("thank"),
    rank: rank && ((row) => rank.thank(row, itemPerson(row) as RankedPerson)),
  });
  // News is theirs whatever direction it was logged with.
  const uncongratulated = openItems(store, {
    list: "news",
    tiers,
    from: addDays(today, -(options.newsWithinDays ?? RECENT_DAYS)),
    until: today,
    k: k("congratulate"),
    rank: rank && ((row) => rank.news(row, itemPerson(row) as RankedPerson)),
  });
  const introsGiven = openIntros(store, historyFrom, today, k("intro-follow-through"));
  const followUps = openFollowUps(
    store,
    followUpFrom,
    until,
    k("follow-up-promise"),
    rank && ((row) => rank.followUp({ id: row.id, followUpOn: row.follow_up_on as IsoDate }, itemPerson(row))),
  );

  const metFrom = addDays(today, -(options.metWithinDays ?? 3));
  const monthStart = startOfMonth(today);
  const { n: metThisMonth } = store
    .sql("SELECT count(*) AS n FROM contacts WHERE source = 'added' AND met_on >= ? AND met_on <= ?")
    .get(monthStart, today) as { n: number };
  const lastMetSectors = (
    store
      .sql(
        "SELECT sector FROM contacts WHERE archived_at IS NULL AND source = 'added' AND met_on IS NOT NULL ORDER BY met_on DESC, id LIMIT 3",
      )
      .all() as { sector: string | null }[]
  ).map((r) => r.sector);

  // Congratulations given lately (a birthday or milestone already wished): with the dates ranked in
  // the store, read for the few people near a date only (candidateContacts).
  const congratulatedOn = new Map<string, IsoDate>();
  if (options.limit === undefined || !options.rank) {
    const congratsRows = store
      .sql(
        `SELECT contact_id AS id, max(date) AS date FROM interaction_people
         WHERE kind = 'congrats' AND date >= ? AND date <= ? AND direction <> 'received' GROUP BY contact_id`,
      )
      .all(addDays(today, -CONGRATULATED_DAYS), today) as { id: string; date: string }[];
    for (const row of congratsRows) congratulatedOn.set(row.id, row.date);
  }

  const recentlyMet = new Map<string, { interactions: number; followUpPlanned: boolean }>();
  // Counted up to 2 on the people's link index (a long history costs no more than a short one);
  // the follow-up promise is looked up only for those with the first meeting alone.
  const metRows = store
    .sql(
      `SELECT id, n, CASE WHEN n = 1
           THEN EXISTS (SELECT 1 FROM interaction_people p WHERE p.contact_id = met.id AND p.follow_up_on IS NOT NULL)
           ELSE 0 END AS planned
       FROM (SELECT c.id, (SELECT count(*) FROM (SELECT 1 FROM interaction_people ip WHERE ip.contact_id = c.id LIMIT 2)) AS n
             FROM contacts c WHERE c.met_on >= ? AND c.archived_at IS NULL) AS met
       WHERE n > 0`,
    )
    .all(metFrom) as { id: string; n: number; planned: number }[];
  for (const row of metRows) recentlyMet.set(row.id, { interactions: row.n, followUpPlanned: row.planned === 1 });

  const balances = new Map<string, Balance>();
  // Who gave you more than you gave back (help, intros, shares; all time), the last time within a year:
  // read from the balances kept on write, through an index holding only those people.
  type BalanceRow = { id: string; p_tier: string; p_no_intent: number } & Balance;
  const owed = `SELECT b.contact_id AS id, b.gave, b.received, b.last_gave_on AS lastGaveOn, b.last_received_on AS lastReceivedOn,
         b.p_tier, b.p_no_intent
       FROM person_balances b INDEXED BY person_balances_owed
       WHERE b.received > b.gave AND b.p_active = 1 AND b.last_received_on >= :from AND b.last_received_on <= :today`;
  const owedRange = { from: addMonths(today, -12), today };
  const giveFirstK = k("give-first");
  let owedRows: BalanceRow[];
  if (giveFirstK === undefined) owedRows = store.sql(owed).all(owedRange) as BalanceRow[];
  else {
    // The first k of each (tier, intent given) group, one short read of the index each.
    const firstOfGroup = store.sql(
      `${owed} AND b.p_tier = :tier AND b.p_no_intent = :noIntent ORDER BY b.last_received_on, b.contact_id LIMIT :k`,
    );
    owedRows = eachGroup(tiers, (tier, noIntent) => firstOfGroup.all({ ...owedRange, tier, noIntent, k: giveFirstK }) as BalanceRow[]);
  }
  const balanceRows = mostUrgent(
    owedRows,
    giveFirstK,
    rank &&
      ((row) =>
        rank.giveFirst(
          { received: row.received, lastReceivedOn: row.lastReceivedOn as IsoDate },
          rankedPerson(row.id, row.p_tier, row.p_no_intent),
        )),
  );
  for (const row of balanceRows)
    balances.set(row.id, { gave: row.gave, received: row.received, lastGaveOn: row.lastGaveOn, lastReceivedOn: row.lastReceivedOn });

  const days = new Map<IsoDate, DayCounts>();
  const perDay = store
    .sql("SELECT date, interactions AS n, gestures, events FROM interaction_days WHERE date >= ? AND date <= ?")
    .all(historyFrom, today) as { date: string; n: number; gestures: number; events: number }[];
  for (const row of perDay) days.set(row.date, { all: row.n, gestures: row.gestures, events: row.events });

  // The last day with a gesture given (what the habit line and the map count), read backwards from today.
  const lastGave = store.sql("SELECT date FROM interaction_days WHERE date <= ? AND gestures > 0 ORDER BY date DESC LIMIT 1").get(today) as
    | { date: string | null }
    | undefined;
  const lastEvent = store.sql("SELECT max(date) AS date FROM interactions WHERE kind = 'event' AND date <= ?").get(today) as {
    date: string | null;
  };
  const reviews = store.sql("SELECT period, max(reviewed_on) AS reviewedOn FROM reviews GROUP BY period").all() as {
    period: string;
    reviewedOn: string;
  }[];
  const networkSince = networkStartedOn(store);

  // People met lately matter to the rules only while the first meeting is all there is.
  const ids = new Set<string>(balances.keys());
  for (const [id, history] of recentlyMet) if (history.interactions === 1 && !history.followUpPlanned) ids.add(id);
  for (const list of [unthanked, uncongratulated, introsGiven, followUps]) for (const i of list) for (const id of i.people) ids.add(id);

  return {
    contacts: candidateContacts(store, today, until, { ...options, metFrom }, ids, congratulatedOn, tiers, hidden),
    networkSince,
    congratulatedOn,
    metThisMonth,
    lastMetSectors,
    unthanked,
    uncongratulated,
    introsGiven,
    followUps,
    recentlyMet,
    days,
    historyFrom,
    recentFrom,
    balances,
    lastGaveOn: lastGave?.date ?? null,
    lastEventOn: lastEvent.date,
    card: loadCard(store),
    goals: loadGoals(store),
    reviews,
    // The rows carry tier and intent as text: the rules' ranking reads them as such.
    ...(options.gratitude ? { gratitude: loadHelper(store, options.gratitude) as Snapshot["gratitude"] } : {}),
    ...(options.rediscover ? { dormant: loadDormant(store, options.rediscover) as Snapshot["dormant"] } : {}),
  };
}
