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
import type { ActivitySeries, Measure, Period, Review } from "../domain/review/index.js";
import { type Colours, displayWidth, padEnd, safeText, table, wrapLines } from "./terminal.js";

/** "1 dormant tie that matters", "3 dormant ties that matter". */
function dormantTies(n: number): string {
  return n === 1 ? "1 dormant tie that matters" : `${n} dormant ties that matter`;
}

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
    shape: review.shape,
    suggestions: review.suggestions,
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
  const parts = [`${ramp[0]} none`];
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
  return period.kind === "range" ? series.from : series.label;
}

/** "+3", "-1", "=" (or arrows on a terminal). */
export function deltaText(delta: number, unicode: boolean): string {
  if (delta === 0) return "=";
  if (unicode) return `${delta > 0 ? "↑" : "↓"}${Math.abs(delta)}`;
  return delta > 0 ? `+${delta}` : `${delta}`;
}

function goalText(m: Measure, partial: boolean, unit: string): string {
  if (m.goal === null) return "";
  if (m.met === null) return `goal ${m.goal}`;
  if (!partial) {
    // A period net was used for only part of: the goal for the days it was.
    const goal = m.goalSoFar ?? m.goal;
    const since = goal < m.goal ? " since you started" : "";
    return `goal ${goal}${since}: ${m.met ? "reached" : `${goal - m.value} short`}`;
  }
  return `goal ${m.goal} a ${unit}, ${m.goalSoFar} by now: ${m.met ? "on track" : "behind"}`;
}

const PULSE_ROWS: { key: keyof Review["pulse"]; label: string }[] = [
  { key: "gesturesGiven", label: "gestures given" },
  { key: "received", label: "received" },
  { key: "peopleMet", label: "people met" },
  { key: "events", label: "events" },
];

function unitOf(period: Pick<Period, "kind">): string {
  return period.kind === "range" ? "period" : period.kind;
}

/** "software 2055 (+88 new), research 843, …": the largest first, at most `max` then how many more. */
export function sliceLine(slices: Review["shape"]["byCircle"], max = 6): string {
  const shown = slices.slice(0, max).map((s) => `${s.name} ${s.count}${s.new ? ` (+${s.new})` : ""}`);
  if (slices.length > max) shown.push(`${slices.length - max} more`);
  return shown.join(", ");
}

/** "12 people, 2 new in 2026Q4, shown with a + below": says what "research 4 (+1)" means. */
function shapeNote(sh: Review["shape"], label: string): string {
  const total = `${sh.total} ${sh.total === 1 ? "person" : "people"}`;
  return sh.newThisPeriod ? `${total}, ${sh.newThisPeriod} new in ${label}, shown with a + below` : `${total}, none new in ${label}`;
}

function periodLine(review: Review): string {
  const p = review.period;
  const span = `${p.from} to ${p.to}`;
  if (p.partial) return `${span}, day ${p.elapsedDays} of ${p.days}; compared with the same point of ${p.previous.label}`;
  if (p.elapsedDays === 0) return `${span}, not started yet`;
  return `${span}; compared with ${p.previous.label}`;
}

