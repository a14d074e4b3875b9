import { addDays, addMonths, type IsoDate } from "../domain/dates.js";
import { cursorFor, longAgo } from "./gratitude.js";
import { firstName } from "./phrases.js";
import type { Rule, Snapshot } from "./types.js";
import { urgency } from "./urgency.js";

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

type Tie = NonNullable<Snapshot["dormant"]>["ties"][number];

/** Outside your usual sector and circle first: 2 for each that differs (1 when unknown). */
function distance(tie: Tie, usualSector: string | null, usualCircle: string | null): number {
  const away = (value: string | null, usual: string | null) =>
    !usual ? 0 : value === null ? 1 : value.trim().toLowerCase() === usual.trim().toLowerCase() ? 0 : 2;
  return away(tie.sector, usualSector) + away(tie.circle, usualCircle);
}

/**
 * Dormant ties give advice as useful as current ones, and more novel (Levin, Walter & Murnighan,
 * 2011); a message after a long silence is more welcome than its sender expects (Liu, Rim, Min &
 * Min, 2023).
 */
const REASSURANCE = "after a long silence, a short hello is usually more welcome than it feels";

export const rediscover: Rule = {
  id: "rediscover",
  description: "once or twice a month, one tie silent for years to ask for advice",
  why: "Reconnect with dormant ties: people you haven't spoken to in years give advice as useful as current ties, and more novel (Levin, Walter & Murnighan, 2011).",
  weight: 3,
  params: {
    perMonth: { default: 2, unit: "count", description: "occurrences a month (1 or 2)" },
    years: { default: 3, unit: "count", description: "years of silence that make a tie dormant" },
  },
  evaluate(snapshot, { today, horizonDays }, params) {
    const d = snapshot.dormant;
    const draw = rediscoverDraw(today, horizonDays, params);
    if (!d || d.occurrence !== draw.occurrence || draw.dueOn > addDays(today, horizonDays)) return [];
    const ties = d.ties.filter((t) => t.silentSince <= draw.silentBy);
    if (ties.length === 0) return [];
    // The farthest from your usual sector and circle; equally far, the first from the cursor.
    const tie = ties.reduce((best, t) =>
      distance(t, d.usualSector, d.usualCircle) > distance(best, d.usualSector, d.usualCircle) ? t : best,
    );
    const since = tie.logged
      ? `you haven't been in touch for ${longAgo(tie.silentSince, d.dueOn).replace(/ ago$/, "")}`
      : tie.source === "imported"
        ? `you connected ${longAgo(tie.silentSince, d.dueOn)} and haven't been in touch since`
        : `you met ${longAgo(tie.silentSince, d.dueOn)} and haven't been in touch since`;
    const outside =
      tie.sector && d.usualSector && tie.sector.trim().toLowerCase() !== d.usualSector.trim().toLowerCase()
        ? ` (${tie.sector}, outside your usual sector)`
        : "";
    const name = firstName(tie.name);
    return [
      {
        key: `rediscover:${d.occurrence}`,
        rule: "rediscover",
        subject: { id: tie.id, name: tie.name, slug: tie.slug },
        dueOn: d.dueOn,
        urgency: urgency({ weight: rediscover.weight, dueOn: d.dueOn, today, person: tie }),
        message: `Rediscover ${tie.name}${outside} — ${since}`,
        suggestion: `ask ${name} for advice on one concrete thing you are working on ("how would you approach…?"), with a line on what you have been up to — ${REASSURANCE}`,
        lateOn: addDays(d.dueOn, 14),
      },
    ];
  },
};
