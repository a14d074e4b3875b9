/**
 * What `net import` loads lazily: reading a file in any supported format, and planning.
 * Kept out of the daily commands' start-up (ical.js and the parsers load only here).
 */
import { detectFormat } from "./detect.js";
import { FormatError } from "./errors.js";
import { readGoogle } from "./google.js";
import { type JsonChecks, type NetExport, readJson } from "./json.js";
import { readLinkedIn } from "./linkedin.js";
import type { ImportedPerson, ImportFormat } from "./record.js";
import { decodeText, stripBom } from "./text.js";
import { readVCards } from "./vcard.js";

export { planImport, planJsonImport, SKIP_REASONS } from "./plan.js";
export { FormatError };

export type ReadResult = { format: "json"; doc: NetExport } | { format: Exclude<ImportFormat, "json">; people: ImportedPerson[] };

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  vcard: "vCard",
  linkedin: "LinkedIn connections",
  google: "Google Contacts CSV",
  json: "net export",
};

/**
 * Reads an export file. Unknown content gives `null` format (the caller asks for --format).
 * `checks`: what a net JSON export's values are checked against (today, the rules' parameters).
 */
export function readImport(bytes: Uint8Array, format?: ImportFormat, checks: JsonChecks = {}): ReadResult | { format: null } {
  const text = stripBom(decodeText(bytes));
  if (text.trim() === "") throw new FormatError("the file is empty", null);
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
