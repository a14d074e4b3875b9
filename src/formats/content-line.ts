/**
 * Writing the content lines vCard and iCalendar share: text escaping and folding at 75 octets
 * (never inside a UTF-8 sequence), CRLF line endings.
 */

/** Escapes a text value: backslash, comma, newline, and semicolon (always safe to escape). */
export function escapeText(value: string): string {
  return value.replace(/\r\n|\r|\n|[\\;,]/g, (ch) => (ch === "\\" ? "\\\\" : ch === ";" ? "\\;" : ch === "," ? "\\," : "\\n"));
}

const encoder = new TextEncoder();

/** Folds a line so no physical line is longer than 75 octets; continuations start with a space. */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** `NAME;PARAMS:value`, folded. The value must already be escaped. */
export function contentLine(head: string, value: string): string {
  return fold(`${head}:${value}`);
}

export function joinContentLines(lines: readonly string[]): string {
  return lines.length ? `${lines.join("\r\n")}\r\n` : "";
}
