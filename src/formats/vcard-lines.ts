/**
 * The normalisation step in front of ical.js: it reads the content lines of a vCard file as
 * phones and mail apps write them (2.1, 3.0, 4.0) and rewrites each card as clean vCard 3.0/4.0
 * text a standard parser accepts:
 * - line endings (CRLF, LF, CR) and folded lines (continuations start with a space or tab);
 * - 2.1 quoted-printable values with `=` soft line breaks, decoded with their CHARSET;
 * - 2.1 bare parameters (`TEL;CELL:`, `;QUOTED-PRINTABLE`) turned into `TYPE=` / `ENCODING=`;
 * - escapes made consistent (`\;` outside structured values becomes a plain `;`, which ical.js
 *   would otherwise leave escaped);
 * - binary values (PHOTO, LOGO, SOUND, KEY) dropped: net does not keep them.
 * Every line keeps the number of the physical line it started on, for error messages.
 */
import { messages } from "../i18n/index.js";
import { FormatError } from "./errors.js";
import { MAX_FIELD_CHARS } from "./limits.js";

export interface Param {
  name: string;
  value: string;
}

export interface ContentLine {
  line: number;
  group: string | null;
  name: string;
  params: Param[];
  value: string;
}

export interface RawCard {
  line: number;
  version: string;
  lines: ContentLine[];
}

const ENCODINGS = new Set(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]);
const BINARY = new Set(["PHOTO", "LOGO", "SOUND", "KEY"]);
/** Properties whose value is split on `;` (structured) by the parser. */
const STRUCTURED = new Set(["N", "ADR", "ORG", "GENDER", "CLIENTPIDMAP"]);
/** Properties whose value is a comma-separated list; elsewhere a bare comma is part of the text. */
const LISTS = new Set(["CATEGORIES", "NICKNAME", "N", "ADR"]);

function isQuotedPrintable(head: string): boolean {
  return /;\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i.test(head);
}

/** The part of a raw line before the first `:` outside double quotes (name and parameters). */
function headOf(text: string): { head: string; value: string } | null {
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const quote = text.indexOf('"');
  if (quote < 0 || quote > colon) return { head: text.slice(0, colon), value: text.slice(colon + 1) };
  // A quoted parameter value may hold a colon: find the first one outside quotes.
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ":" && !quoted) return { head: text.slice(0, i), value: text.slice(i + 1) };
  }
  return null;
}

/** A binary value (a photo, a key, anything base64): dropped by normaliseCard, so never kept whole. */
function isBinary(head: string): boolean {
  const name = (head.split(";")[0] ?? "")
    .replace(/^[A-Za-z0-9-]+\./, "")
    .trim()
    .toUpperCase();
  return BINARY.has(name) || /;\s*(ENCODING\s*=\s*)?(BASE64|B)\s*(;|$)/i.test(head);
}

/**
 * Physical lines joined into logical ones: unfolding and quoted-printable soft breaks. A binary
 * value (PHOTO…) keeps only its name and parameters, however long it is; any other logical line
 * longer than MAX_FIELD_CHARS is an error naming the line it starts on.
 */
export function logicalLines(text: string): { line: number; text: string }[] {
  const physical = text.split(/\r\n|\n|\r/);
  const out: { line: number; text: string; qp: boolean; binary: boolean }[] = [];
  const check = (entry: { line: number; text: string }) => {
    if (entry.text.length > MAX_FIELD_CHARS)
      throw new FormatError(messages().transfer.propertyTooLong(messages().transfer.characters(MAX_FIELD_CHARS)), entry.line);
  };
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] as string;
    const last = out[out.length - 1];
    if (last?.qp && last.text.endsWith("=")) {
      // A quoted-printable soft break: the value goes on, whatever this line starts with.
      last.text = last.text.slice(0, -1) + raw.replace(/^[ \t]+/, "");
      check(last);
      continue;
    }
    if ((raw.startsWith(" ") || raw.startsWith("\t")) && last) {
      if (!last.binary) {
        last.text += raw.slice(1);
        check(last);
      }
      continue;
    }
    if (raw.trim() === "") continue;
    const head = raw.length > MAX_FIELD_CHARS ? (headOf(raw.slice(0, 10_000))?.head ?? "") : (headOf(raw)?.head ?? "");
    const binary = isBinary(head);
    const qp = !binary && /QUOTED-PRINTABLE/i.test(raw) && isQuotedPrintable(head);
    const entry = { line: i + 1, text: binary ? `${head}:` : raw, qp, binary };
    check(entry);
    out.push(entry);
  }
  return out.map(({ line, text }) => ({ line, text }));
}

