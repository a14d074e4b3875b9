import { messages } from "../i18n/index.js";
import { type CsvRecord, columnIndex, isBlank, parseCsv } from "./csv.js";
import { FormatError } from "./errors.js";
import { cleanEmail, emptyPerson, type ImportedPerson, joinName, readConnectedOn, textOrNull } from "./record.js";

const REQUIRED = ["first name", "last name", "connected on"]; // i18n-ignore: LinkedIn's column names

/** Whether a CSV record is LinkedIn's `Connections.csv` header row. */
export function isLinkedInHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map((c) => c.trim().toLowerCase()));
  return REQUIRED.every((r) => names.has(r));
}

/** Where the header row is: after LinkedIn's `Notes:` preamble, if any. */
export function findHeader(records: readonly CsvRecord[], test: (cells: readonly string[]) => boolean, within = 20): number {
  for (let i = 0; i < records.length && i < within; i++) if (test((records[i] as CsvRecord).cells)) return i;
  return -1;
}

/**
 * LinkedIn's `Connections.csv`: a `Notes:` preamble, a blank line, then
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On` (older exports lack URL).
 * Columns are found by name, so their order does not matter.
 */
export function readLinkedIn(text: string): ImportedPerson[] {
  const records = parseCsv(text);
  const at = findHeader(records, isLinkedInHeader);
  if (at < 0) throw new FormatError(messages().transfer.noLinkedInHeader, records[0]?.line ?? 1);
  const col = columnIndex((records[at] as CsvRecord).cells);
  const [first, last, url, email, company, position, connected] = [
    "First Name", // i18n-ignore: LinkedIn's column names
    "Last Name", // i18n-ignore: LinkedIn's column names
    "URL",
    "Email Address", // i18n-ignore: LinkedIn's column names
    "Company",
    "Position",
    "Connected On", // i18n-ignore: LinkedIn's column names
  ].map(col) as number[];
  const cell = (r: CsvRecord, i: number | undefined) => (i === undefined || i < 0 ? "" : (r.cells[i] ?? "").trim());

  const people: ImportedPerson[] = [];
  for (const record of records.slice(at + 1)) {
    if (isBlank(record)) continue;
    const person = emptyPerson(record.line);
    person.name = joinName(cell(record, first), cell(record, last));
    const mail = cleanEmail(cell(record, email));
    if (mail) person.emails = [mail];
    person.company = textOrNull(cell(record, company));
    person.role = textOrNull(cell(record, position));
    person.profileUrl = textOrNull(cell(record, url));
    person.metOn = readConnectedOn(cell(record, connected));
    people.push(person);
  }
  return people;
}
