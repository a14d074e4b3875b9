/**
 * What `net import` loads lazily: reading a file in any supported format, and planning.
 * Kept out of the daily commands' start-up (ical.js and the parsers load only here).
 */
import { messages } from "../i18n/index.js";
import { detectFormat } from "./detect.js";
import { FormatError } from "./errors.js";
import { readGoogle } from "./google.js";
import { type JsonChecks, type NetExport, readJson } from "./json.js";
import { readLinkedIn } from "./linkedin.js";
import type { ImportedPerson, ImportFormat } from "./record.js";
import { decodeText, stripBom } from "./text.js";
import { readVCards } from "./vcard.js";

export { planImport, planJsonImport } from "./plan.js";
export { FormatError };

export type ReadResult = { format: "json"; doc: NetExport } | { format: Exclude<ImportFormat, "json">; people: ImportedPerson[] };

/** The formats' names in `net import --json` (the same in every language; the report says them in the language spoken). */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  vcard: "vCard",
  linkedin: "LinkedIn connections", // i18n-ignore: a --json value
  google: "Google Contacts CSV", // i18n-ignore: a --json value
  json: "net export", // i18n-ignore: a --json value
};

/**
 * Reads an export file. Unknown content gives `null` format (the caller asks for --format).
 * `checks`: what a net JSON export's values are checked against (today, the rules' parameters).
 */
export function readImport(bytes: Uint8Array, format?: ImportFormat, checks: JsonChecks = {}): ReadResult | { format: null } {
  const text = stripBom(decodeText(bytes));
  if (text.trim() === "") throw new FormatError(messages().transfer.emptyFile, null);
  const kind = format ?? detectFormat(text);
  switch (kind) {
    case "vcard":
      return { format: kind, people: readVCards(text) };
    case "linkedin":
      return { format: kind, people: readLinkedIn(text) };
    case "google":
      return { format: kind, people: readGoogle(text) };
    case "json":
      return { format: kind, doc: readJson(text, checks) };
    default:
      return { format: null };
  }
}
