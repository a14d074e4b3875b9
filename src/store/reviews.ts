/**
 * The SQL of `net map`: what a review needs for a period, loaded with date bounds (interactions are
 * indexed on date) and aggregated here where the volume is (counts per day, network shape), so the
 * map stays fast on a large network. And the record that a review was done.
 */
import { addDays, type IsoDate } from "../domain/dates.js";
import type { Tier } from "../domain/model.js";
import type {
  DayTotal,
  KindCount,
  LastGesture,
  MetCount,
  Period,
  PersonBalance,
  PersonLine,
  Received,
  ShapeCount,
  Window,
  WindowName,
} from "../domain/review/index.js";
import { newId, type Store } from "./store.js";

/**
 * A review reads a large share of the file once (a quarter of interactions and their people, every
 * contact): memory-mapped reads skip copying each page into SQLite's cache, about halving the cost
 * on a large network. Only this connection, only for this command.
 */
export function readWholeFile(store: Store): void {
  store.db.pragma("mmap_size = 268435456");
}

type Windows = { current: Window; previous: Window };

/** Interactions in one window by kind and direction, from the counts kept per day (migration 4). */
export function kindCounts(store: Store, window: Window, name: WindowName): KindCount[] {
  return store
    .sql(
      `SELECT ? AS window, kind, direction, sum(n) AS count FROM interaction_kind_days WHERE date >= ? AND date <= ?
       GROUP BY kind, direction`,
    )
    .all(name, window.from, window.to) as KindCount[];
}

/** What the current window of a review needs from its interactions, read in one pass. */
export interface PeriodExchanges {
  kinds: KindCount[];
  balances: PersonBalance[];
  received: Received[];
  /** How many received are waiting for thanks (all of them, even when `received` holds only the first). */
  waiting: number;
}

interface ExchangeRow {
  part: "balance" | "received" | "waiting";
  kind: string | null;
  direction: string | null;
  n: number | null;
  id: string | null;
  slug: string | null;
  name: string | null;
  gave: number | null;
  received: number | null;
  asked: number | null;
  interactionId: string | null;
  date: IsoDate | null;
  note: string | null;
  lastThanksOn: IsoDate | null;
}

/**
 * The current window's exchanges, from index ranges (the people's links carry each interaction's
 * day, kind and direction): counts by kind and direction; per person balance (help, intro, share;
 * asks made) for people still in the network, only the `limit` most one-sided and the `limit` most
 * one-sided you gave nothing to, ranked as the pure code ranks them; and help or intros received
 * that no thanks to that person followed (thanks logged after the window, up to `today`, count too),
 * each with that last thanks. With `thankLimit`, only the first that many to thank (as toThank orders
 * them: by day, then name) are read in full, with every one counted: a text review shows a few,
 * and reading the name and note of each of a thousand is most of a large review's time.
 */
