import { resolve } from "node:path";
import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import type { Tier } from "../domain/model.js";
import {
  comparison,
  contextPeriods,
  dayText,
  isReviewablePeriod,
  periodName,
  type Review,
  review,
  wantsSponsor,
  weeksPerBucketFor,
  withLastGestures,
} from "../domain/review/index.js";
import { messages } from "../i18n/index.js";
import { activityColumns, renderMarkdown, renderText, reviewJson, TEXT_LIMIT } from "../render/map.js";
import { safeText } from "../render/terminal.js";
import { paramsOf, type RuleTuning } from "../rules/engine.js";
import { quarterlyMap } from "../rules/quarterly-map.js";
import { networkPeople } from "../store/network.js";
import {
  dayTotals,
  kindCounts,
  lastGestures,
  metCounts,
  periodExchanges,
  readWholeFile,
  recontactCandidates,
  recordReview,
  reviewsOf,
  shapeCounts,
} from "../store/reviews.js";
import { ruleSettings, tierCadences } from "../store/settings.js";
import { loadGoals, networkStartedOn } from "../store/snapshot.js";
import type { Store } from "../store/store.js";
import type { Context } from "./context.js";
import { PERIOD_FORMS, type PeriodFlags, parsePeriod } from "./period.js";
import type { Runner } from "./runner.js";
import { writePrivateFile } from "./write-file.js";

/** How many people the balance lists (the pure code ranks; the store loads only these). */
const BALANCE_LIMIT = 10;
/** How many of the lapsed and of the dormant ties the re-contact list holds (the pure code's default). */
const RECONTACT_LIMIT = 10;
/** The quarterly-map reminder's window when its rule is not tuned (its default `days`). */
const QUARTERLY_WINDOW_DAYS = quarterlyMap.params.days?.default ?? 14;

interface MapFlags extends PeriodFlags {
  md?: boolean;
  html?: boolean;
  output?: string;
  open?: boolean;
  /** true with --record, false with --no-record, undefined when neither was given. */
  record?: boolean;
}

export function mapCommand(program: Command, run: Runner) {
  const t = messages().review;
  const o = t.options;
  program
    .command("map")
    .summary(t.summary)
    .description(t.description(QUARTERLY_WINDOW_DAYS))
    .option("--quarter [quarter]", o.quarter)
    .option("--month [month]", o.month)
    .option("--year [year]", o.year)
    .option("--since <date>", o.since)
    .option("--until <date>", o.until)
    .option("--md", o.md)
    .option("--html", o.html)
    .option("-o, --output <file>", o.output)
    .option("--open", o.open)
    .option("--record", o.record)
    .option("--no-record", o.noRecord)
    .addHelpText("after", t.helpAfter(PERIOD_FORMS))
    .action(run(mapAction));
}

/** Block characters and arrows only where a terminal shows them. */
function unicodeWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(process.stdout.isTTY) && env.TERM !== "dumb";
}

async function mapAction(ctx: Context, flags: MapFlags): Promise<void> {
  const t = messages().review;
  const period = parsePeriod(flags, ctx.today);
  const name = periodName(period);
  if (flags.md && ctx.json) throw usageError(t.mdAndJson, t.mdAndJsonHint);
  if (flags.html && (flags.md || ctx.json)) throw usageError(t.htmlAnd(flags.md ? "--md" : "--json"), t.htmlAndHint);
  if (!flags.html && (flags.output !== undefined || flags.open))
    throw usageError(t.needsHtml(flags.open ? "--open" : "-o/--output"), t.needsHtmlHint);
  if (flags.html && flags.open && flags.output === "-") throw usageError(t.openNeedsFile, t.openNeedsFileHint);
  if (flags.record === true && period.kind !== "quarter")
    throw usageError(t.onlyQuarterRecorded(t.kindOf[period.kind]), t.onlyQuarterRecordedHint);
  if (flags.record === true && period.from > ctx.today) throw usageError(t.notBegun(name), t.notBegunHint);
  const store = ctx.store();
  readWholeFile(store);
  const cadences = tierCadences(store);
  const goals = loadGoals(store);
  const windows = comparison(period, ctx.today);
  const earliest = (contextPeriods(period)[0] ?? period).from;
  const shapeRows = shapeCounts(store);
  const unicode = !ctx.json && unicodeWanted();
  const stripColumns = ctx.json ? Number.POSITIVE_INFINITY : activityColumns(flags.md || flags.html ? 80 : ctx.width, period);
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
  const windowDays = paramsOf(quarterlyMap, ruleSettings(store) as RuleTuning).days ?? QUARTERLY_WINDOW_DAYS;
  // A quarter is reviewed once: mapping it again (in its window, or with --record) adds no second review.
  const earlier = period.kind === "quarter" ? reviewsOf(store, period.label)[0] : undefined;
  const wanted = flags.record ?? (!ctx.json && isReviewablePeriod(period, ctx.today, windowDays));
  const record = wanted && !earlier;
  if (record) recordReview(store, period, ctx.today);
  if (flags.html) await writeHtml(ctx, store, result, reviewJson(result, record), cadences, flags);
  else if (ctx.json) ctx.out(JSON.stringify(reviewJson(result, record), null, 2));
  else if (flags.md) ctx.out(renderMarkdown(result, { unicode, today: ctx.today }));
  else ctx.out(renderText(result, { chalk: ctx.chalk, width: ctx.width, unicode, today: ctx.today }));

  if (record) ctx.say(t.recorded(name));
  else if (wanted && earlier) ctx.say(t.alreadyRecorded({ name, on: dayText(earlier.reviewedOn) }));
  else if (flags.record === undefined && !ctx.json && period.kind === "quarter" && period.from <= ctx.today && period.to >= ctx.today)
    ctx.say(t.notRecorded({ name, days: windowDays }));
}

/**
 * The review as a page: the same Review the text map prints, with everyone active (the rings) and
 * a year of daily totals (the heat map), read for this page only. Written 0600, atomically.
 */
async function writeHtml(ctx: Context, store: Store, result: Review, json: unknown, cadences: Record<Tier, number>, flags: MapFlags) {
  const { renderHtml, heatYear } = await import("../render/html.js");
  const year = heatYear(result.period);
  const page = renderHtml({
    review: result,
    json,
    people: networkPeople(store),
    days: dayTotals(store, year.from, year.to),
    year,
    cadences,
    today: ctx.today,
  });
  if (flags.output === "-") {
    process.stdout.write(page);
    return;
  }
  const path = flags.output ?? `net-map-${result.period.label}.html`;
  writePrivateFile(path, page, { replace: true });
  const t = messages().review;
  ctx.say(t.wrote({ name: periodName(result.period), path: safeText(path, true), opening: Boolean(flags.open) }));
  if (flags.open) {
    // The bundle loads `open` as CommonJS, where its default export sits one level down.
    const loaded = (await import("open")).default as typeof import("open").default | { default: typeof import("open").default };
    const open = typeof loaded === "function" ? loaded : loaded.default;
    try {
      await open(resolve(path), { wait: false });
    } catch (error) {
      throw new UserError(t.openFailed((error as Error).message), { hint: t.openFailedHint(path) });
    }
  }
}
