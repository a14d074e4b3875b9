import type { Command } from "commander";
import { usageError } from "../domain/errors.js";
import {
  comparison,
  contextPeriods,
  isReviewablePeriod,
  review,
  wantsSponsor,
  weeksPerBucketFor,
  withLastGestures,
} from "../domain/review/index.js";
import { activityColumns, renderMarkdown, renderText, reviewJson, TEXT_LIMIT } from "../render/map.js";
import { paramsOf, type RuleTuning } from "../rules/engine.js";
import { quarterlyMap } from "../rules/quarterly-map.js";
import {
  dayTotals,
  kindCounts,
  lastGestures,
  metCounts,
  periodExchanges,
  readWholeFile,
  recontactCandidates,
  recordReview,
  shapeCounts,
} from "../store/reviews.js";
import { loadGoals, networkStartedOn } from "../store/snapshot.js";
import type { Context } from "./context.js";
import { PERIOD_FORMS, type PeriodFlags, parsePeriod } from "./period.js";
import type { Runner } from "./runner.js";
import { ruleSettings, tierCadences } from "./settings.js";

/** How many people the balance lists (the pure code ranks; the store loads only these). */
const BALANCE_LIMIT = 10;
/** How many of the lapsed and of the dormant ties the re-contact list holds (the pure code's default). */
const RECONTACT_LIMIT = 10;

interface MapFlags extends PeriodFlags {
  md?: boolean;
  /** true with --record, false with --no-record, undefined when neither was given. */
  record?: boolean;
}

export function mapCommand(program: Command, run: Runner) {
  program
    .command("map")
    .summary("the quarterly review: who to re-contact, who to thank, how you give")
    .description(
      "Map your network over a period (the current quarter by default): pulse against your goals and the\n" +
        "previous period, activity week by week, who to re-contact, who to thank, give/receive balance,\n" +
        "the shape of your network, and three suggestions for next quarter.\n" +
        "A quarter mapped in its last 14 days, or in the first 14 of the next (the quarterly-map reminder's window),\n" +
        "is recorded as its review, which clears nudge's quarterly reminder; --record records it any day, --no-record never.\n" +
        "With --json nothing is recorded unless --record is given.",
    )
    .option("--quarter [quarter]", "a quarter, e.g. 2026Q3 (default: the current quarter)")
    .option("--month [month]", "a month, e.g. 2026-10 (default: this month)")
    .option("--year [year]", "a year, e.g. 2026 (default: this year)")
    .option("--since <date>", "from this day (with --until, or up to today)")
    .option("--until <date>", "up to this day (with --since)")
    .option("--md", "print Markdown, to keep or share")
    .option("--record", "record this quarter's review now, whatever the day")
    .option("--no-record", "don't record the review (the quarterly reminder stays)")
    .addHelpText(
      "after",
      `
Periods: ${PERIOD_FORMS}.

Examples:
  net map --quarter                 the quarter so far (its review, in the quarter's last days)
  net map --quarter --record        done with this quarter's review early: record it now
  net map --quarter 2026Q3 --md > review-2026Q3.md
  net map --month 2026-10 --json
  net map --since 2026-01-01`,
    )
    .action(run(mapAction));
}

/** Block characters and arrows only where a terminal shows them. */
function unicodeWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(process.stdout.isTTY) && env.TERM !== "dumb";
}

async function mapAction(ctx: Context, flags: MapFlags): Promise<void> {
  const period = parsePeriod(flags, ctx.today);
  if (flags.md && ctx.json) throw usageError("--md and --json both asked for", "choose one: --md for Markdown, --json for scripts");
  if (flags.record === true && period.kind !== "quarter")
    throw usageError(`only a quarter's review is recorded, not a ${period.kind}'s`, "net map --quarter --record (or --quarter 2026Q3)");
  if (flags.record === true && period.from > ctx.today)
    throw usageError(`${period.label} has not begun: there is nothing to review yet`, "record the current or a past quarter");
  const store = ctx.store();
  readWholeFile(store);
  const cadences = tierCadences(store);
  const goals = loadGoals(store);
  const windows = comparison(period, ctx.today);
  const earliest = (contextPeriods(period)[0] ?? period).from;
  const shapeRows = shapeCounts(store);
  const unicode = !ctx.json && unicodeWanted();
  const stripColumns = ctx.json ? Number.POSITIVE_INFINITY : activityColumns(flags.md ? 80 : ctx.width, period);
  // The text and Markdown reviews list the first few to thank; JSON lists them all.
  const current = periodExchanges(store, windows.current, ctx.today, BALANCE_LIMIT, ctx.json ? undefined : TEXT_LIMIT, period);

  const computed = review({
    period,
    today: ctx.today,
    kinds: [...current.kinds, ...kindCounts(store, windows.previous, "previous")],
    days: dayTotals(store, earliest, period.to),
    met: metCounts(store, windows),
    ...recontactCandidates(store, ctx.today, cadences, RECONTACT_LIMIT),
    received: current.received,
    receivedWaiting: current.waiting,
    balances: current.balances,
    shapeCounts: shapeRows,
    cadences,
    goals,
    wantsSponsor: wantsSponsor(store.setting<string[]>("intentions"), shapeRows),
    weeksPerBucket: weeksPerBucketFor(period, stripColumns),
    networkSince: networkStartedOn(store),
  });
  const result = {
    ...computed,
    recontact: withLastGestures(
      computed.recontact,
      lastGestures(
        store,
        computed.recontact.people.map((p) => p.id),
      ),
    ),
  };

  // Recorded when asked, or (not for scripts) in the quarterly-map reminder's window; before
  // printing, so the output never claims a review that failed to save.
  const windowDays = paramsOf(quarterlyMap, ruleSettings(store) as RuleTuning).days ?? 14;
  const record = flags.record ?? (!ctx.json && isReviewablePeriod(period, ctx.today, windowDays));
  if (record) recordReview(store, period, ctx.today);
  if (ctx.json) ctx.out(JSON.stringify(reviewJson(result, record), null, 2));
  else if (flags.md) ctx.out(renderMarkdown(result, { unicode, today: ctx.today }));
  else ctx.out(renderText(result, { chalk: ctx.chalk, width: ctx.width, unicode, today: ctx.today }));

  if (record) ctx.say(`Review of ${period.label} recorded: nudge's quarterly reminder is done.`);
  else if (flags.record === undefined && !ctx.json && period.kind === "quarter" && period.from <= ctx.today && period.to >= ctx.today)
    ctx.say(`Not recorded as ${period.label}'s review: that happens in its last ${windowDays} days (or now, with --record).`);
}
