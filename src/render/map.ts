/**
 * `net map`: the review as text (terminal), Markdown (`--md`) and JSON (`--json`).
 *
 * JSON shape (stable: fields may be added, never renamed or removed). Dates are `YYYY-MM-DD`.
 * {
 *   period: { label: "2026Q4" | "2026-10" | "2026" | "2026-07-01..2026-09-30",
 *             kind: "quarter" | "month" | "year" | "range", from, to,
 *             days,           // days in the period
 *             partial,        // true while the period is still running (today inside it)
 *             elapsedDays,    // days of it passed, today included
 *             previous: { label, from, to } },  // what the pulse compares with: the previous period,
 *                                               // cut to the same number of days while `partial`
 *   pulse: { gesturesGiven, received, peopleMet, events }: each
 *          { value, previous, delta, goal: number|null (whole period), goalSoFar: number|null (due by now),
 *            met: boolean|null (value >= goalSoFar) },
 *          // gestures = interactions you gave (gave or mutual) of any kind but event;
 *          // received = direction received; peopleMet = contacts met in person (not imported);
 *          // events = interactions of kind event. Goals: settings `goals` (net goals).
 *   activity: { bucketDays: 7 (14, 21… when weeks are grouped to fit), max,
 *               series: [{ label, from, to, total, buckets: [{ from, count, past }] }] },
 *             // the period and the three before it, oldest first; weeks start on Mondays
 *   recontact: { lapsedCount, dormantCount, quietCount,
 *                people: [{ id, slug, name, tier, intent, cadenceDays, since, daysSince, overdueDays, dormant,
 *                           lastGesture: { date, kind, direction, note } | null }] },
 *              // lapsed (past cadence) worst first, then dormant ties (> 2x cadence) that matter
 *              // (an intent, or tier close/active); at most 10 of each; quiet = dormant, not listed
 *   thank: [{ interactionId, date, kind: "help" | "intro", note, person: { id, slug, name }, daysAgo }],
 *          // received in the period, no thanks given to that person since; oldest first
 *   balance: { gave, received, asked,   // help, intro and share in the period (mutual counts both); asks you made
 *              people: [{ id, slug, name, gave, received, asked }],   // most one-sided first, at most 10
 *              onlyTake: [same] },                                    // received or asked, gave nothing
 *   shape: { total, newThisPeriod, internalSponsors,
 *            byCircle, bySector, byIntent, byTier: [{ name, count, new }],  // name "(none)" when unset
 *            warnings: [{ code: "new-one-sector" | "new-one-circle" | "one-sector" | "no-internal-sponsor" | "close-too-many" | "active-too-many", message }] },
 *   suggestions: [{ code, text }],   // three concrete things for the next period
 *   empty: boolean,                  // nothing logged and no one met in the period
 *   recorded: boolean                // this run recorded the review (net map --quarter, current or previous quarter)
 * }
 */
import { relativeDay } from "../domain/dates.js";
import { gesturePhrase } from "../domain/gestures.js";
import { append, largest } from "../domain/lists.js";
import {
  type ActivitySeries,
  dayText,
  type Measure,
  type Period,
  type PeriodWords,
  periodShortName,
  periodWords,
  previousWords,
  type Review,
  shortDayText,
} from "../domain/review/index.js";
import { type Catalogue, messages } from "../i18n/index.js";
import { type Colours, displayWidth, padEnd, safeText, table, wrapLines } from "./terminal.js";

type Texts = Catalogue["review"];

/** "you shared something", "they helped you": what an interaction was, in the language in use. */
export const gestureText = gesturePhrase;

/** A count as shown (French groups the digits of large ones). */
export function numberText(n: number): string {
  return messages().review.number(n);
}

/** A row of the network's shape. */
export type ShapeRow = "circle" | "sector" | "intent" | "tier";

/** "(none)" for a slice left unset, in the language in use and agreed with its row; the JSON keeps "(none)". */
export function sliceName(name: string, row: ShapeRow = "sector"): string {
  return name === "(none)" ? messages().review.unset[row] : name;
}