export function periodExchanges(
  store: Store,
  window: Window,
  today: IsoDate,
  limit: number,
  thankLimit?: number,
  period?: Period,
): PeriodExchanges {
  // A whole quarter (or all of it so far, with nothing logged later in it) has its balances kept
  // per person (migration 4): ranked from an index, not added up from the quarter's links.
  const quarter =
    period?.kind === "quarter" &&
    window.from === period.from &&
    !store
      .sql(`SELECT 1 FROM interaction_people WHERE kind IN ('help', 'intro', 'share', 'ask') AND date > ? AND date <= ? LIMIT 1`)
      .get(window.to, period.to)
      ? period.label
      : null;
  const rows = store
    .sql(
      `WITH archived AS (SELECT id FROM contacts INDEXED BY contacts_archived WHERE archived_at IS NOT NULL),
       links AS MATERIALIZED (
         SELECT interaction_id AS id, date, kind, direction, contact_id AS cid, p_active FROM interaction_people
         WHERE @quarter IS NULL AND kind IN ('help', 'intro', 'share', 'ask') AND date >= @from AND date <= @to),
       received_links AS (
         SELECT interaction_id AS id, date, kind, contact_id AS cid, p_active FROM interaction_people
         WHERE kind IN ('help', 'intro') AND direction = 'received' AND date >= @from AND date <= @to),
       per AS (
         SELECT cid,
                sum(kind <> 'ask' AND direction <> 'received') AS gave,
                sum(kind <> 'ask' AND direction <> 'gave') AS received,
                sum(kind = 'ask' AND direction = 'gave') AS asked
         FROM links GROUP BY cid),
       ranked AS (
         SELECT per.*,
                row_number() OVER (ORDER BY abs(received + asked - gave) DESC, gave + received + asked DESC, cid) AS r1,
                row_number() OVER (PARTITION BY gave = 0 ORDER BY abs(received + asked - gave) DESC, gave + received + asked DESC, cid) AS r2
         FROM per WHERE gave + received + asked > 0 AND cid NOT IN archived),
       quarterly AS (
         SELECT * FROM (
           SELECT contact_id AS cid, gave, received, asked FROM person_quarter_balances INDEXED BY person_quarter_one_sided
           WHERE quarter = @quarter AND gave + received + asked > 0
             AND contact_id NOT IN archived
           ORDER BY abs(received + asked - gave) DESC, (gave + received + asked) DESC, contact_id LIMIT @limit)
         UNION
         SELECT * FROM (
           SELECT contact_id AS cid, gave, received, asked FROM person_quarter_balances INDEXED BY person_quarter_only_take
           WHERE quarter = @quarter AND gave = 0 AND received + asked > 0
             AND contact_id NOT IN archived
           ORDER BY (received + asked) DESC, contact_id LIMIT @limit)),
       thanked AS (
         SELECT contact_id AS cid, max(date) AS lastThanksOn FROM interaction_people
         WHERE kind = 'thanks' AND date >= @from AND date <= @today AND direction <> 'received'
         GROUP BY contact_id),
       waiting AS MATERIALIZED (
         SELECT l.id, l.date, l.kind, l.cid, t.lastThanksOn FROM received_links l LEFT JOIN thanked t ON t.cid = l.cid
         WHERE l.date <= @today
           AND (t.lastThanksOn IS NULL OR t.lastThanksOn < l.date)
           AND l.p_active = 1),
       -- The day of the last one shown: those of that day and before are read in full (the name breaks ties).
       cut AS (SELECT CASE WHEN @thankLimit IS NULL THEN NULL ELSE (SELECT date FROM waiting ORDER BY date LIMIT 1 OFFSET max(@thankLimit - 1, 0)) END AS date)
       SELECT 'balance' AS part, NULL AS kind, NULL AS direction, NULL AS n, c.id, c.slug, c.name, r.gave, r.received, r.asked,
              NULL AS interactionId, NULL AS date, NULL AS note, NULL AS lastThanksOn
       FROM ranked r CROSS JOIN contacts c ON c.id = r.cid
       WHERE r.r1 <= @limit OR (r.gave = 0 AND r.r2 <= @limit)
       UNION ALL
       SELECT 'balance', NULL, NULL, NULL, c.id, c.slug, c.name, q.gave, q.received, q.asked, NULL, NULL, NULL, NULL
       FROM quarterly q CROSS JOIN contacts c ON c.id = q.cid
       UNION ALL
       SELECT 'received', w.kind, NULL, NULL, c.id, c.slug, c.name, NULL, NULL, NULL, w.id, w.date, i.note, w.lastThanksOn
       FROM waiting w CROSS JOIN contacts c ON c.id = w.cid CROSS JOIN interactions i ON i.id = w.id
       WHERE (SELECT date FROM cut) IS NULL OR w.date <= (SELECT date FROM cut)
       UNION ALL
       SELECT 'waiting', NULL, NULL, count(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM waiting`,
    )
    .all({ from: window.from, to: window.to, today, limit, thankLimit: thankLimit ?? null, quarter }) as ExchangeRow[];
  const out: PeriodExchanges = { kinds: kindCounts(store, window, "current"), balances: [], received: [], waiting: 0 };
  for (const r of rows) {
    const person = { id: r.id as string, slug: r.slug as string, name: r.name as string };
    if (r.part === "waiting") out.waiting = r.n as number;
    else if (r.part === "balance")
      out.balances.push({ person, gave: r.gave as number, received: r.received as number, asked: r.asked as number });
    else
      out.received.push({
        interactionId: r.interactionId as string,
        date: r.date as IsoDate,
        kind: r.kind as "help" | "intro",
        note: r.note,
        person,
        lastThanksOn: r.lastThanksOn,
      });
  }
  return out;
}

