import { messages } from "../i18n/index.js";
import { FormatError } from "./errors.js";
import { MAX_FIELD_CHARS, MAX_RECORD_CHARS } from "./limits.js";

// Built outside parseCsv, taking the line as an argument: a closure over the parser's loop
// variables would move them out of registers and slow every character down (measured: +40%).
function fieldTooLong(line: number): FormatError {
  const text = messages().transfer;
  return new FormatError(text.fieldTooLong(text.characters(MAX_FIELD_CHARS)), line);
}

function rowTooLong(line: number): FormatError {
  const text = messages().transfer;
  return new FormatError(text.rowTooLong(text.characters(MAX_RECORD_CHARS)), line);
}

/** One CSV record with the physical line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * Reads RFC 4180 CSV as spreadsheets and LinkedIn/Google write it: quoted fields with doubled
 * quotes and line breaks inside, CRLF, LF or CR line endings. Lenient about stray quotes inside
 * unquoted fields; a quoted field still open at the end of the file is an error (a truncated file).
 * A field longer than MAX_FIELD_CHARS or a record longer than MAX_RECORD_CHARS is an error naming
 * the line it starts on, found as it is read (a 150 MB single-line file fails at its first megabyte).
 */
export function parseCsv(text: string, options: { partial?: boolean } = {}): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  let quoted = false;
  let quoteLine = 0;
  let atCellStart = true;
  let recordStart = 0;

  const endRecord = () => {
    cells.push(cell);
    records.push({ cells, line: recordLine });
    cells = [];
    cell = "";
    atCellStart = true;
  };

  while (i < n) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === "\r" || ch === "\n") {
        // A line break inside a quoted field is part of the value (normalised to \n).
        cell += "\n";
        i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        if (cell.length > MAX_FIELD_CHARS) throw fieldTooLong(quoteLine);
        continue;
      }
      cell += ch;
      i++;
      if (cell.length > MAX_FIELD_CHARS) throw fieldTooLong(quoteLine);
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      quoteLine = line;
      atCellStart = false;
      i++;
      continue;
    }
    if (ch === ",") {
      if (i - recordStart > MAX_RECORD_CHARS) throw rowTooLong(recordLine);
      cells.push(cell);
      cell = "";
      atCellStart = true;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      if (i - recordStart > MAX_RECORD_CHARS) throw rowTooLong(recordLine);
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      recordStart = i;
      continue;
    }
    cell += ch;
    atCellStart = false;
    i++;
    if (cell.length > MAX_FIELD_CHARS) throw fieldTooLong(line);
  }
  if (i - recordStart > MAX_RECORD_CHARS) throw rowTooLong(recordLine);
  if (quoted && !options.partial) throw new FormatError(messages().transfer.quoteNeverCloses, quoteLine);
  if (cell !== "" || cells.length > 0 || quoted) endRecord();
  return records;
}

/** True for a record that is a blank line. */
export function isBlank(record: CsvRecord): boolean {
  return record.cells.every((c) => c.trim() === "");
}

/**
 * A cell as a spreadsheet will read it safely: text starting with = + - @ (or a tab or carriage
 * return) would run as a formula, so it gets a leading apostrophe (OWASP's advice).
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text (CRLF), every cell neutralised against formula injection. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => quoteCell(neutraliseCell(cell))).join(",")).join("\r\n") + (rows.length ? "\r\n" : "");
}

/** Header lookup by column name, trimmed and case-insensitive. */
export function columnIndex(header: readonly string[]): (name: string) => number {
  const map = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!map.has(key)) map.set(key, i);
  });
  return (name) => map.get(name.toLowerCase()) ?? -1;
}