/** A circle as shown: "interne" in French; the JSON keeps "internal". */
export function circleName(name: string): string {
  return name === "internal" || name === "external" ? messages().review.circles[name] : sliceName(name, "circle");
}

const intentName = (name: string) => sliceName(name, "intent");
const tierName = (name: string) => sliceName(name, "tier");

export function reviewJson(review: Review, recorded: boolean) {
  const { period } = review;
  return {
    period: {
      label: period.label,
      kind: period.kind,
      from: period.from,
      to: period.to,
      days: period.days,
      partial: period.partial,
      elapsedDays: period.elapsedDays,
      previous: { label: period.previous.label, from: period.previous.from, to: period.previous.to },
    },
    pulse: review.pulse,
    activity: review.activity,
    recontact: review.recontact,
    thank: review.thank,
    balance: review.balance,
    shape: { ...review.shape, warnings: review.shape.warnings.map((w) => ({ code: w.code, message: w.message })) },
    suggestions: review.suggestions.map((s) => ({ code: s.code, text: s.text })),
    empty: review.empty,
    recorded,
  };
}

// ---------------------------------------------------------------------------
// Pieces shared by text and Markdown

const BLOCKS = ["·", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];
const ASCII = [".", ":", "-", "=", "+", "*", "#", "%", "@"];

/** One character per bucket: nothing, then eight levels against `max`; blank for weeks to come. */
export function strip(series: Pick<ActivitySeries, "buckets">, max: number, unicode: boolean): string {
  const ramp = unicode ? BLOCKS : ASCII;
  return series.buckets
    .map((b) => {
      if (!b.past) return " ";
      if (b.count === 0 || max === 0) return ramp[0];
      return ramp[Math.min(8, Math.max(1, Math.ceil((b.count / max) * 8)))];
    })
    .join("")
    .trimEnd();
}

/**
 * What each character of the strip stands for at this `max`: ". none  : 1  - 2..3 … @ 12" (a level
 * is a count's eighth of `max`, rounded up, so a level may cover several counts or none).
 */
export function activityLegend(max: number, unicode: boolean): string {
  const ramp = unicode ? BLOCKS : ASCII;
  const parts = [`${ramp[0]} ${messages().review.legendNone}`];
  for (let level = 1; level <= 8; level++) {
    const from = Math.floor(((level - 1) * max) / 8) + 1;
    const to = Math.floor((level * max) / 8);
    if (from <= to) parts.push(`${ramp[level]} ${from === to ? from : `${from}..${to}`}`);
  }
  return parts.join("  ");
}

/** How many characters the activity strip may use at this width. */
export function activityColumns(width: number, period: Pick<Period, "kind">): number {
  return Math.max(8, width - 2 - seriesLabelWidth(period) - 2 - 2 - 6);
}

function seriesLabelWidth(period: Pick<Period, "kind">): number {
  return period.kind === "range" ? 10 : 7;
}

function seriesLabel(series: ActivitySeries, period: Pick<Period, "kind">): string {
  return periodShortName({ kind: period.kind, from: series.from, to: series.to });
}

/** "+3", "-1", "=" (or arrows on a terminal). */
export function deltaText(delta: number, unicode: boolean): string {
  if (delta === 0) return "=";
  if (unicode) return `${delta > 0 ? "↑" : "↓"}${Math.abs(delta)}`;
  return delta > 0 ? `+${delta}` : `${delta}`;
}

function goalText(m: Measure, partial: boolean, unit: string): string {
  const t = messages().review;
  if (m.goal === null) return "";
  if (m.met === null) return t.goal(m.goal);
  if (!partial) {
    // A period net was used for only part of: the goal for the days it was.
    const goal = m.goalSoFar ?? m.goal;
    return t.goalDone({ goal, sinceStart: goal < m.goal, verdict: m.met ? t.goalReached : t.goalShort(goal - m.value) });
  }
  return t.goalRunning({ goal: m.goal, unit, soFar: m.goalSoFar ?? m.goal, verdict: m.met ? t.onTrack : t.behind });
}

