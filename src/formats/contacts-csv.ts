import { nextDueOn } from "../domain/contacts.js";
import { type Contact, cadenceOf, type Tier } from "../domain/model.js";
import { writeCsv } from "./csv.js";

export const CSV_COLUMNS = [
  "Name",
  "Slug",
  "Emails",
  "Phones",
  "Company",
  "Role",
  "Sector",
  "Circle",
  "Tier",
  "Cadence (days)",
  "Intent",
  "Met On", // i18n-ignore: the CSV file's column names
  "Met Where", // i18n-ignore: the CSV file's column names
  "Last Contact", // i18n-ignore: the CSV file's column names
  "Next Due", // i18n-ignore: the CSV file's column names
  "Tags",
  "Birthday",
  "Profile URL", // i18n-ignore: the CSV file's column names
  "Notes",
  "Id",
] as const;

/** One row per (active) contact, with when you were last in touch and when they are next due. */
export function writeContactsCsv(contacts: readonly Contact[], tierCadences: Record<Tier, number>): string {
  const rows = contacts.map((c) => [
    c.name,
    c.slug,
    c.emails.join("; "),
    c.phones.join("; "),
    c.company ?? "",
    c.role ?? "",
    c.sector ?? "",
    c.circle ?? "",
    c.tier,
    String(cadenceOf(c, tierCadences)),
    c.intent ?? "",
    c.metOn ?? "",
    c.metWhere ?? "",
    c.lastInteractionOn ?? "",
    c.archivedAt ? "" : nextDueOn(c, tierCadences),
    c.tags.join("; "),
    c.birthday ?? "",
    c.profileUrl ?? "",
    c.notes ?? "",
    c.id,
  ]);
  return writeCsv([[...CSV_COLUMNS], ...rows]);
}
