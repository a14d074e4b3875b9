import type { IsoDate } from "../domain/dates.js";
import type { Store } from "./store.js";

/**
 * What the rules reaching back years read (gratitude, rediscover): one person or a handful, from a
 * point in id order chosen by the rule (a cursor that moves with each occurrence), so each read is
 * an index range with a small LIMIT whatever the size of the network.
 */

/** Where to start reading, and what qualifies, as the rule decided it (see src/rules/gratitude.ts). */
export interface HelperDraw {
  /** The occurrence (e.g. `2026Q4`) and its due day. */
  occurrence: string;
  dueOn: IsoDate;
  /** Help or an intro received on or before this day counts. */
  helpedBy: IsoDate;
  /** Not thanked in (restFrom, dueOn]. */
  restFrom: IsoDate;
  /** Ids from this one (in text order, wrapping around), of this parity (last character's code % 2). */
  cursor: string;
  parity: number;
  today: IsoDate;
}

export interface Helper {
  occurrence: string;
  dueOn: IsoDate;
  person: { id: string; slug: string; name: string; tier: string; intent: string | null } | null;
  /** The latest help or intro they gave you by `helpedBy`. */
  help: { id: string; date: IsoDate; kind: string; note: string | null } | null;
  /** A thanks given to them since the due day (the occurrence is then done). */
  thankedOn: IsoDate | null;
}

const PERSON = "c.id, c.slug, c.name, c.tier, c.intent";

export function loadHelper(store: Store, draw: HelperDraw): Helper {
  const pick = store.sql(
    `SELECT h.contact_id AS id, h.interaction_id AS helpId FROM interaction_people h INDEXED BY interaction_people_helped
     WHERE h.kind IN ('help', 'intro') AND h.direction = 'received' AND h.p_active = 1
       AND h.contact_id >= :from AND h.contact_id < :to AND h.date <= :helpedBy AND unicode(substr(h.contact_id, -1)) % 2 = :parity
       AND NOT EXISTS (SELECT 1 FROM interaction_people a INDEXED BY interaction_people_answers
         WHERE a.kind IN ('thanks', 'congrats') AND a.contact_id = h.contact_id AND a.kind = 'thanks' AND a.direction <> 'received'
           AND a.date > :restFrom AND a.date <= :dueOn)
     ORDER BY h.contact_id, h.date DESC LIMIT 1`,
  );
  const range = { helpedBy: draw.helpedBy, parity: draw.parity, restFrom: draw.restFrom, dueOn: draw.dueOn };
  const row = (pick.get({ ...range, from: draw.cursor, to: "\uffff" }) ?? pick.get({ ...range, from: "", to: draw.cursor })) as
    | { id: string; helpId: string }
    | undefined;
  const none: Helper = { occurrence: draw.occurrence, dueOn: draw.dueOn, person: null, help: null, thankedOn: null };
  if (!row) return none;
  const person = store.sql(`SELECT ${PERSON} FROM contacts c WHERE c.id = ?`).get(row.id) as Helper["person"];
  const help = store.sql("SELECT id, date, kind, note FROM interactions WHERE id = ?").get(row.helpId) as Helper["help"];
  const thanked = store
    .sql(
      `SELECT max(date) AS date FROM interaction_people INDEXED BY interaction_people_answers
       WHERE kind IN ('thanks', 'congrats') AND contact_id = ? AND kind = 'thanks' AND direction <> 'received' AND date >= ? AND date <= ?`,
    )
    .get(row.id, draw.dueOn, draw.today) as { date: IsoDate | null };
  return { ...none, person: person ?? null, help: help ?? null, thankedOn: thanked.date };
}

/** Where rediscover reads from, as the rule decided it (see src/rules/rediscover.ts). */
export interface DormantDraw {
  occurrence: string;
  dueOn: IsoDate;
  /** Silent since this day or earlier. */
  silentBy: IsoDate;
  cursor: string;
  /** How many to read (the rule picks among them). */
  count: number;
}

export interface DormantTie {
  id: string;
  slug: string;
  name: string;
  tier: string;
  intent: string | null;
  sector: string | null;
  circle: string | null;
  source: string;
  silentSince: IsoDate;
  /** Whether anything was ever logged with them (else silentSince is when you met or connected). */
  logged: number;
}

export interface Dormant {
  occurrence: string;
  dueOn: IsoDate;
  ties: DormantTie[];
  /** The most common sector and circle among the people of your latest interactions (null when none). */
  usualSector: string | null;
  usualCircle: string | null;
}

/** How many of the latest interactions say what your usual sector and circle are (their people's). */
const USUAL_FROM = 100;

export function loadDormant(store: Store, draw: DormantDraw): Dormant {
  const read = store.sql(
    `SELECT c.id, c.slug, c.name, c.tier, c.intent, c.sector, c.circle, c.source,
       coalesce(c.last_interaction_on, c.met_on) AS silentSince, c.last_interaction_on IS NOT NULL AS logged
     FROM contacts c INDEXED BY contacts_silent
     WHERE c.archived_at IS NULL AND coalesce(c.last_interaction_on, c.met_on) IS NOT NULL
       AND c.id >= :from AND c.id < :to AND coalesce(c.last_interaction_on, c.met_on) <= :silentBy
     ORDER BY c.id LIMIT :count`,
  );
  let ties = read.all({ from: draw.cursor, to: "\uffff", silentBy: draw.silentBy, count: draw.count }) as DormantTie[];
  if (ties.length < draw.count)
    ties = ties.concat(read.all({ from: "", to: draw.cursor, silentBy: draw.silentBy, count: draw.count - ties.length }) as DormantTie[]);
  const usual = (column: "sector" | "circle") =>
    (
      store
        .sql(
          `SELECT c.${column} AS value, count(*) AS n FROM
             (SELECT id FROM interactions INDEXED BY interactions_date_kind ORDER BY date DESC LIMIT ${USUAL_FROM}) AS i
           JOIN interaction_people l ON l.interaction_id = i.id JOIN contacts c ON c.id = l.contact_id
           WHERE c.${column} IS NOT NULL GROUP BY lower(c.${column}) ORDER BY n DESC, lower(c.${column}) LIMIT 1`,
        )
        .get() as { value: string } | undefined
    )?.value ?? null;
  return {
    occurrence: draw.occurrence,
    dueOn: draw.dueOn,
    ties,
    usualSector: ties.length ? usual("sector") : null,
    usualCircle: ties.length ? usual("circle") : null,
  };
}
