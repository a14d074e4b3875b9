import type { IsoDate } from "../domain/dates.js";
import { keepInTouchPerson } from "../rules/keep-in-touch.js";
import { markDone, markKeptInTouch } from "../store/reminders.js";
import type { Store } from "../store/store.js";

/**
 * Marks one reminder done. A keep-in-touch reminder restarts that person's cadence from `day` (it
 * comes back one cadence later, as after a gesture); others are done for the occurrence their key
 * names, and rules about a standing state count again from that day (EvaluationContext.lastDone).
 */
export function markReminderDone(store: Store, key: string, day: IsoDate): void {
  const person = keepInTouchPerson(key);
  if (person) markKeptInTouch(store, person, day);
  else markDone(store, key, day);
}
