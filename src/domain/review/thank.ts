/** Who to thank: help and introductions received in the period that no thanks followed. */

import { daysBetween, type IsoDate } from "../dates.js";
import type { Direction, Kind } from "../model.js";
import { cmp } from "./order.js";
import { type Period, within } from "./period.js";

/** Help or an introduction received from a person, and the last thanks given to them (any date). */
export interface Received {
  interactionId: string;
  date: IsoDate;
  kind: "help" | "intro";
  note: string | null;
  person: { id: string; slug: string; name: string };
  lastThanksOn: IsoDate | null;
}

export interface ThankEntry {
  interactionId: string;
  date: IsoDate;
  kind: "help" | "intro";
  note: string | null;
  person: { id: string; slug: string; name: string };
  daysAgo: number;
}

/**
 * Help or introductions received in the period with no thanks given to that person on or after
 * that day (thanks logged after the period count). Longest waiting first.
 */
export function toThank(input: { received: readonly Received[]; period: Period; today: IsoDate }): ThankEntry[] {
  const out: ThankEntry[] = [];
  for (const r of input.received) {
    if (!within(r.date, input.period) || r.date > input.today) continue;
    if (r.lastThanksOn !== null && r.lastThanksOn >= r.date) continue;
    out.push({
      interactionId: r.interactionId,
      date: r.date,
      kind: r.kind,
      note: r.note,
      person: r.person,
      daysAgo: daysBetween(r.date, input.today),
    });
  }
  return out.sort((a, b) => cmp(a.date, b.date) || cmp(a.person.name, b.person.name) || cmp(a.interactionId, b.interactionId));
}

/** Thanks given to someone since they helped: what clears an entry of the thank list. */
export const isThanks = (kind: Kind, direction: Direction) => kind === "thanks" && direction !== "received";
