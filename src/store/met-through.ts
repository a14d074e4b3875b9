import type { Store } from "./store.js";

/** A person as the "met through" lines and the Graphviz export name them. */
export interface NamedPerson {
  id: string;
  slug: string;
  name: string;
}

/** Who introduced you to this person, when recorded (archived introducers included). */
export function introducedBy(store: Store, contactId: string): NamedPerson | null {
  const row = store
    .sql("SELECT v.id, v.slug, v.name FROM contacts c JOIN contacts v ON v.id = c.met_through WHERE c.id = ?")
    .get(contactId) as NamedPerson | undefined;
  return row ?? null;
}

/** The people this person introduced you to, by name (from the met-through index). */
export function introducedTo(store: Store, contactId: string): NamedPerson[] {
  return store.sql("SELECT id, slug, name FROM contacts WHERE met_through = ? ORDER BY name_key, slug").all(contactId) as NamedPerson[];
}

/** Who met whom through whom: every recorded introducer, and the introductions you made. */
export interface IntroGraph {
  people: NamedPerson[];
  /** `person` was introduced to you by `via`. */
  metThrough: { person: string; via: string }[];
  /** You introduced these people to each other (an intro you logged as given), on `date`. */
  introsMade: { people: string[]; date: string }[];
}

export function introGraph(store: Store): IntroGraph {
  const metThrough = store
    .sql(
      `SELECT c.id AS person, c.met_through AS via FROM contacts c INDEXED BY contacts_met_through
       WHERE c.met_through IS NOT NULL ORDER BY c.met_through, c.id`,
    )
    .all() as { person: string; via: string }[];
  const links = store
    .sql(
      `SELECT ip.interaction_id AS id, ip.date, ip.contact_id FROM interaction_people ip
       WHERE ip.kind = 'intro' AND ip.direction <> 'received' ORDER BY ip.date, ip.interaction_id, ip.contact_id`,
    )
    .all() as { id: string; date: string; contact_id: string }[];
  const made = new Map<string, { people: string[]; date: string }>();
  for (const link of links) {
    const intro = made.get(link.id) ?? { people: [], date: link.date };
    intro.people.push(link.contact_id);
    made.set(link.id, intro);
  }
  const introsMade = [...made.values()].filter((i) => i.people.length >= 2);
  const ids = new Set<string>();
  for (const e of metThrough) ids.add(e.person).add(e.via);
  for (const i of introsMade) for (const id of i.people) ids.add(id);
  const people = (
    store
      .sql("SELECT id, slug, name FROM contacts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name_key, slug")
      .all(JSON.stringify([...ids])) as NamedPerson[]
  ).filter((p) => ids.has(p.id));
  return { people, metThrough, introsMade };
}