function splitParams(head: string): string[] {
  if (!head.includes('"')) return head.split(";");
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;

/** One logical line as group, name, parameters and raw value. */
export function parseContentLine(line: number, text: string): ContentLine {
  const split = headOf(text);
  const parts = split ? splitParams(split.head) : [];
  const m = NAME.exec((parts[0] ?? "").trim());
  if (!split || !m) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    throw new FormatError(messages().transfer.expectedProperty(shown), line);
  }
  const params: Param[] = [];
  for (const part of parts.slice(1)) {
    const eq = part.indexOf("=");
    if (eq < 0) {
      // vCard 2.1's bare parameters: TEL;CELL;PREF: and ;QUOTED-PRINTABLE
      const bare = part.trim().toUpperCase();
      if (!bare) continue;
      params.push({ name: ENCODINGS.has(bare) ? "ENCODING" : "TYPE", value: bare });
    } else {
      params.push({
        name: part.slice(0, eq).trim().toUpperCase(),
        value: part
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, "$1"),
      });
    }
  }
  return { line, group: m[1] ?? null, name: (m[2] as string).toUpperCase(), params, value: split.value };
}

/** Splits a file into cards; text outside BEGIN:VCARD … END:VCARD and unclosed cards are errors. */
export function readCards(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let current: RawCard | null = null;
  for (const { line, text: raw } of logicalLines(text)) {
    const entry = parseContentLine(line, raw);
    const value = entry.name === "BEGIN" || entry.name === "END" ? entry.value.trim().toUpperCase() : "";
    if (entry.name === "BEGIN" && value === "VCARD") {
      if (current) throw new FormatError(messages().transfer.cardWithoutEnd(current.line), line);
      current = { line, version: "3.0", lines: [] };
      continue;
    }
    if (entry.name === "END" && value === "VCARD") {
      if (!current) throw new FormatError(messages().transfer.endWithoutBegin, line);
      cards.push(current);
      current = null;
      continue;
    }
    if (!current) throw new FormatError(messages().transfer.expectedBegin, line);
    if (entry.name === "VERSION") current.version = entry.value.trim();
    current.lines.push(entry);
  }
  if (current) throw new FormatError(messages().transfer.cardNeverEnds, current.line);
  return cards;
}

function decodeQuotedPrintable(value: string, charset: string, line: number): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === "=" && i === value.length - 1) {
      // A soft break at the very end of the value.
    } else {
      for (const b of new TextEncoder().encode(ch)) bytes.push(b);
    }
  }
  let decoder: { decode(bytes: Uint8Array): string };
  try {
    decoder = new TextDecoder(charset || "utf-8");
  } catch {
    throw new FormatError(messages().transfer.unknownCharset(charset), line);
  }
  return decoder.decode(new Uint8Array(bytes));
}

/**
 * Rewrites a raw vCard value with the escapes ical.js decodes: `\\`, `\,`, `\n`, and `\;` only in
 * structured values (elsewhere a plain `;`). Literal line breaks (from quoted-printable) become `\n`.
 * A bare comma outside list values is text (2.1 and many 3.0 writers don't escape it): it is escaped
 * so the parser doesn't split, say, a NOTE at its first comma.
 */
export function reescape(value: string, structured: boolean, list = true): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (ch === "\\") {
      const next = value[i + 1];
      i++;
      if (next === "\\") out += "\\\\";
      else if (next === ",") out += "\\,";
      else if (next === ";") out += structured ? "\\;" : ";";
      else if (next === "n" || next === "N") out += "\\n";
      else if (next === undefined) out += "\\\\";
      else out += `\\\\${next}`;
    } else if (ch === "\r") {
      if (value[i + 1] === "\n") i++;
      out += "\\n";
    } else if (ch === "\n") out += "\\n";
    else if (ch === "," && !list) out += "\\,";
    else out += ch;
  }
  return out;
}

function paramText(p: Param): string {
  return /[;:,"]/.test(p.value) ? `${p.name}="${p.value.replace(/"/g, "'")}"` : `${p.name}=${p.value}`;
}

/** A card rewritten as vCard text ical.js reads: 2.1 becomes 3.0, binaries dropped, values decoded. */
export function normaliseCard(card: RawCard): string {
  const v4 = card.version.startsWith("4");
  const out = ["BEGIN:VCARD", `VERSION:${v4 ? "4.0" : "3.0"}`];
  for (const entry of card.lines) {
    if (entry.name === "VERSION" || BINARY.has(entry.name) || entry.name === "AGENT") continue;
    const encoding = entry.params.find((p) => p.name === "ENCODING")?.value.toUpperCase() ?? "";
    if (encoding === "BASE64" || encoding === "B") continue;
    const charset = entry.params.find((p) => p.name === "CHARSET")?.value ?? "utf-8";
    let value = entry.value;
    if (encoding === "QUOTED-PRINTABLE") value = decodeQuotedPrintable(value, charset, entry.line);
    value = reescape(value, STRUCTURED.has(entry.name), LISTS.has(entry.name));
    const params = entry.params.filter((p) => p.name !== "ENCODING" && p.name !== "CHARSET" && p.name !== "VALUE");
    const head = [`${entry.group ? `${entry.group}.` : ""}${entry.name}`, ...params.map(paramText)].join(";");
    out.push(`${head}:${value}`);
  }
  out.push("END:VCARD");
  return out.join("\r\n");
}
