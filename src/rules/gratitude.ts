import { addDays, daysBetween, type IsoDate, quarterOf, quarterRange } from "../domain/dates.js";
import { firstName, quoteNote, stableIndex } from "./phrases.js";
import type { Rule } from "./types.js";
import { urgency } from "./urgency.js";

/** "over a year ago", "2 years ago", "3 years ago". */
export function longAgo(day: IsoDate, today: IsoDate): string {
  const years = Math.floor(daysBetween(day, today) / 365.25);
  return years <= 1 ? "over a year ago" : `${years} years ago`;
}

/**
 * A point in id order that moves with each occurrence: where the store starts reading. The text's
 * hash is mixed (MurmurHash3's finaliser) so that neighbouring occurrences (`…-12-01`, `…-12-16`)
 * land far apart among random ids.
 */
export function cursorFor(occurrence: string): string {
  let h = stableIndex(occurrence, 2 ** 32);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, "0");
}

/**
 * What the store reads for this quarter's gratitude reminder (null when none can be due by the
 * horizon): the first person, from a cursor in id order, who helped you (help or an intro received)
 * at least `afterDays` before the due day and was not thanked in the `restDays` before it. Quarters
 * alternate between two halves of the network (the parity of the id's last character), so the same
 * person never comes two quarters running.
 */
export function gratitudeDraw(today: IsoDate, horizonDays: number, params: Record<string, number>) {
  const { year, quarter } = quarterOf(today);
  const occurrence = `${year}Q${quarter}`;
  const dueOn = addDays(quarterRange(year, quarter).from, Math.min(Math.max(Math.round(params.day ?? 15), 1), 90) - 1);
  if (dueOn > addDays(today, horizonDays)) return null;
  return {
    occurrence,
    dueOn,
    helpedBy: addDays(dueOn, -(params.afterDays ?? 365)),
    restFrom: addDays(dueOn, -(params.restDays ?? 180)),
    cursor: cursorFor(`gratitude:${occurrence}`),
    parity: (year * 4 + quarter) % 2,
    today,
  };
}

/** Which half of the network an id is in (the store reads the same: the last character's code, mod 2). */
export function idParity(id: string): number {
  return id.length ? (id.codePointAt(id.length - 1) ?? 0) % 2 : 0;
}

export const gratitude: Rule = {
  id: "gratitude",
  description: "once a quarter, someone who helped you over a year ago, to thank again with what it made possible",
  why: "Thank, again: telling someone what their help made possible pleases them more than you expect, and is less awkward than it feels (Kumar & Epley, 2018).",
  weight: 2,
  params: {
    day: { default: 15, unit: "count", description: "day of the quarter it comes on" },
    afterDays: { default: 365, unit: "days", description: "help at least this old" },
    restDays: { default: 180, unit: "days", description: "not someone thanked this recently" },
  },
  evaluate(snapshot, { today, horizonDays }, params) {
    const g = snapshot.gratitude;
    const draw = gratitudeDraw(today, horizonDays, params);
    if (!g || !draw || g.occurrence !== draw.occurrence || !g.person || !g.help || g.thankedOn) return [];
    if (idParity(g.person.id) !== draw.parity) return [];
    const person = g.person;
    const help = g.help;
    const what = help.kind === "intro" ? "introduced you to someone" : "helped you";
    return [
      {
        key: `gratitude:${g.occurrence}`,
        rule: "gratitude",
        subject: { id: person.id, name: person.name, slug: person.slug },
        dueOn: g.dueOn,
        urgency: urgency({ weight: gratitude.weight, dueOn: g.dueOn, today, person }),
        message: `Thank ${person.name} again — they ${what} ${longAgo(help.date, g.dueOn)}${quoteNote(help.note)}`,
        suggestion: `tell ${firstName(person.name)} what their ${help.kind === "intro" ? "introduction" : "help"} made possible since, in a few lines: such a note pleases more than its writer expects`,
        lateOn: addDays(g.dueOn, 30),
      },
    ];
  },
};
