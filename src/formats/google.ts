import { messages } from "../i18n/index.js";
import { type CsvRecord, columnIndex, isBlank, parseCsv } from "./csv.js";
import { FormatError } from "./errors.js";
import { findHeader } from "./linkedin.js";
import { cleanEmail, emptyPerson, type ImportedPerson, isProfileUrl, joinName, readDay, textOrNull } from "./record.js";

/** Google Contacts' current header (`First Name,Middle Name,Last Name,…,Labels,E-mail 1 - Value,…`). */
function isCurrentHeader(names: Set<string>): boolean {
  return (
    names.has("first name") && // i18n-ignore: Google's column names
    names.has("last name") && // i18n-ignore: Google's column names
    !names.has("connected on") && // i18n-ignore: Google's column names
    ["labels", "file as", "e-mail 1 - value", "organization name", "phonetic first name", "phone 1 - value"].some((n) => names.has(n)) // i18n-ignore: Google's column names
  );
}

/** The older layout (`Name,Given Name,Additional Name,Family Name,…,Group Membership,E-mail 1 - Type,…`). */
function isLegacyHeader(names: Set<string>): boolean {
  return names.has("name") && names.has("given name") && names.has("family name"); // i18n-ignore: Google's column names
}

export function isGoogleHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map((c) => c.trim().toLowerCase()));
  return isCurrentHeader(names) || isLegacyHeader(names);
}

/** Google's multi-value separator: `a@x.org ::: b@y.org`. */
export function splitMulti(value: string): string[] {
  return value
    .split(" ::: ")
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Labels as tags: system labels (`* myContacts`, `* starred`) are dropped. */
export function labelsToTags(value: string): string[] {
  return splitMulti(value).filter((label) => !label.startsWith("*") && !/^(mycontacts|starred|my contacts)$/i.test(label));
}

/** Numbered column groups present in the header: `E-mail 1 - Value`, `E-mail 2 - Value`, … */
function numbered(header: readonly string[], prefix: string, suffix: string): { n: number; value: number; label: number }[] {
  const col = columnIndex(header);
  const out: { n: number; value: number; label: number }[] = [];
  header.forEach((h, i) => {
    const m = new RegExp(`^${prefix} (\\d+) - ${suffix}$`, "i").exec(h.trim());
    if (m) {
      const n = Number(m[1]);
      const label = Math.max(col(`${prefix} ${n} - Label`), col(`${prefix} ${n} - Type`));
      out.push({ n, value: i, label });
    }
  });
  return out.sort((a, b) => a.n - b.n);
}

/**
 * A Google Contacts CSV export, current or legacy layout. Multi-value cells (` ::: `) are split,
 * labels become tags, an `Anniversary` event becomes a milestone, a LinkedIn website the profile URL.
 */
export function readGoogle(text: string): ImportedPerson[] {
  const records = parseCsv(text);
  const at = findHeader(records, isGoogleHeader);
  if (at < 0) throw new FormatError(messages().transfer.noGoogleHeader, records[0]?.line ?? 1);
  const header = (records[at] as CsvRecord).cells;
  const col = columnIndex(header);
  const get = (r: CsvRecord, ...names: string[]) => {
    for (const name of names) {
      const i = col(name);
      const v = i >= 0 ? (r.cells[i] ?? "").trim() : "";
      if (v) return v;
    }
    return "";
  };
  const emails = numbered(header, "E-mail", "Value");
  const phones = numbered(header, "Phone", "Value");
  const websites = numbered(header, "Website", "Value");
  const events = numbered(header, "Event", "Value");
  const orgNames = numbered(header, "Organization", "Name");
  const orgTitles = numbered(header, "Organization", "Title");

  const people: ImportedPerson[] = [];
  for (const record of records.slice(at + 1)) {
    if (isBlank(record)) continue;
    const cell = (i: number) => (i >= 0 ? (record.cells[i] ?? "").trim() : "");
    const person = emptyPerson(record.line);
    const company = get(record, "Organization Name") || cell(orgNames[0]?.value ?? -1); // i18n-ignore: Google's column names
    person.name =
      joinName(
        get(record, "First Name", "Given Name"), // i18n-ignore: Google's column names
        get(record, "Middle Name", "Additional Name"), // i18n-ignore: Google's column names
        get(record, "Last Name", "Family Name"), // i18n-ignore: Google's column names
      ) ||
      get(record, "Name", "File As", "Nickname") || // i18n-ignore: Google's column names
      company;
    person.emails = emails.flatMap((e) => splitMulti(cell(e.value))).map(cleanEmail);
    person.phones = phones.flatMap((p) => splitMulti(cell(p.value)));
    if (!person.name) person.name = person.emails[0] ?? "";
    person.company = textOrNull(splitMulti(company)[0]);
    person.role = textOrNull(splitMulti(get(record, "Organization Title") || cell(orgTitles[0]?.value ?? -1))[0]); // i18n-ignore: Google's column names
    person.notes = textOrNull(get(record, "Notes"));
    person.birthday = readDay(get(record, "Birthday"));
    person.tags = labelsToTags(get(record, "Labels", "Group Membership")); // i18n-ignore: Google's column names
    const urls = websites.flatMap((w) => splitMulti(cell(w.value)));
    person.profileUrl = urls.find(isProfileUrl) ?? null;
    for (const event of events) {
      const labels = splitMulti(cell(event.label));
      splitMulti(cell(event.value)).forEach((value, k) => {
        const date = readDay(value);
        const label = (labels[k] ?? labels[0] ?? "").trim() || "date";
        if (date) person.milestones.push({ label: label.toLowerCase() === "anniversary" ? "anniversary" : label, date });
      });
    }
    people.push(person);
  }
  return people;
}
