import type { ContactFacts, Snapshot } from "./types.js";

export function subjectOf(contact: Pick<ContactFacts, "id" | "name" | "slug">) {
  return { id: contact.id, name: contact.name, slug: contact.slug };
}

/** Active people by id, for rules that start from interactions. */
export function contactsById(snapshot: Snapshot): Map<string, ContactFacts> {
  return new Map(snapshot.contacts.map((c) => [c.id, c]));
}
