import { messages } from "../i18n/index.js";
import type { Direction, Kind } from "./model.js";

/**
 * A gesture given: anything you gave or shared both ways, events apart. The one definition of
 * giving that the habit line, give-first's "nothing given lately" and the map all count
 * (interaction_days.gestures holds the same count per day).
 */
export const isGesture = (kind: Kind, direction: Direction): boolean =>
  kind !== "event" && (direction === "gave" || direction === "mutual");

/** "you shared an article", "they helped you": what the last interaction was, in plain words. */
export function gesturePhrase(kind: Kind, direction: Direction): string {
  const phrase = messages().log.gestures[kind];
  return direction === "received" ? phrase.received : phrase.gave;
}

/** The people of a gesture, as a sentence lists them: "Ada, Grace, Alan" ("Ada, Grace et Alan" in French). */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")}${messages().log.lastNameSeparator}${names[names.length - 1]}`;
}