function emptyLine(review: Review): string {
  return `Nothing logged in ${review.period.label}${review.period.partial ? " so far" : ""}: no gestures, no events, no one new. A fresh start: the suggestions below are small.`;
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
  const c = options.chalk;
  const width = Math.max(80, options.width);
  const s = (t: string) => safeText(t, true);
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
  const title = `Network map ${p.label}`;
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
  heading("Pulse", p.partial ? `so far, vs the same point of ${p.previous.label}` : `vs ${p.previous.label}`);
  const unit = unitOf(p);
  for (const row of PULSE_ROWS) {
    const m = review.pulse[row.key];
    const delta = deltaText(m.delta, options.unicode);
    const paintDelta = m.delta > 0 ? c.green(delta) : m.delta < 0 ? c.yellow(delta) : delta;
    const goal = goalText(m, p.partial, unit);
    // The goal and its verdict wrap under themselves rather than being cut.
    const start = `  ${padEnd(row.label, 16)}${String(m.value).padStart(5)}  ${paintDelta}${" ".repeat(Math.max(1, 7 - delta.length))} ${c.dim(`(was ${m.previous})`.padEnd(12))} `;
    append(out, wrapLines(goal, width, { first: start, paint: m.met === false ? c.yellow : undefined }));
  }

  // Activity
  const a = review.activity;
  const future = a.series.some((x) => x.buckets.some((b) => !b.past));
  heading(
    "Activity",
    `interactions per ${a.bucketDays === 7 ? "week" : `${a.bucketDays / 7} weeks`}${future ? ", blank for those to come" : ""}`,
  );
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
  const counts = [
    r.lapsedCount ? `${r.lapsedCount} past their cadence` : "",
    r.dormantCount ? dormantTies(r.dormantCount) : "",
    r.quietCount ? `${r.quietCount} quiet` : "",
  ].filter(Boolean);
  heading("To re-contact", counts.join(", "));
  if (r.people.length === 0) indent("No one is past their cadence: every tie is fresh.");
  else {
    const lapsed = r.people.filter((e) => !e.dormant);
    const shown = [...lapsed.slice(0, TEXT_LIMIT - 2), ...r.people.filter((e) => e.dormant).slice(0, 5)];
    tableLines(
      table(
        shown,
        [
          { header: "NAME", value: (e) => e.name, min: 14, keep: true },
          { header: "TIER", value: (e) => e.tier, min: 7 },
          { header: "INTENT", value: (e) => e.intent ?? "", min: 6 },
          {
            header: "LAST GESTURE",
            value: (e) => (e.lastGesture ? gesturePhrase(e.lastGesture.kind, e.lastGesture.direction) : "none yet"),
            min: 12,
          },
          { header: "SINCE", value: (e) => `${e.daysSince}d ago`, min: 8 },
          {
            header: "CADENCE",
            value: (e) => (e.dormant ? `${e.cadenceDays}d, dormant` : `${e.cadenceDays}d, ${e.overdueDays}d over`),
            min: 12,
            paint: (cell, e) => (e.dormant ? c.red(cell) : c.yellow(cell)),
          },
        ],
        { width: width - 2, header: (h) => c.dim(h) },
      ),
    );
    const hidden = r.lapsedCount + r.dormantCount - shown.length;
    if (hidden > 0) indent(`and ${hidden} more (net list --sort due; net map --json lists the first 10 of each)`, c.dim);
  }

  // Thank
  heading("To thank", review.thank.length ? `help and intros received in ${p.label}, no thanks logged since` : "");
  if (review.thank.length === 0) indent(`Nothing waiting: every help or intro received in ${p.label} was thanked.`);
  else {
    tableLines(
      table(
        review.thank.slice(0, TEXT_LIMIT),
        [
          { header: "DATE", value: (t) => t.date, min: 10 },
          { header: "WHO", value: (t) => t.person.name, min: 12, keep: true },
          { header: "WHAT", value: (t) => (t.kind === "intro" ? "an introduction" : "help"), min: 6 },
          { header: "NOTE", value: (t) => t.note ?? "", min: 8 },
        ],
        { width: width - 2, header: (h) => c.dim(h) },
      ),
    );
    if (review.thankWaiting > TEXT_LIMIT) indent(`and ${review.thankWaiting - TEXT_LIMIT} more (net map --json lists them all)`, c.dim);
  }

  // Balance
  const b = review.balance;
  heading("Balance", `help, intros and shares in ${p.label}`);
  if (b.gave + b.received + b.asked === 0) indent("No help, intro or share logged in this period.");
  else {
    indent(
      `you gave ${b.gave}, received ${b.received}${b.asked ? `, asked ${b.asked}` : ""}${b.gave >= b.received ? ": giving comes first, well done" : ""}`,
    );
    tableLines(
      table(
        b.people,
        [
          { header: "WITH", value: (e) => e.name, min: 12, keep: true },
          { header: "GAVE", value: (e) => String(e.gave), min: 4 },
          { header: "RECEIVED", value: (e) => String(e.received), min: 8 },
          { header: "ASKED", value: (e) => String(e.asked), min: 5 },
        ],
        { width: width - 2, header: (h) => c.dim(h) },
      ),
    );
    if (b.onlyTake.length) prose(`Only receiving from or asking of: ${b.onlyTake.map((e) => s(e.name)).join(", ")}. Give first next time.`);
  }

  // Shape
  const sh = review.shape;
  heading("Shape of the network", shapeNote(sh, p.label));
  if (sh.total === 0) indent("No one yet: add the next person you meet with net add.");
  else {
    for (const [label, slices] of [
      ["circle", sh.byCircle],
      ["sector", sh.bySector],
      ["intent", sh.byIntent],
      ["tier", sh.byTier],
    ] as const)
      append(out, wrapLines(s(sliceLine(slices)), width, { first: `  ${c.dim(padEnd(label, 8))}`, rest: " ".repeat(10) }));
  }
  for (const w of sh.warnings)
    append(
      out,
      wrapLines(s(w.message), width, { first: "  ! " }).map((l) => c.yellow(l)),
    );

  // Suggestions
  heading(p.kind === "quarter" ? "Next quarter" : "Next");
  review.suggestions.forEach((sg, i) => {
    prose(s(sg.text), `${i + 1}. `);
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
  const p = review.period;
  const out: string[] = [];
  const row = (cells: (string | number)[]) => out.push(`| ${cells.join(" | ")} |`);
  out.push(`# Network map ${p.label}`, "", `_${periodLine(review)}._`);
  if (review.empty) out.push("", emptyLine(review));

  out.push("", "## Pulse", "");
  row(["", p.label, `${p.previous.label}${p.partial ? " (same point)" : ""}`, "change", "goal"]);
  row(["---", "---:", "---:", "---:", "---"]);
  for (const r of PULSE_ROWS) {
    const m = review.pulse[r.key];
    row([r.label, m.value, m.previous, deltaText(m.delta, options.unicode), goalText(m, p.partial, unitOf(p))]);
  }

  const a = review.activity;
  out.push(
    "",
    "## Activity",
    "",
    `Interactions per ${a.bucketDays === 7 ? "week" : `${a.bucketDays / 7} weeks`}${a.max ? `: \`${activityLegend(a.max, options.unicode)}\`` : ""}.`,
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
  out.push("", "## To re-contact", "");
  if (r.people.length === 0) out.push("No one is past their cadence: every tie is fresh.");
  else {
    out.push(
      `${r.lapsedCount} past their cadence, ${dormantTies(r.dormantCount)}${r.quietCount ? `, ${r.quietCount} quiet ${r.quietCount === 1 ? "tie" : "ties"} not listed` : ""}.`,
      "",
    );
    row(["Name", "Tier", "Last gesture", "Since", "Status"]);
    row(["---", "---", "---", "---", "---"]);
    for (const e of r.people)
      row([
        mdText(e.name),
        e.tier + (e.intent ? `, ${e.intent}` : ""),
        e.lastGesture ? gesturePhrase(e.lastGesture.kind, e.lastGesture.direction) : "none yet",
        `${e.since} (${relativeDay(e.since, options.today)})`,
        e.dormant ? `dormant (${e.cadenceDays}d cadence)` : `${e.overdueDays}d over ${e.cadenceDays}d`,
      ]);
  }

  out.push("", "## To thank", "");
  if (review.thank.length === 0) out.push(`Nothing waiting: every help or intro received in ${p.label} was thanked.`);
  else {
    row(["Date", "Who", "What", "Note"]);
    row(["---", "---", "---", "---"]);
    for (const t of review.thank.slice(0, TEXT_LIMIT))
      row([t.date, mdText(t.person.name), t.kind === "intro" ? "an introduction" : "help", mdText(t.note ?? "")]);
    if (review.thankWaiting > TEXT_LIMIT) out.push("", `And ${review.thankWaiting - TEXT_LIMIT} more.`);
  }

  const b = review.balance;
  out.push("", "## Balance", "");
  if (b.gave + b.received + b.asked === 0) out.push("No help, intro or share logged in this period.");
  else {
    out.push(`You gave ${b.gave}, received ${b.received}${b.asked ? `, asked ${b.asked}` : ""} (help, intros and shares).`, "");
    row(["With", "Gave", "Received", "Asked"]);
    row(["---", "---:", "---:", "---:"]);
    for (const e of b.people) row([mdText(e.name), e.gave, e.received, e.asked]);
    if (b.onlyTake.length)
      out.push("", `Only receiving from or asking of: ${b.onlyTake.map((e) => mdText(e.name)).join(", ")}. Give first next time.`);
  }

  const sh = review.shape;
  out.push("", "## Shape of the network", "", `${shapeNote(sh, p.label)}.`, "");
  if (sh.total > 0) {
    out.push(`- **Circle**: ${mdText(sliceLine(sh.byCircle))}`);
    out.push(`- **Sector**: ${mdText(sliceLine(sh.bySector))}`);
    out.push(`- **Intent**: ${mdText(sliceLine(sh.byIntent))}`);
    out.push(`- **Tier**: ${mdText(sliceLine(sh.byTier))}`);
  }
  if (sh.warnings.length) {
    out.push("");
    for (const w of sh.warnings) out.push(`> **Note:** ${mdText(w.message)}`);
  }

  out.push("", `## ${p.kind === "quarter" ? "Next quarter" : "Next"}`, "");
  review.suggestions.forEach((s, i) => {
    out.push(`${i + 1}. ${mdText(s.text)}`);
  });
  return `${out.join("\n")}\n`;
}