const PULSE_KEYS: (keyof Review["pulse"])[] = ["gesturesGiven", "received", "peopleMet", "events"];

function unitOf(period: Pick<Period, "kind">): string {
  return messages().review.units[period.kind];
}

/** "software 2055 (+88 new), research 843, …": the largest first, at most `max` then how many more. */
export function sliceLine(slices: Review["shape"]["byCircle"], max = 6, nameOf = sliceName): string {
  const shown = slices.slice(0, max).map((s) => `${nameOf(s.name)} ${numberText(s.count)}${s.new ? ` (+${numberText(s.new)})` : ""}`);
  if (slices.length > max) shown.push(messages().review.more(slices.length - max));
  return shown.join(", ");
}

/** "12 people, 2 new in 2026Q4, shown with a + below": says what "research 4 (+1)" means. */
function shapeNote(sh: Review["shape"], words: PeriodWords): string {
  const t = messages().review;
  return t.shapeNote({
    people: t.peopleCount({ count: sh.total, shown: numberText(sh.total) }),
    fresh: sh.newThisPeriod,
    periodIn: words.in,
  });
}

function periodLine(review: Review): string {
  const t = messages().review;
  const p = review.period;
  const span = t.span({ from: dayText(p.from), to: dayText(p.to) });
  const before = previousWords(p);
  if (p.partial) return t.periodRunning({ span, elapsed: p.elapsedDays, days: p.days, previousOf: before.of });
  if (p.elapsedDays === 0) return t.periodNotStarted(span);
  return t.periodDone({ span, previousVs: before.vs });
}

function emptyLine(review: Review): string {
  return messages().review.empty({ periodIn: periodWords(review.period).in, running: review.period.partial });
}

/** The re-contact counts: "2 ties due for a gesture, 1 dormant tie that matters, 3 quiet". */
function recontactCounts(t: Texts, r: Review["recontact"]): string {
  return [
    r.lapsedCount ? t.lapsed(r.lapsedCount) : "",
    r.dormantCount ? t.dormantTies(r.dormantCount) : "",
    r.quietCount ? t.quiet(r.quietCount) : "",
  ]
    .filter(Boolean)
    .join(", ");
}

// ---------------------------------------------------------------------------
// Text

/** Rows a text or Markdown list shows; JSON has them all. */
export const TEXT_LIMIT = 10;

export interface TextOptions {
  chalk: Colours;
  width: number;
  /** Unicode blocks and arrows: on a terminal only. */
  unicode: boolean;
  today: string;
}

