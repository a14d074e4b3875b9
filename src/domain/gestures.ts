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
