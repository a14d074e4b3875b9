import { addDays, addMonths, type IsoDate } from "../domain/dates.js";
import type { Catalogue } from "../i18n/index.js";
import { cursorFor } from "./gratitude.js";
import { firstName, longAgo, yearsBetween } from "./phrases.js";
import type { Snapshot } from "./types.js";
import { urgency } from "./urgency.js";
import { defineRule, later, type RulesTexts, textsOf } from "./words.js";

/** How many dormant ties the store reads from the cursor; the rule picks one among them. */
export const REDISCOVER_SAMPLE = 20;

/**
 * The occurrence due by today + horizon: the 1st of the month, and with two a month the 16th too.
 * Its key is its due day, so done silences that occurrence only.
 */
export function rediscoverDraw(today: IsoDate, horizonDays: number, params: Record<string, number>) {
  const until = addDays(today, horizonDays);
  const month = today.slice(0, 7);
  const twice = (params.perMonth ?? 2) >= 2;
  const dueOn = twice && until >= `${month}-16` ? `${month}-16` : `${month}-01`;
  return {
    occurrence: dueOn,
    dueOn,
    silentBy: addMonths(dueOn, -12 * (params.years ?? 3)),
    cursor: cursorFor(`rediscover:${dueOn}`),
    count: REDISCOVER_SAMPLE,
  };
}

/** How long a person whose rediscover reminder was marked done rests before being drawn again. */
export const REDISCOVER_REST_DAYS = 365;

/**
 * What marking a rediscover reminder done keeps besides its occurrence's key: the person drawn, on
 * that day. Its series (`rediscover:<person id>`) gives `lastDone` the day they were last done;
 * removing the person removes it with their other keys.
 */
export function rediscoverRestKey(personId: string, day: IsoDate): string {
  return `rediscover:${personId}:${day}`;
}

type Tie = NonNullable<Snapshot["dormant"]>["ties"][number];

/** Outside your usual sector and circle first: 2 for each that differs (1 when unknown). */
function distance(tie: Tie, usualSector: string | null, usualCircle: string | null): number {
  const away = (value: string | null, usual: string | null) =>
    !usual ? 0 : value === null ? 1 : value.trim().toLowerCase() === usual.trim().toLowerCase() ? 0 : 2;
  return away(tie.sector, usualSector) + away(tie.circle, usualCircle);
}

const words = (catalogue?: Catalogue) => textsOf(catalogue).rediscover;

/**
 * What the reminder says: how long the tie has been silent, whether it is outside your usual
 * sector, and a concrete question to ask. Dormant ties give advice as useful as current ones, and
 * more novel (Levin, Walter & Murnighan, 2011); a message after a long silence is more welcome than
 * its sender expects (Liu, Rim, Min & Min, 2023): the suggestion says so.
 */
function describe(t: RulesTexts, tie: Tie, usualSector: string | null, dueOn: IsoDate) {
  const r = t.rediscover;
  const since = tie.logged
    ? r.silentFor(yearsBetween(tie.silentSince, dueOn))
    : tie.source === "imported"
      ? r.connected(longAgo(t, tie.silentSince, dueOn))
      : r.met(longAgo(t, tie.silentSince, dueOn));
  const outside =
    tie.sector && usualSector && tie.sector.trim().toLowerCase() !== usualSector.trim().toLowerCase() ? r.outside(tie.sector) : "";
  return { message: r.message({ name: tie.name, outside, since }), suggestion: r.suggestion(firstName(tie.name)) };
}

export const rediscover = defineRule({
  id: "rediscover",
  words,
  weight: 3,
  params: {
    perMonth: { default: 2, unit: "count" },
    years: { default: 3, unit: "count" },
  },
  select(snapshot, { today, horizonDays, lastDone }, params) {
    const d = snapshot.dormant;
    const draw = rediscoverDraw(today, horizonDays, params);
    if (!d || d.occurrence !== draw.occurrence || draw.dueOn > addDays(today, horizonDays)) return [];
    // Not someone whose reminder was marked done within the last year: you wrote, or chose not to.
    const restedBy = addDays(draw.dueOn, -REDISCOVER_REST_DAYS);
    const rested = (id: string) => {
      const done = lastDone?.(`rediscover:${id}`) ?? null;
      return done === null || done <= restedBy;
    };
    const ties = d.ties.filter((t) => t.silentSince <= draw.silentBy && rested(t.id));
    if (ties.length === 0) return [];
    // The farthest from your usual sector and circle; equally far, the first from the cursor.
    const tie = ties.reduce((best, t) =>
      distance(t, d.usualSector, d.usualCircle) > distance(best, d.usualSector, d.usualCircle) ? t : best,
    );
    return [
      {
        key: `rediscover:${d.occurrence}`,
        rule: "rediscover",
        subject: { id: tie.id, name: tie.name, slug: tie.slug },
        dueOn: d.dueOn,
        urgency: urgency({ weight: rediscover.weight, dueOn: d.dueOn, today, person: tie }),
        about: later(describe, tie, d.usualSector, d.dueOn),
        lateOn: addDays(d.dueOn, 14),
      },
    ];
  },
});
