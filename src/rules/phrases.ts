import { daysBetween, type IsoDate } from "../domain/dates.js";
import type { RulesTexts } from "./words.js";

/** "today", "yesterday", "41 days ago" (in the language of `t`). */
export function agoPhrase(t: RulesTexts, day: IsoDate, today: IsoDate): string {
  return t.words.ago(daysBetween(day, today));
}

/** "over a year ago", "3 years ago": how long ago, for ties silent for years. */
export function longAgo(t: RulesTexts, day: IsoDate, today: IsoDate): string {
  return t.words.longAgo(yearsBetween(day, today));
}

/** Whole years between two days. */
export function yearsBetween(day: IsoDate, today: IsoDate): number {
  return Math.floor(daysBetween(day, today) / 365.25);
}

/** "on 3 December": a day shown in a message. */
export function onDay(t: RulesTexts, day: IsoDate): string {
  return t.words.onDay({ day: Number(day.slice(8, 10)), month: t.words.months[Number(day.slice(5, 7)) - 1] ?? day });
}

/** A short quote of a note, for a one-line message ("" when there is none). */
export function quoteNote(t: RulesTexts, note: string | null | undefined, max = 48): string {
  if (!note) return "";
  const oneLine = note.replace(/\s+/g, " ").trim();
  if (!oneLine) return "";
  return t.words.quote(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
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
