import { messages } from "../i18n/index.js";
import { FormatError } from "./errors.js";

/** 1-based line holding byte `offset` (counts LF; a lone CR also ends a line). */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 without a byte-order mark (a NUL in
 * every other byte: the high bytes of Latin text), else null. Judged on the first 4 KB.
 */
export function looksLikeUtf16(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  // Mostly ASCII text: at least 60% of one side zero, almost none of the other.
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return "UTF-16LE";
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return "UTF-16BE";
  return null;
}

/**
 * The text of an export file: UTF-8 (with or without a BOM) or UTF-16 with a BOM.
 * Binary data (NUL bytes) and bytes that are not UTF-8 fail with the line where they appear.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const utf16 = looksLikeUtf16(body);
    if (utf16) throw new FormatError(messages().transfer.utf16WithoutBom(utf16), null, messages().transfer.utf16WithoutBomHint(utf16));
  }
  const bad = firstInvalidUtf8(body);
  // Report the first place reading goes wrong; a NUL anywhere means the file is binary.
  const at = [nul, bad].filter((n) => n >= 0).sort((a, b) => a - b)[0];
  if (at !== undefined) throw new FormatError(nul >= 0 ? messages().transfer.binary : messages().transfer.notUtf8, lineAtByte(body, at));
  return new TextDecoder("utf-8").decode(body);
}

/** Drops a leading byte-order mark left in an already decoded string. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
