import { daysBetween, type IsoDate } from "../domain/dates.js";

/** "today", "yesterday", "41 days ago". */
export function agoPhrase(day: IsoDate, today: IsoDate): string {
  const days = daysBetween(day, today);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}

/** A short quote of a note, for a one-line message. */
export function quoteNote(note: string | null | undefined, max = 48): string {
  if (!note) return "";
  const oneLine = note.replace(/\s+/g, " ").trim();
  if (!oneLine) return "";
  return ` ("${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}")`;
}

/** "Ada", from "Ada Lovelace": messages speak of people by first name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

/** A stable small number from a text, to rotate suggestions without randomness. */
export function stableIndex(text: string, modulo: number): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash % modulo;
}
