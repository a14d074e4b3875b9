import { Chalk, type ColorSupportLevel, supportsColor } from "chalk";
import { eastAsianWidth } from "get-east-asian-width";
import { largest } from "../domain/lists.js";

/** Whether to colour output: decided once, from the flag, NO_COLOR, TERM and whether stdout is a terminal. */
export function colourWanted(options: { flag: boolean; env: NodeJS.ProcessEnv; isTTY: boolean }): boolean {
  if (!options.flag) return false;
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== "") return false;
  if (options.env.TERM === "dumb") return false;
  if (options.env.FORCE_COLOR && options.env.FORCE_COLOR !== "0") return true;
  return options.isTTY;
}

/** The few styles net prints with (a chalk instance has them all; callers need only these). */
export interface Colours {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

/**
 * Colours for output, or plain text when `on` is false (NO_COLOR, a pipe, --no-color, TERM=dumb).
 * Whether to colour is net's decision (`colourWanted`); chalk's own detection only says how many
 * colours the terminal has once colour is wanted (at least the 16 basic ones net uses).
 */
export function makeColours(on: boolean): Colours {
  return new Chalk({ level: on ? (Math.max(1, supportsColor ? supportsColor.level : 0) as ColorSupportLevel) : 0 });
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

// Widths come from get-east-asian-width's tables: 5 KB bundled, no Intl.Segmenter (string-width
// builds one on import: +55 ms on every `net nudge`). Measured in a fresh process, 80 runs each:
// requiring it costs nothing above the noise (<1 ms). Clusters (combining marks, ZWJ emoji, flags)
// are joined by the few rules below instead of a segmenter.

/** Printable ASCII and Latin letters, and the punctuation, arrows, box drawing and block elements net
 * draws with (dashes, …, →, ▁▂▃): one column each, no clusters. (Not U+25FD/U+25FE, which are emoji.) */
const NARROW_ONLY = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25fc]*$/;

// Colour codes net writes (SGR): no width. User text never carries raw ones (safeText shows them).
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const SGR = /\u001b\[[0-9;]*m/g;

// Code points that join the one before them into one cluster: marks, ZWJ, variation selectors,
// emoji skin tones, tag characters (subdivision flags), Hangul vowels and finals.
const MARK = /^\p{M}$/u;
function joins(code: number, ch: string): boolean {
  return (
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0xe0100 && code <= 0xe01ef) ||
    (code >= 0x1160 && code <= 0x11ff) ||
    MARK.test(ch)
  );
}
// No width of their own: format characters (zero-width space, joiners, BOM, bidi marks).
const INVISIBLE = /^\p{Cf}$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const isRegionalIndicator = (code: number) => code >= 0x1f1e6 && code <= 0x1f1ff;

/**
 * Splits text into what a terminal draws as one unit (a character with its marks, a ZWJ emoji, a
 * flag), with its width in columns; a colour code is a unit of width 0. Calls `each` in order.
 */
function clusters(text: string, each: (cluster: string, width: number) => void): void {
  let cluster = "";
  let width = 0;
  let joinNext = false;
  let regional = false;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x1b) {
      SGR.lastIndex = i;
      const m = SGR.exec(text);
      if (m && m.index === i) {
        if (cluster) each(cluster, width);
        each(m[0], 0);
        cluster = "";
        width = 0;
        joinNext = false;
        regional = false;
        i += m[0].length;
        continue;
      }
    }
    const code = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(code);
    i += ch.length;
    if (cluster && (joinNext || joins(code, ch) || (regional && isRegionalIndicator(code)))) {
      cluster += ch;
      // An emoji presentation selector makes a text-style pictograph (❤) two columns wide.
      if (code === 0xfe0f && width === 1 && PICTOGRAPH.test(String.fromCodePoint(cluster.codePointAt(0) as number))) width = 2;
      if (isRegionalIndicator(code)) width = 2;
      joinNext = code === 0x200d;
      regional = false;
      continue;
    }
    if (cluster) each(cluster, width);
    cluster = ch;
    width = codeWidth(code, ch);
    joinNext = false;
    regional = isRegionalIndicator(code);
  }
  if (cluster) each(cluster, width);
}

function codeWidth(code: number, ch: string): number {
  if (code < 0x300) return 1;
  if (joins(code, ch) || INVISIBLE.test(ch)) return 0;
  return isRegionalIndicator(code) ? 2 : eastAsianWidth(code);
}

/** How many columns text takes in a terminal: wide CJK and emoji count two, marks none, colour codes none. */
export function displayWidth(text: string): number {
  // Most names and notes are one column per character (a 10,000-row list measures 70,000 cells).
  if (NARROW_ONLY.test(text)) return text.length;
  let total = 0;
  clusters(text, (_, width) => {
    total += width;
  });
  return total;
}

/** Cuts text to `width` columns, ending with … when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (NARROW_ONLY.test(text)) return `${text.slice(0, Math.max(0, width - 1))}…`;
  let out = "";
  let used = 0;
  let full = false;
  clusters(text, (cluster, w) => {
    if (full || used + w > width - 1) {
      full = true;
      return;
    }
    out += cluster;
    used += w;
  });
  return `${out}…`;
}

export interface WrapOptions {
  /** Starts the first line (counted in the width). */
  first?: string;
  /** Starts every other line: an indent (defaults to `first`'s width in spaces). */
  rest?: string;
  /** Paints each line's text, not its `first`/`rest`. */
  paint?: (text: string) => string;
}