/** Interactions per day between two days (inclusive), from the counts kept on write. */
export function dayTotals(store: Store, from: IsoDate, to: IsoDate): DayTotal[] {
  return store
    .sql("SELECT date, interactions AS count FROM interaction_days WHERE date >= ? AND date <= ? ORDER BY date")
    .all(from, to) as DayTotal[];
}

/** People met in person (not imported) in each window, by sector and circle; archived ones too: they were met. */
export function metCounts(store: Store, windows: Windows): MetCount[] {
  const rows = store
    .sql(
      `SELECT window, sector, circle, archived, count(*) AS count FROM (
         SELECT CASE WHEN met_on >= @cf AND met_on <= @ct THEN 'current' WHEN met_on >= @pf AND met_on <= @pt THEN 'previous' END AS window,
                sector, circle, archived_at IS NOT NULL AS archived
         FROM contacts WHERE source = 'added' AND met_on >= min(@cf, @pf) AND met_on <= max(@ct, @pt))
       WHERE window IS NOT NULL GROUP BY window, sector, circle, archived`,
    )
    .all({ cf: windows.current.from, ct: windows.current.to, pf: windows.previous.from, pt: windows.previous.to }) as (Omit<
    MetCount,
    "archived"
  > & { archived: number })[];
  return rows.map((r) => ({ ...r, archived: r.archived === 1 }));
}

/**
 * The people to re-contact, ranked in SQL so a large network costs a handful of rows: the `limit`
 * first of the lapsed (past their cadence, not yet dormant) and of the dormant ties that matter,
 * with everyone counted. It follows the pure code (src/domain/review.ts `recontact`): the start is
 * `nextDueOn`'s (last interaction; else, when met, or when imported), "dormant" is more than twice
 * the cadence, a tie matters with an intent or a close/active tier, and the order is the same.
 */
