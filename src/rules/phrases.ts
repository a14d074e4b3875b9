import { daysBetween, type IsoDate } from "../domain/dates.js";
import type { Direction, Kind } from "../domain/model.js";

/** "you shared an article", "they helped you": what the last interaction was, in plain words. */
export function lastGesturePhrase(kind: Kind, direction: Direction): string {
  const received = direction === "received";
  switch (kind) {
    case "meeting":
      return "you met";
    case "call":
      return "you spoke on the phone";
    case "message":
      return received ? "they wrote to you" : "you exchanged messages";
    case "share":
      return received ? "they shared something with you" : "you shared something";
    case "congrats":
      return received ? "they congratulated you" : "you congratulated them";
    case "checkin":
      return "you checked in";
    case "help":
      return received ? "they helped you" : "you helped them";
    case "intro":
      return received ? "they introduced you to someone" : "you made an introduction";
    case "thanks":
      return received ? "they thanked you" : "you thanked them";
    case "event":
      return "you saw each other at an event";
    case "news":
      return "they shared news";
    case "ask":
      return received ? "they asked you for something" : "you asked them for something";
  }
}

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
