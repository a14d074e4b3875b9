/** Whether to colour output: decided once, from the flag, NO_COLOR, TERM and whether stdout is a terminal. */
export function colourWanted(options: { flag: boolean; env: NodeJS.ProcessEnv; isTTY: boolean }): boolean {
  if (!options.flag) return false;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== "") return false;
  if (options.env.TERM === "dumb") return false;
  if (options.env.FORCE_COLOR && options.env.FORCE_COLOR !== "0") return true;
  return options.isTTY;
}

/** The few styles net prints with (chalk costs ~25 ms of start-up for what these six lines do). */
export interface Colours {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const style = (on: boolean, open: number, close: number) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);

/** Colours for output, or plain text when `on` is false (NO_COLOR, a pipe, --no-color, TERM=dumb). */
export function makeColours(on: boolean): Colours {
  return {
    bold: style(on, 1, 22),
    dim: style(on, 2, 22),
    red: style(on, 31, 39),
    yellow: style(on, 33, 39),
    green: style(on, 32, 39),
    cyan: style(on, 36, 39),
  };
}

// C0 and C1 control characters, DEL, and bidi overrides that could rewrite what the terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes user text safe to print: control characters (escape sequences, bells, carriage returns)
 * are shown as visible `\xNN` / `\u{NNNN}` instead of being obeyed by the terminal.
 * Newlines and tabs are kept unless `singleLine`, where they become spaces.
 */
export function safeText(text: string, singleLine = false): string {
  const cleaned = text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) as number;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
  return singleLine ? cleaned.replace(/[\n\t]+/g, " ") : cleaned;
}

// Built on first use: creating a segmenter costs ~15 ms, and most text never needs one.
let segmenterInstance: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  segmenterInstance ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return segmenterInstance;
}

/**
 * Printable ASCII and Latin letters without combining marks, and the punctuation, arrows, box
 * drawing and block elements net draws with (dashes, …, →, ▁▂▃): one column each. (Not U+25FD/U+25FE,
 * which are emoji, two columns.)
 */
const NARROW_ONLY = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25fc]*$/;

/** How many columns a piece of plain text takes in a terminal (wide CJK and emoji count two). */
export function displayWidth(text: string): number {
  // Most names and notes are one column per character: skip grapheme segmentation for them
  // (a 10,000-row list measures 70,000 cells).
  if (NARROW_ONLY.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter().segment(text)) {
    const code = segment.codePointAt(0) as number;
    if (/\p{M}/u.test(segment) && segment.length === 1) continue;
    width += isWide(code) || /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Cuts text to `width` columns, ending with … when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (NARROW_ONLY.test(text)) return `${text.slice(0, Math.max(0, width - 1))}…`;
  let out = "";
  let used = 0;
  for (const { segment } of segmenter().segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Paint a cell after it has been measured and padded. */
  paint?: (cell: string, row: T) => string;
  /** Minimum width this column keeps when the table must shrink. */
  min?: number;
}

/**
 * A plain table that fits `width` columns: the widest columns shrink first, cells are cut with …,
 * so a row never wraps.
 */
export function table<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  options: { width: number; header?: (s: string) => string },
): string {
  const cells = rows.map((row) => columns.map((c) => safeText(c.value(row), true)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] as string))));
  const gap = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  while (total() > options.width) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const min = columns[i]?.min ?? 6;
      if ((widths[i] as number) > min && (widest < 0 || (widths[i] as number) > (widths[widest] as number))) widest = i;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
  }
  const header = columns
    .map((c, i) => padEnd(truncate(c.header, widths[i] as number), widths[i] as number))
    .join(" ".repeat(gap))
    .trimEnd();
  const lines = [options.header ? options.header(header) : header];
  rows.forEach((row, r) => {
    const line = columns.map((c, i) => {
      const cell = padEnd(truncate(cells[r]?.[i] as string, widths[i] as number), widths[i] as number);
      return c.paint ? c.paint(cell, row) : cell;
    });
    lines.push(line.join(" ".repeat(gap)).replace(/\s+$/, ""));
  });
  return lines.join("\n");
}