export function renderText(review: Review, options: TextOptions): string {
  const t = messages().review;
  const c = options.chalk;
  const width = Math.max(80, options.width);
  const s = (text: string) => safeText(text, true);
  const out: string[] = [];
  // Everything is wrapped at spaces to `width`: only table cells are cut (with …).
  const heading = (title: string, note = "") => {
    out.push("");
    if (displayWidth(`${title}  ${note}`) <= width) out.push(`${c.bold(title)}${note ? c.dim(`  ${note}`) : ""}`);
    else {
      out.push(c.bold(title));
      append(out, wrapLines(note, width, { first: "  ", paint: c.dim }));
    }
  };
  const indent = (text: string, paint?: (t: string) => string) => append(out, wrapLines(text, width, { first: "  ", paint }));
  const prose = (text: string, mark = "") => {
    append(out, wrapLines(text, width, { first: `  ${mark}` }));
  };
  const tableLines = (text: string) => {
    for (const line of text.split("\n")) out.push(`  ${line}`);
  };

  const p = review.period;
  const words = periodWords(p);
  const before = previousWords(p);
  const title = t.title(words.name);
  if (displayWidth(`${title}  ${periodLine(review)}`) <= width) out.push(`${c.bold(title)}  ${c.dim(periodLine(review))}`);
  else {
    out.push(c.bold(title));
    append(out, wrapLines(periodLine(review), width, { paint: c.dim }));
  }
  if (review.empty) {
    out.push("");
    append(out, wrapLines(emptyLine(review), width));
  }

  // Pulse
  heading(t.pulse, t.pulseNote({ previousOf: before.of, previousVs: before.vs, running: p.partial }));
  const unit = unitOf(p);
  const rowWidth = largest(
    PULSE_KEYS.map((key) => displayWidth(t.pulseRows[key]) + 2),
    16,
  );
  for (const key of PULSE_KEYS) {
    const m = review.pulse[key];
    const delta = deltaText(m.delta, options.unicode);
    const paintDelta = m.delta > 0 ? c.green(delta) : m.delta < 0 ? c.yellow(delta) : delta;
    const goal = goalText(m, p.partial, unit);
    // The goal and its verdict wrap under themselves rather than being cut.
    const start = `  ${padEnd(t.pulseRows[key], rowWidth)}${String(m.value).padStart(5)}  ${paintDelta}${" ".repeat(Math.max(1, 7 - delta.length))} ${c.dim(t.was(m.previous).padEnd(12))} `;
    append(out, wrapLines(goal, width, { first: start, paint: m.met === false ? c.yellow : undefined }));
  }

  // Activity
  const a = review.activity;
  const future = a.series.some((x) => x.buckets.some((b) => !b.past));
  heading(t.activity, t.activityNote({ bucket: t.bucket(a.bucketDays / 7), future }));
  if (a.max) indent(activityLegend(a.max, options.unicode), c.dim);
  const labelWidth = seriesLabelWidth(p);
  const stripWidth = Math.min(activityColumns(width, p), largest(a.series.map((x) => x.buckets.length)));
  for (const series of a.series) {
    const label = padEnd(seriesLabel(series, p), labelWidth);
    const line = strip(series, a.max, options.unicode);
    const cur = series.label === p.label;
    out.push(`  ${cur ? c.bold(label) : c.dim(label)}  ${padEnd(line, stripWidth)}  ${String(series.total).padStart(5)}`);
  }

  // Re-contact
  const r = review.recontact;
  heading(t.toRecontact, recontactCounts(t, r));
  if (r.people.length === 0) indent(t.noneLapsed);
  else {
    const lapsed = r.people.filter((e) => !e.dormant);
    const shown = [...lapsed.slice(0, TEXT_LIMIT - 2), ...r.people.filter((e) => e.dormant).slice(0, 5)];
    tableLines(
      table(
        shown,
        [
          { header: t.headName, value: (e) => e.name, min: 14, keep: true },
          // Never cut the header ("PROXIMITÉ" in French): the wider columns give way first.
          { header: t.headTier, value: (e) => e.tier, min: Math.max(7, displayWidth(t.headTier)) },
          { header: t.headIntent, value: (e) => e.intent ?? "", min: Math.max(6, displayWidth(t.headIntent)) },
          {
            header: t.headLastGesture,
            value: (e) => (e.lastGesture ? gestureText(e.lastGesture.kind, e.lastGesture.direction) : t.noGestureYet),
            min: 10,
          },
          { header: t.headSince, value: (e) => t.daysAgoShort(e.daysSince), min: 8 },
          {
            header: t.headCadence,
            value: (e) => (e.dormant ? t.cadenceDormant(e.cadenceDays) : t.cadenceOver({ cadence: e.cadenceDays, over: e.overdueDays })),
            min: 12,
            paint: (cell, e) => (e.dormant ? c.red(cell) : c.yellow(cell)),
          },
        ],
        { width: width - 2, header: (h) => c.dim(h) },
      ),
    );
    const hidden = r.lapsedCount + r.dormantCount - shown.length;
    if (hidden > 0) indent(t.moreRecontact(hidden), c.dim);
  }

  // Thank
  heading(t.toThank, review.thank.length ? t.thankNote(words.in) : "");
  if (review.thank.length === 0) indent(t.nothingToThank(words.in));
  else {
    tableLines(
      table(
        review.thank.slice(0, TEXT_LIMIT),
        [
          { header: t.headDate, value: (e) => shortDayText(e.date), min: 10 },
          { header: t.headWho, value: (e) => e.person.name, min: 12, keep: true },
          { header: t.headWhat, value: (e) => (e.kind === "intro" ? t.anIntro : t.help), min: 6 },
          { header: t.headNote, value: (e) => e.note ?? "", min: 8 },
        ],
        { width: width - 2, header: (h) => c.dim(h) },
      ),
    );
    if (review.thankWaiting > TEXT_LIMIT) indent(t.moreThank(review.thankWaiting - TEXT_LIMIT), c.dim);
  }

  // Balance
  const b = review.balance;
  heading(t.balance, t.balanceNote(words.in));
  if (b.gave + b.received + b.asked === 0) indent(t.noBalance);
  else {
    indent(t.balanceLine({ gave: b.gave, received: b.received, asked: b.asked, givingFirst: b.gave >= b.received }));
    tableLines(
      table(
        b.people,
        [
          { header: t.headWith, value: (e) => e.name, min: 12, keep: true },
          { header: t.headGave, value: (e) => String(e.gave), min: 4 },
          { header: t.headReceived, value: (e) => String(e.received), min: 8 },
          { header: t.headAsked, value: (e) => String(e.asked), min: 5 },
        ],
        { width: width - 2, header: (h) => c.dim(h) },
      ),
    );
    if (b.onlyTake.length) prose(t.onlyTake(b.onlyTake.map((e) => s(e.name)).join(", ")));
  }

  // Shape
  const sh = review.shape;
  heading(t.shape, shapeNote(sh, words));
  if (sh.total === 0) indent(t.noOneYet);
  else {
    const rows = [
      [t.shapeRows.circle, sliceLine(sh.byCircle, 6, circleName)],
      [t.shapeRows.sector, sliceLine(sh.bySector)],
      [t.shapeRows.intent, sliceLine(sh.byIntent, 6, intentName)],
      [t.shapeRows.tier, sliceLine(sh.byTier, 6, tierName)],
    ] as const;
    const labelWidth = largest(
      rows.map(([label]) => displayWidth(label) + 2),
      8,
    );
    for (const [label, line] of rows)
      append(out, wrapLines(s(line), width, { first: `  ${c.dim(padEnd(label, labelWidth))}`, rest: " ".repeat(labelWidth + 2) }));
  }
  for (const w of sh.warnings)
    append(
      out,
      wrapLines(s(w.shown), width, { first: "  ! " }).map((l) => c.yellow(l)),
    );

  // Suggestions
  heading(p.kind === "quarter" ? t.nextQuarter : t.next);
  review.suggestions.forEach((sg, i) => {
    prose(s(sg.shown), `${i + 1}. `);
  });
  return out.join("\n");
}

