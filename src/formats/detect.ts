import { parseCsv } from "./csv.js";
import { isGoogleHeader } from "./google.js";
import { looksLikeNetJson } from "./json.js";
import { findHeader, isLinkedInHeader } from "./linkedin.js";
import type { ImportFormat } from "./record.js";

/** The first lines of a file (at most 64 KB of them), enough to recognise a header after a preamble. */
function head(text: string, lines = 40, chars = 65_536): string {
  let at = 0;
  for (let n = 0; n < lines; n++) {
    const next = text.indexOf("\n", at);
    if (next < 0 || next >= chars) return text.slice(0, chars);
    at = next + 1;
  }
  return text.slice(0, at);
}

/**
 * What kind of export a text is, from its content: a vCard's BEGIN:VCARD, LinkedIn's header
 * (possibly after its `Notes:` preamble), Google's headers, a net JSON export. Null when unknown.
 */
export function detectFormat(text: string): ImportFormat | null {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (/^BEGIN:VCARD\s*(\r?\n|\r|$)/i.test(start)) return "vcard";
  if (looksLikeNetJson(start)) return "json";
  // The head may cut a quoted field short: that is fine for finding a header.
  const records = parseCsv(head(start), { partial: true });
  if (findHeader(records, isLinkedInHeader) >= 0) return "linkedin";
  if (findHeader(records, isGoogleHeader) >= 0) return "google";
  return null;
}
