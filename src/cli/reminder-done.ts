import { dueToday } from "../app/reminders.js";
import type { IsoDate } from "../domain/dates.js";
import { keepInTouchPerson } from "../rules/keep-in-touch.js";
import { rediscoverRestKey } from "../rules/rediscover.js";
import { markDone, markKeptInTouch } from "../store/reminders.js";
import type { Store } from "../store/store.js";

/**
 * Marks one reminder done. A keep-in-touch reminder restarts that person's cadence from `day` (it
 * comes back one cadence later, as after a gesture); others are done for the occurrence their key
 * names, and rules about a standing state count again from that day (EvaluationContext.lastDone).
 *
 * A rediscover reminder's key names its occurrence, not the person drawn: the person (`subjectId`,
 * or the one the occurrence draws today) is kept apart as done too, so the next occurrences draw
 * someone else for a good while (see src/rules/rediscover.ts).
 */
export function markReminderDone(store: Store, key: string, day: IsoDate, subjectId?: string): void {
  // Who the occurrence drew, looked up while it is still due (before it is marked done).
  const drawn = key.startsWith("rediscover:")
    ? (subjectId ?? dueToday(store, day, { rule: "rediscover" }).find((r) => r.key === key)?.subject?.id)
    : undefined;
  const person = keepInTouchPerson(key);
  if (person) markKeptInTouch(store, person, day);
  else markDone(store, key, day);
  if (drawn) markDone(store, rediscoverRestKey(drawn, day), day);
}
