import type { IsoDate } from "../domain/dates.js";
import { UserError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { shownList } from "../store/reminders.js";
import type { Store } from "../store/store.js";

/**
 * The keys of the numbered list nudge printed and kept today: what `net done 2` or `net draft 2`
 * means. A list worked out now, or an earlier day's, may not be what the user saw, so none is
 * taken instead: refused, with `hint`.
 */
export function todaysKeys(store: Store, today: IsoDate, hint: string): string[] {
  const saved = shownList(store);
  if (!saved) throw new UserError(messages().nudge.noListKept, { hint });
  if (saved.day !== today) throw new UserError(messages().nudge.listFromEarlierDay(saved.day), { hint });
  return saved.keys;
}

/** The key of #n in today's list; `nothing` says why there is no number when the list is empty. */
export function keyNumbered(keys: readonly string[], n: number, options: { nothing: string; hint: string }): string {
  const key = keys[n - 1];
  if (key) return key;
  throw new UserError(keys.length ? messages().nudge.noSuchNumber({ n, count: keys.length }) : options.nothing, { hint: options.hint });
}
