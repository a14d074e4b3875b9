import { resolve } from "node:path";
import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import type { Tier } from "../domain/model.js";
import {
  comparison,
  contextPeriods,
  isReviewablePeriod,
  type Review,
  review,
  wantsSponsor,
  weeksPerBucketFor,
  withLastGestures,
} from "../domain/review/index.js";
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

interface MapFlags extends PeriodFlags {
  md?: boolean;
  html?: boolean;
  output?: string;
  open?: boolean;
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
    .option("--html", "write the review as one self-contained web page (rings, a heat map of gestures, balances)")
    .option("-o, --output <file>", "with --html: the page's file (default net-map-<period>.html here; - for standard output)")
    .option("--open", "with --html: open the page in your default browser")
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
  net map --quarter --html --open   the review as a page in your browser
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
  if (flags.html && (flags.md || ctx.json))
    throw usageError(
      `--html and ${flags.md ? "--md" : "--json"} both asked for`,
      "choose one: --html writes a page, --md and --json print",
    );
  if (!flags.html && (flags.output !== undefined || flags.open))
    throw usageError(`${flags.open ? "--open" : "-o/--output"} goes with --html`, "net map --html -o review.html --open");
  if (flags.html && flags.open && flags.output === "-")
    throw usageError("--open needs a file, not standard output", "net map --html --open (or -o review.html --open)");
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
  const windowDays = paramsOf(quarterlyMap, ruleSettings(store) as RuleTuning).days ?? 14;
  // A quarter is reviewed once: mapping it again (in its window, or with --record) adds no second review.
  const earlier = period.kind === "quarter" ? reviewsOf(store, period.label)[0] : undefined;
  const wanted = flags.record ?? (!ctx.json && isReviewablePeriod(period, ctx.today, windowDays));
  const record = wanted && !earlier;
  if (record) recordReview(store, period, ctx.today);
  if (flags.html) await writeHtml(ctx, store, result, reviewJson(result, record), cadences, flags);
  else if (ctx.json) ctx.out(JSON.stringify(reviewJson(result, record), null, 2));
  else if (flags.md) ctx.out(renderMarkdown(result, { unicode, today: ctx.today }));
  else ctx.out(renderText(result, { chalk: ctx.chalk, width: ctx.width, unicode, today: ctx.today }));

  if (record) ctx.say(`Review of ${period.label} recorded: nudge's quarterly reminder is done.`);
  else if (wanted && earlier) ctx.say(`${period.label}'s review was already recorded on ${earlier.reviewedOn}.`);
  else if (flags.record === undefined && !ctx.json && period.kind === "quarter" && period.from <= ctx.today && period.to >= ctx.today)
    ctx.say(`Not recorded as ${period.label}'s review: that happens in its last ${windowDays} days (or now, with --record).`);
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
  ctx.say(
    `Wrote the map of ${result.period.label} to ${safeText(path, true)}${flags.open ? "" : " (open it in a browser, or add --open)"}.`,
  );
  if (flags.open) {
    // The bundle loads `open` as CommonJS, where its default export sits one level down.
    const loaded = (await import("open")).default as typeof import("open").default | { default: typeof import("open").default };
    const open = typeof loaded === "function" ? loaded : loaded.default;
    try {
      await open(resolve(path), { wait: false });
    } catch (error) {
      throw new UserError(`couldn't open a browser: ${(error as Error).message}`, { hint: `open ${path} yourself` });
    }
  }
}
