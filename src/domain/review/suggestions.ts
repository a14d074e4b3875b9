/** Three concrete things to do next quarter, drawn from the rest of the review. */

import type { Goals } from "../goals.js";
import type { BalanceSummary } from "./balance.js";
import type { Pulse } from "./pulse.js";
import type { Recontact } from "./recontact.js";
import type { Shape } from "./shape.js";
import type { ThankEntry } from "./thank.js";

export interface Suggestion {
  code: string;
  text: string;
}

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
  const add = (code: string, text: string) => {
    if (!out.some((s) => s.code === code)) out.push({ code, text });
  };
  const { pulse: p, shape: s, goals } = input;
  const firstThank = input.thank[0];
  if (firstThank) {
    const waiting = input.thankWaiting ?? input.thank.length;
    const more = waiting > 1 ? ` (and ${waiting - 1} more waiting)` : "";
    add(
      "thank",
      `Thank ${firstThank.person.name} for the ${firstThank.kind === "intro" ? "introduction" : "help"} of ${firstThank.date}: a two-line message is enough${more}.`,
    );
  }
  const lapsed = input.recontact.people.find((r) => !r.dormant) ?? input.recontact.people[0];
  if (lapsed) {
    add(
      "recontact",
      `Reconnect with ${lapsed.name} (${lapsed.daysSince} days since your last exchange): share something useful or ask how things are going.`,
    );
  }
  const taker = input.balance.onlyTake[0];
  if (taker) add("give-first", `Give first to ${taker.name}: offer help or an introduction, with nothing to ask in return.`);
  const metGoal = goals.newPeoplePerMonth * 3;
  const narrow = s.warnings.find((w) => w.code === "new-one-sector" || w.code === "one-sector");
  if (p.peopleMet.met === false || s.total === 0) {
    add(
      "meet",
      `Meet ${metGoal === 1 ? "one new person" : `${metGoal} new people`} next quarter (${goals.newPeoplePerMonth} a month)${narrow ? ", from another sector" : ""}, and log them with net add.`,
    );
  }
  if (s.warnings.some((w) => w.code === "no-internal-sponsor"))
    add(
      "sponsor",
      "Have coffee with someone inside your organisation who could sponsor or partner with you, and tag them --intent influence --internal.",
    );
  if (p.events.met === false || s.total === 0)
    add(
      "event",
      `Pick ${goals.eventsPerMonth * 3 === 1 ? "one event" : `${goals.eventsPerMonth * 3} events`} for next quarter (a meetup, a workshop, a community) and put the first in your calendar.`,
    );
  if (p.gesturesGiven.met === false)
    add(
      "gestures",
      `Aim for ${goals.gesturesPerWeek} small gestures a week: share an article, congratulate, take news, with no ulterior motive.`,
    );
  if (narrow) add("widen", "Meet someone outside your usual sector: they bring the outside ideas your network lacks.");
  // When everything is on track: keep the rhythm, and give.
  add("introduce", "Offer an introduction between two people who would gain from knowing each other.");
  add("card", "Reread your narrative business card (net card): two minutes, clear and lively, ready for the next first contact.");
  add("keep", "Keep the rhythm: one gesture a day from net nudge is enough.");
  return out.slice(0, input.count ?? 3);
}