/**
 * Word-wraps text to `width` display columns. Lines break at spaces; a word wider than a line (a
 * URL, or Japanese and Chinese, written without spaces) is broken between characters. Newlines in
 * the text start new lines. Colour codes count zero. Returns the lines.
 */
export function wrapLines(text: string, width: number, options: WrapOptions = {}): string[] {
  const first = options.first ?? "";
  const rest = options.rest ?? " ".repeat(displayWidth(first));
  const paint = options.paint ?? ((t: string) => t);
  const restWidth = displayWidth(rest);
  const lines: string[] = [];
  let prefix = first;
  let body = "";
  let used = displayWidth(first);
  const newLine = () => {
    lines.push(prefix + (body ? paint(body) : ""));
    prefix = rest;
    body = "";
    used = restWidth;
  };
  text.split("\n").forEach((paragraph, p) => {
    if (p > 0) newLine();
    // Words and the spaces between them, kept as written (a line break takes the spaces' place);
    // spaces that start a paragraph indent it.
    const parts = paragraph.split(/( +)/);
    for (let i = 0; i < parts.length; i += 2) {
      const word = parts[i] as string;
      if (!word) continue;
      const lead = body || i === 2 ? ((parts[i - 1] as string | undefined) ?? "") : "";
      const w = displayWidth(word);
      const gap = lead.length;
      if (used + gap + w <= width) {
        body += lead + word;
        used += gap + w;
        continue;
      }
      if (body && restWidth + w <= width) {
        newLine();
        body = word;
        used += w;
        continue;
      }
      // Wider than a whole line: fill this one, then go on between characters.
      if (body) {
        if (used + gap < width) {
          body += lead;
          used += gap;
        } else newLine();
      }
      clusters(word, (cluster, cw) => {
        if (body && used + cw > width) newLine();
        body += cluster;
        used += cw;
      });
    }
  });
  lines.push(prefix + (body ? paint(body) : ""));
  return lines.map((line) => line.trimEnd());
}

/** The width to lay text out in: the terminal's, else $COLUMNS, else 80 (a pipe, a file). */
export function outputWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  if (columns && columns > 0) return columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
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
  /** Names and slugs: cut only once every other column is at its minimum. */
  keep?: boolean;
  /** Left out (1 first, then 2…) when that lets the `keep` columns show whole. */
  drop?: number;
}

const GAP = 2;

/**
 * The widths of `columns` in `width`: the widest of the other columns shrink first, down to their
 * minimum, then the `keep` ones. Says whether a `keep` column had to shrink, and whether it all fits.
 */
function fitWidths<T>(
  columns: readonly Column<T>[],
  natural: readonly number[],
  width: number,
): { widths: number[]; keepCut: boolean; fits: boolean } {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) - width;
  let keepCut = false;
  for (const keep of [false, true]) {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (Boolean(columns[i]?.keep) !== keep) continue;
        if ((widths[i] as number) > (columns[i]?.min ?? 6) && (widest < 0 || (widths[i] as number) > (widths[widest] as number)))
          widest = i;
      }
      if (widest < 0) break;
      widths[widest] = (widths[widest] as number) - 1;
      excess--;
      if (keep) keepCut = true;
    }
  }
  return { widths, keepCut, fits: excess <= 0 };
}

/**
 * A plain table that fits `width` columns, so a row never wraps: other columns shrink before names
 * (`keep`), and are left out (`drop`) when that keeps names whole; cells are cut with ….
 */
export function table<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  options: { width: number; header?: (s: string) => string },
): string {
  const allCells = rows.map((row) => columns.map((c) => safeText(c.value(row), true)));
  const natural = columns.map((c, i) =>
    largest(
      allCells.map((r) => displayWidth(r[i] as string)),
      displayWidth(c.header),
    ),
  );
  // Leave out the fewest droppable columns that keep the `keep` ones whole; failing that, the
  // fewest that let the table fit at all; failing that, all of them.
  const dropOrder = [...new Set(columns.flatMap((c) => (c.drop === undefined ? [] : [c.drop])))].sort((a, b) => a - b);
  const tries = dropOrder.map((_, n) => {
    const dropped = new Set(dropOrder.slice(0, n + 1));
    return columns.flatMap((c, i) => (c.drop !== undefined && dropped.has(c.drop) ? [] : [i]));
  });
  const fits = [columns.map((_, i) => i), ...tries].map((shown) => ({
    shown,
    ...fitWidths(
      shown.map((i) => columns[i] as Column<T>),
      shown.map((i) => natural[i] as number),
      options.width,
    ),
  }));
  const chosen = fits.find((f) => !f.keepCut) ?? fits.find((f) => f.fits) ?? (fits[fits.length - 1] as (typeof fits)[number]);
  const { shown, widths } = chosen;
  const cols = shown.map((i) => columns[i] as Column<T>);
  const gap = " ".repeat(GAP);
  const header = cols
    .map((c, i) => padEnd(truncate(c.header, widths[i] as number), widths[i] as number))
    .join(gap)
    .trimEnd();
  const lines = [options.header ? options.header(header) : header];
  rows.forEach((row, r) => {
    const line = cols.map((c, i) => {
      const cell = padEnd(truncate(allCells[r]?.[shown[i] as number] as string, widths[i] as number), widths[i] as number);
      return c.paint ? c.paint(cell, row) : cell;
    });
    // trimEnd, not /\s+$/: that regex retries from every space of a padded row, quadratic in its length.
    lines.push(line.join(gap).trimEnd());
  });
  return lines.join("\n");
}