export function recontactCandidates(
  store: Store,
  today: IsoDate,
  cadences: Record<Tier, number>,
  limit: number,
): { people: PersonLine[]; counted: { lapsed: number; dormant: number; quiet: number } } {
  const threshold = (tier: Tier) => addDays(today, -cadences[tier]);
  const rows = store
    .sql(
      // Classed and ranked on what the contacts_keep_in_touch index holds (no row read); ties at the
      // limit are all kept (rank, not row_number), then the few candidates are read in full and
      // put in the final order, where the name breaks ties.
      `WITH c AS (
         SELECT id, tier, cadence_days, intent IS NULL AS no_intent,
                keep_in_touch_since AS since,
                coalesce(cadence_days, CASE tier WHEN 'close' THEN @cClose WHEN 'active' THEN @cActive WHEN 'network' THEN @cNetwork ELSE @cDormant END) AS cadence,
                CASE tier WHEN 'close' THEN 3 WHEN 'active' THEN 2 WHEN 'network' THEN 1 ELSE 0 END AS weight
         FROM contacts INDEXED BY contacts_keep_in_touch WHERE archived_at IS NULL),
       lapsed AS (
         SELECT c.*, julianday(@today) - julianday(since) AS days FROM c
         WHERE since <= CASE WHEN cadence_days IS NOT NULL THEN date(@today, '-' || cadence_days || ' days')
                             ELSE CASE tier WHEN 'close' THEN @close WHEN 'active' THEN @active WHEN 'network' THEN @network ELSE @dormant END END),
       classed AS (
         SELECT lapsed.*, CASE WHEN days <= 2 * cadence THEN 'lapsed'
                               WHEN no_intent = 0 OR tier IN ('close', 'active') THEN 'dormant' ELSE 'quiet' END AS class
         FROM lapsed),
       candidates AS (
         SELECT classed.*, count(*) OVER (PARTITION BY class) AS total,
                rank() OVER (PARTITION BY class ORDER BY
                  CASE WHEN class = 'dormant' THEN weight END DESC, CASE WHEN class = 'dormant' THEN no_intent = 0 END DESC,
                  days * 1.0 / cadence DESC, weight DESC) AS near
         FROM classed),
       ranked AS (
         SELECT k.id, k.class, k.total, p.slug, p.name, p.tier, p.cadence_days, p.intent, p.met_on, p.source, p.created_at, p.last_interaction_on, p.keep_in_touch_done_on,
                row_number() OVER (PARTITION BY k.class ORDER BY
                  CASE WHEN k.class = 'dormant' THEN k.weight END DESC, CASE WHEN k.class = 'dormant' THEN k.no_intent = 0 END DESC,
                  k.days * 1.0 / k.cadence DESC, k.weight DESC, p.name, k.id) AS rank
         FROM candidates k CROSS JOIN contacts p ON p.id = k.id
         WHERE k.near <= @limit)
       SELECT id, slug, name, tier, cadence_days AS cadenceDays, intent, met_on AS metOn, source, created_at AS createdAt,
              last_interaction_on AS lastInteractionOn, keep_in_touch_done_on AS keepInTouchDoneOn, class, total
       FROM ranked WHERE rank <= @limit AND (class <> 'quiet' OR rank = 1)`,
    )
    .all({
      today,
      limit,
      close: threshold("close"),
      active: threshold("active"),
      network: threshold("network"),
      dormant: threshold("dormant"),
      cClose: cadences.close,
      cActive: cadences.active,
      cNetwork: cadences.network,
      cDormant: cadences.dormant,
    }) as (Omit<PersonLine, "source"> & { source: string; class: "lapsed" | "dormant" | "quiet"; total: number })[];
  const counted = { lapsed: 0, dormant: 0, quiet: 0 };
  const people: PersonLine[] = [];
  for (const { class: kind, total, ...r } of rows) {
    counted[kind] = total;
    if (kind !== "quiet") people.push({ ...r, source: r.source === "imported" ? "imported" : "added" });
  }
  return { people, counted };
}

/** The last interaction of each of these people. */
export function lastGestures(store: Store, ids: readonly string[]): Map<string, LastGesture> {
  if (ids.length === 0) return new Map();
  const rows = store
    .sql(
      `SELECT c.id, i.date, i.kind, i.direction, i.note FROM contacts c JOIN interactions i ON i.id = c.last_interaction_id
       WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as (LastGesture & { id: string })[];
  return new Map(rows.map(({ id, ...last }) => [id, last]));
}

/** Active contacts counted by circle, sector, intent and tier (from the contacts_shape index, in its order). */
export function shapeCounts(store: Store): ShapeCount[] {
  return store
    .sql(
      `SELECT circle, sector, intent, tier, count(*) AS count FROM contacts INDEXED BY contacts_shape WHERE archived_at IS NULL
       GROUP BY circle, sector, intent, tier`,
    )
    .all() as ShapeCount[];
}

/** Records that the review of `period` was done on `today` (what nudge's quarterly-map rule looks for). */
export function recordReview(store: Store, period: Period, today: IsoDate, now: string = store.now()): string {
  const id = newId();
  store.transaction(() =>
    store
      .sql("INSERT INTO reviews (id, period, period_from, period_to, reviewed_on, created_at) VALUES (?, ?, ?, ?, ?, ?)")
      .run(id, period.label, period.from, period.to, today, now),
  );
  return id;
}

/** Reviews done for a period label, newest first. */
export function reviewsOf(store: Store, label: string): { id: string; reviewedOn: IsoDate }[] {
  return store
    .sql("SELECT id, reviewed_on AS reviewedOn FROM reviews WHERE period = ? ORDER BY reviewed_on DESC, created_at DESC")
    .all(label) as {
    id: string;
    reviewedOn: IsoDate;
  }[];
}
