/** Three concrete things to do next quarter, drawn from the rest of the review. */

import { en } from "../../i18n/en/index.js";
import { type Catalogue, messages } from "../../i18n/index.js";
import type { Goals } from "../goals.js";
import type { BalanceSummary } from "./balance.js";
import { dayText } from "./period.js";
import type { Pulse } from "./pulse.js";
import type { Recontact } from "./recontact.js";
import type { Shape } from "./shape.js";
import type { ThankEntry } from "./thank.js";

export interface Suggestion {
  code: string;
  /** In English: what `net map --json` gives, whatever the language. */
  text: string;
  /** In the language in use: what the map shows. */
  shown: string;
}

/** A suggestion in one language (English for the JSON, the language in use for the map). */
type Say = (t: Catalogue["review"]["suggest"], review: Catalogue["review"]) => string;

/** Three concrete things for the next quarter, drawn from the review: small, easy gestures first. */
export function suggestions(input: {
  pulse: Pulse;
  recontact: Recontact;
  thank: readonly ThankEntry[];
  /** How many are waiting in all (`thank` may hold only the first). */
  thankWaiting?: number;
  balance: BalanceSummary;
  shape: Shape;
  goals: Goals;
  count?: number;
}): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (code: string, say: Say) => {
    if (!out.some((s) => s.code === code))
      out.push({ code, text: say(en.review.suggest, en.review), shown: say(messages().review.suggest, messages().review) });
  };
  const { pulse: p, shape: s, goals } = input;
  const firstThank = input.thank[0];
  if (firstThank) {
    const waiting = input.thankWaiting ?? input.thank.length;
    add("thank", (t, review) =>
      t.thank({
        name: firstThank.person.name,
        intro: firstThank.kind === "intro",
        date: dayText(firstThank.date, review),
        more: waiting - 1,
      }),
    );
  }
  const lapsed = input.recontact.people.find((r) => !r.dormant) ?? input.recontact.people[0];
  if (lapsed) add("recontact", (t) => t.recontact({ name: lapsed.name, days: lapsed.daysSince }));
  const taker = input.balance.onlyTake[0];
  // Someone who gave to you first: something in return; someone only asked of: a hand in turn.
  if (taker) add("give-first", (t) => t.giveFirst({ name: taker.name, received: taker.received > 0 }));
  const metGoal = goals.newPeoplePerMonth * 3;
  const narrow = s.warnings.find((w) => w.code === "new-one-sector" || w.code === "one-sector");
  if (p.peopleMet.met === false || s.total === 0)
    add("meet", (t) => t.meet({ count: metGoal, perMonth: goals.newPeoplePerMonth, otherSector: Boolean(narrow) }));
  if (s.warnings.some((w) => w.code === "no-internal-sponsor")) add("sponsor", (t) => t.sponsor);
  if (p.events.met === false || s.total === 0) add("event", (t) => t.event(goals.eventsPerMonth * 3));
  if (p.gesturesGiven.met === false) add("gestures", (t) => t.gestures(goals.gesturesPerWeek));
  if (narrow) add("widen", (t) => t.widen);
  // When everything is on track: keep the rhythm, and give.
  add("introduce", (t) => t.introduce);
  add("card", (t) => t.card);
  add("keep", (t) => t.keep);
  return out.slice(0, input.count ?? 3);
}
