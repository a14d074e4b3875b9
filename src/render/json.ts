import { nextDueOn } from "../domain/contacts.js";
import type { Contact, Interaction, Tier } from "../domain/model.js";
import { cadenceOf } from "../domain/model.js";

/**
 * The JSON shapes net prints. They are a documented, stable contract (README, "JSON output"):
 * add fields, never rename or remove them.
 */
export function contactJson(contact: Contact, tierCadences: Record<Tier, number>) {
  return {
    id: contact.id,
    slug: contact.slug,
    name: contact.name,
    company: contact.company,
    role: contact.role,
    sector: contact.sector,
    circle: contact.circle,
    tier: contact.tier,
    cadenceDays: cadenceOf(contact, tierCadences),
    tags: contact.tags,
    lastInteractionOn: contact.lastInteractionOn,
    nextDueOn: contact.archivedAt ? null : nextDueOn(contact, tierCadences),
  };
}

/** The full profile, as `net show --json` prints it under `contact`. */
export function contactDetailJson(contact: Contact, tierCadences: Record<Tier, number>) {
  return {
    ...contactJson(contact, tierCadences),
    emails: contact.emails,
    phones: contact.phones,
    intent: contact.intent,
    metWhere: contact.metWhere,
    metOn: contact.metOn,
    notes: contact.notes,
    birthday: contact.birthday,
    milestones: contact.milestones,
    profileUrl: contact.profileUrl,
    source: contact.source,
    createdAt: contact.createdAt,
    archivedAt: contact.archivedAt,
  };
}

export function interactionJson(interaction: Interaction, nameOf: (id: string) => { id: string; slug: string; name: string } | undefined) {
  return {
    id: interaction.id,
    date: interaction.date,
    kind: interaction.kind,
    direction: interaction.direction,
    note: interaction.note,
    followUpOn: interaction.followUpOn,
    eventName: interaction.eventName,
    people: interaction.people.flatMap((id) => {
      const person = nameOf(id);
      return person ? [{ id: person.id, slug: person.slug, name: person.name }] : [];
    }),
  };
}
