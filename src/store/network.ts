import type { Contact } from "../domain/model.js";
import type { Store } from "./store.js";

/** A person as the HTML map's rings show them. */
export type NetworkPerson = Pick<
  Contact,
  | "id"
  | "slug"
  | "name"
  | "tier"
  | "sector"
  | "circle"
  | "company"
  | "cadenceDays"
  | "source"
  | "createdAt"
  | "metOn"
  | "lastInteractionOn"
  | "keepInTouchDoneOn"
> & { lastKind: string | null; lastDirection: string | null };

/**
 * Every active person with what places and marks their dot (tier, sector, circle, when next due)
 * and their last gesture: one plain read, for `net map --html` only (the text map never needs everyone).
 */
export function networkPeople(store: Store): NetworkPerson[] {
  return store
    .sql(
      `SELECT c.id, c.slug, c.name, c.tier, c.sector, c.circle, c.company, c.cadence_days AS cadenceDays, c.source,
         c.created_at AS createdAt, c.met_on AS metOn, c.last_interaction_on AS lastInteractionOn,
         c.keep_in_touch_done_on AS keepInTouchDoneOn, i.kind AS lastKind, i.direction AS lastDirection
       FROM contacts c LEFT JOIN interactions i ON i.id = c.last_interaction_id
       WHERE c.archived_at IS NULL ORDER BY c.name_key, c.slug`,
    )
    .all() as NetworkPerson[];
}
