import { addDays, type IsoDate, quarterOf, quarterRange } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { firstName, longAgo, quoteNote, stableIndex } from "./phrases.js";
import type { Snapshot } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

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

const words = (catalogue?: Catalogue) => textsOf(catalogue).gratitude;

type Drawn = NonNullable<Snapshot["gratitude"]>;

/** What the reminder says: who helped (or introduced you) long ago, and a few lines on what it made possible. */
function describe(t: RulesTexts, person: NonNullable<Drawn["person"]>, help: NonNullable<Drawn["help"]>, dueOn: IsoDate) {
  const intro = help.kind === "intro";
  return {
    message: t.gratitude.message({ name: person.name, intro, ago: longAgo(t, help.date, dueOn), note: quoteNote(t, help.note) }),
    suggestion: t.gratitude.suggestion({ first: firstName(person.name), intro }),
  };
}

export const gratitude = defineRule({
  id: "gratitude",
  words,
  weight: 2,
  params: {
    day: { default: 15, unit: "count" },
    afterDays: { default: 365, unit: "days" },
    restDays: { default: 180, unit: "days" },
  },
  select(snapshot, { today, horizonDays }, params) {
    const g = snapshot.gratitude;
    const draw = gratitudeDraw(today, horizonDays, params);
    if (!g || !draw || g.occurrence !== draw.occurrence || !g.person || !g.help || g.thankedOn) return [];
    if (idParity(g.person.id) !== draw.parity) return [];
    const person = g.person;
    return [
      {
        key: `gratitude:${g.occurrence}`,
        rule: "gratitude",
        subject: { id: person.id, name: person.name, slug: person.slug },
        dueOn: g.dueOn,
        urgency: urgency({ weight: gratitude.weight, dueOn: g.dueOn, today, person }),
        about: later(describe, person, g.help, g.dueOn),
        lateOn: addDays(g.dueOn, 30),
      },
    ];
  },
});