// ---------------------------------------------------------------------------
// Markdown

/** User text made safe for a Markdown table cell or line. */
export function mdText(text: string): string {
  return safeText(text, true).replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

export function renderMarkdown(review: Review, options: { unicode: boolean; today: string }): string {
  const t = messages().review;
  const p = review.period;
  const words = periodWords(p);
  const before = previousWords(p);
  const out: string[] = [];
  const row = (cells: (string | number)[]) => out.push(`| ${cells.join(" | ")} |`);
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  out.push(`# ${t.title(words.name)}`, "", `_${periodLine(review)}._`);
  if (review.empty) out.push("", emptyLine(review));

  out.push("", `## ${t.pulse}`, "");
  row(["", words.name, `${before.name}${p.partial ? t.mdSamePoint : ""}`, t.mdChange, t.mdGoal]);
  row(["---", "---:", "---:", "---:", "---"]);
  for (const key of PULSE_KEYS) {
    const m = review.pulse[key];
    row([t.pulseRows[key], m.value, m.previous, deltaText(m.delta, options.unicode), goalText(m, p.partial, unitOf(p))]);
  }

  const a = review.activity;
  out.push(
    "",
    `## ${t.activity}`,
    "",
    t.mdActivity({ bucket: t.bucket(a.bucketDays / 7), legend: a.max ? activityLegend(a.max, options.unicode) : "" }),
    "",
    "```text",
  );
  const labelWidth = seriesLabelWidth(p);
  const longest = largest(a.series.map((s) => s.buckets.length));
  for (const s of a.series)
    out.push(
      `${padEnd(seriesLabel(s, p), labelWidth)}  ${padEnd(strip(s, a.max, options.unicode), longest)}  ${String(s.total).padStart(5)}`,
    );
  out.push("```");

  const r = review.recontact;
  out.push("", `## ${t.toRecontact}`, "");
  if (r.people.length === 0) out.push(t.noneLapsed);
  else {
    out.push(
      `${[t.lapsed(r.lapsedCount), t.dormantTies(r.dormantCount), ...(r.quietCount ? [t.quietNotListed(r.quietCount)] : [])].join(", ")}.`,
      "",
    );
    const h = t.mdRecontactHeads;
    row([h.name, h.tier, h.lastGesture, h.since, h.status]);
    row(["---", "---", "---", "---", "---"]);
    for (const e of r.people)
      row([
        mdText(e.name),
        e.tier + (e.intent ? `, ${e.intent}` : ""),
        e.lastGesture ? gestureText(e.lastGesture.kind, e.lastGesture.direction) : t.noGestureYet,
        `${shortDayText(e.since)} (${relativeDay(e.since, options.today)})`,
        e.dormant ? t.mdDormant(e.cadenceDays) : t.mdOver({ cadence: e.cadenceDays, over: e.overdueDays }),
      ]);
  }

  out.push("", `## ${t.toThank}`, "");
  if (review.thank.length === 0) out.push(t.nothingToThank(words.in));
  else {
    const h = t.mdThankHeads;
    row([h.date, h.who, h.what, h.note]);
    row(["---", "---", "---", "---"]);
    for (const e of review.thank.slice(0, TEXT_LIMIT))
      row([shortDayText(e.date), mdText(e.person.name), e.kind === "intro" ? t.anIntro : t.help, mdText(e.note ?? "")]);
    if (review.thankWaiting > TEXT_LIMIT) out.push("", t.mdMoreThank(review.thankWaiting - TEXT_LIMIT));
  }

  const b = review.balance;
  out.push("", `## ${t.balance}`, "");
  if (b.gave + b.received + b.asked === 0) out.push(t.noBalance);
  else {
    out.push(t.mdBalanceLine({ gave: b.gave, received: b.received, asked: b.asked }), "");
    const h = t.mdBalanceHeads;
    row([h.with, h.gave, h.received, h.asked]);
    row(["---", "---:", "---:", "---:"]);
    for (const e of b.people) row([mdText(e.name), e.gave, e.received, e.asked]);
    if (b.onlyTake.length) out.push("", t.onlyTake(b.onlyTake.map((e) => mdText(e.name)).join(", ")));
  }

  const sh = review.shape;
  out.push("", `## ${t.shape}`, "", `${shapeNote(sh, words)}.`, "");
  if (sh.total > 0) {
    out.push(t.mdShapeRow({ label: capital(t.shapeRows.circle), line: mdText(sliceLine(sh.byCircle, 6, circleName)) }));
    out.push(t.mdShapeRow({ label: capital(t.shapeRows.sector), line: mdText(sliceLine(sh.bySector)) }));
    out.push(t.mdShapeRow({ label: capital(t.shapeRows.intent), line: mdText(sliceLine(sh.byIntent, 6, intentName)) }));
    out.push(t.mdShapeRow({ label: capital(t.shapeRows.tier), line: mdText(sliceLine(sh.byTier, 6, tierName)) }));
  }
  if (sh.warnings.length) {
    out.push("");
    for (const w of sh.warnings) out.push(t.mdNote(mdText(w.shown)));
  }

  out.push("", `## ${p.kind === "quarter" ? t.nextQuarter : t.next}`, "");
  review.suggestions.forEach((s, i) => {
    out.push(`${i + 1}. ${mdText(s.shown)}`);
  });
  return `${out.join("\n")}\n`;
}
