/**
 * The sizes net reads, so that a wrong or hostile file fails at once with the line at fault
 * instead of filling memory (a 150 MB single-line CSV took 4.4 GB, then V8 aborted). Generous for
 * real exports: a 30,000-row LinkedIn file is about 3 MB, a phone's 5,000 cards with photos tens
 * of MB (photos are dropped as they are read and don't count against the line limit).
 * README "Import and export" documents them.
 */

/** The largest import file, checked before it is read (and while standard input is read). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The longest value of one field: a CSV cell, a vCard property (photos aside), a JSON string. */
export const MAX_FIELD_CHARS = 1_000_000;
/** The longest CSV record (one row, line breaks inside quoted cells included). */
export const MAX_RECORD_CHARS = 4_000_000;

/** "256 MB", "1,000,000 characters": the limits as messages say them. */
export const FILE_LIMIT_TEXT = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
export const FIELD_LIMIT_TEXT = `${grouped(MAX_FIELD_CHARS)} characters`;
export const RECORD_LIMIT_TEXT = `${grouped(MAX_RECORD_CHARS)} characters`;

/**
 * 1000000 → "1,000,000". Not toLocaleString: these run when the bundle loads, on every command,
 * and the first number formatting sets up ICU (~10 ms measured here with --cpu-prof).
 */
function grouped(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? "," : "") + digits[i];
  return out;
}
