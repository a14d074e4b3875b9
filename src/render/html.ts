/**
 * `net map --html`: the review as one self-contained page (styles, script and data inline; no
 * request leaves it). Drawn from the same Review the text map prints, plus everyone active for
 * the rings and a year of daily totals for the heat map. Charts are hand-written SVG, made here;
 * the page's only script switches the rings' colours and shows who a dot is on hover or focus.
 *
 * Safety: every piece of user text goes through `esc` (element text and attribute values); the
 * data embedded as JSON goes through `jsonForScript`, which cannot close its <script> element. A
 * Content-Security-Policy allows no request at all and only the page's own script (by its hash).
 */
import { createHash } from "node:crypto";
import { nextDueOn } from "../domain/contacts.js";
import { addDays, daysBetween, type IsoDate, weekday } from "../domain/dates.js";
import { cadenceOf, type Direction, type Kind, TIERS, type Tier } from "../domain/model.js";
import { dayText, periodName, periodWords, previousWords, type Review } from "../domain/review/index.js";
import { language, messages } from "../i18n/index.js";
import { circleName, gestureText, numberText, sliceName } from "./map.js";

/** What the rings need of a person (the store's `networkPeople`). */
export interface RingPerson {
  id: string;
  slug: string;
  name: string;
  tier: Tier;
  sector: string | null;
  circle: string | null;
  company: string | null;
  cadenceDays: number | null;
  source: "added" | "imported";
  createdAt: string;
  metOn: IsoDate | null;
  lastInteractionOn: IsoDate | null;
  keepInTouchDoneOn?: IsoDate | null;
  lastKind: string | null;
  lastDirection: string | null;
}

export interface HtmlInput {
  review: Review;
  /** `map --json`'s shape of the same review, embedded for scripts. */
  json: unknown;
  people: readonly RingPerson[];
  /** Interactions per day over `year` (days with none may be missing). */
  days: readonly { date: IsoDate; count: number }[];
  year: { from: IsoDate; to: IsoDate };
  cadences: Record<Tier, number>;
  today: IsoDate;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an element or a quoted attribute value. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string);
}

/** JSON that can sit inside <script>: no `<` (so no `</script>` nor `<!--`), `>`, `&`, nor U+2028/2029. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The year of days the heat map shows: the 52 weeks and a day up to the period's end, or the whole period when longer. */
export function heatYear(period: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } {
  const yearBack = addDays(period.to, -364);
  return { from: [period.from, yearBack].sort()[0] as IsoDate, to: period.to };
}

// ---------------------------------------------------------------------------
// The rings

/** Colours for the largest sectors; the rest share "other". */
const SECTOR_COLOURS = 8;

type DueState = "ok" | "due" | "overdue";

/** Due once the next keep-in-touch day has come; overdue past half a cadence more (as net list colours it). */
function dueState(p: RingPerson, cadences: Record<Tier, number>, today: IsoDate): { state: DueState; dueOn: IsoDate } {
  const dueOn = nextDueOn(p, cadences);
  if (dueOn > today) return { state: "ok", dueOn };
  return { state: daysBetween(dueOn, today) > cadenceOf(p, cadences) * 0.5 ? "overdue" : "due", dueOn };
}

const SIZE = 640;
const CENTRE = SIZE / 2;
const INNER = 34;
const OUTER = 306;
const GAP = 8;
const MIN_BAND = 26;

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function lastGestureText(p: RingPerson): string {
  const t = messages().review.html;
  if (!p.lastInteractionOn || !p.lastKind) return t.nothingLogged;
  return t.lastGesture({
    gesture: gestureText(p.lastKind as Kind, (p.lastDirection ?? "gave") as Direction),
    date: dayText(p.lastInteractionOn),
  });
}

/** "3 people", "1 personne". */
function peopleText(n: number): string {
  return messages().review.peopleCount({ count: n, shown: numberText(n) });
}

function rings(input: HtmlInput, sectorClass: (sector: string | null) => string): string {
  const t = messages().review.html;
  const byTier = new Map<Tier, RingPerson[]>(TIERS.map((t) => [t, []]));
  for (const p of input.people) byTier.get(p.tier)?.push(p);
  const total = input.people.length || 1;
  const spare = OUTER - INNER - GAP * (TIERS.length - 1) - MIN_BAND * TIERS.length;
  const sectorRank = new Map(input.review.shape.bySector.map((s, i) => [s.name, i]));
  const parts: string[] = [];
  const labels: string[] = [];
  let r0 = INNER;
  for (const tier of TIERS) {
    const people = (byTier.get(tier) ?? []).slice();
    // Sectors together (largest first), so each makes an arc; then by name.
    people.sort((a, b) => (sectorRank.get(a.sector ?? "(none)") ?? 0) - (sectorRank.get(b.sector ?? "(none)") ?? 0));
    const width = MIN_BAND + (spare * people.length) / total;
    const n = people.length;
    const around = 2 * Math.PI * r0;
    const tracks = Math.max(1, Math.round(Math.sqrt((n * width) / around)));
    const step = Math.min(width / tracks, (around * tracks) / Math.max(n, 1));
    const dot = Math.max(0.8, Math.min(7, step * 0.42));
    parts.push(
      `<g class="ring" data-tier="${tier}" aria-label="${esc(t.ring({ tier, people: peopleText(n) }))}">`,
      // i18n-ignore: HTML markup; its words come from the catalogue
      `<circle class="band" cx="${CENTRE}" cy="${CENTRE}" r="${round(r0 + width / 2)}" stroke-width="${round(width)}"/>`,
    );
    people.forEach((p, j) => {
      const track = j % tracks;
      const angle = (2 * Math.PI * j) / n - Math.PI / 2;
      const r = r0 + ((track + 0.5) * width) / tracks;
      const { state, dueOn } = dueState(p, input.cadences, input.today);
      const sector = p.sector ?? "(none)";
      const circle = p.circle ?? "none";
      const day = dayText(dueOn);
      const due = state === "ok" ? t.nextDue(day) : state === "due" ? t.dueSince(day) : t.overdueSince(day);
      const circleText = circle === "none" ? t.circleNotSet : circleName(circle);
      const label = `${p.name}${p.company ? `, ${p.company}` : ""} · ${tier}, ${sliceName(sector)}, ${circleText} · ${t.last(lastGestureText(p))} · ${due}`;
      parts.push(
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<circle class="dot ${sectorClass(p.sector)} c-${circle} ${state}" cx="${round(CENTRE + r * Math.cos(angle))}" cy="${round(CENTRE + r * Math.sin(angle))}" r="${round(dot)}" tabindex="-1" data-tier="${tier}" data-sector="${esc(sector)}" data-circle="${circle}" data-due="${state}" aria-label="${esc(label)}"/>`,
      );
    });
    parts.push("</g>");
    labels.push(
      // i18n-ignore: HTML markup; its words come from the catalogue
      `<text class="ring-label" x="${CENTRE}" y="${round(CENTRE - r0 - width / 2 + 4)}" text-anchor="middle">${tier} ${n}</text>`,
    );
    r0 += width + GAP;
  }
  // i18n-ignore: HTML markup; its words come from the catalogue
  return `<svg id="rings-svg" viewBox="0 0 ${SIZE} ${SIZE}" role="group" tabindex="0" aria-label="${esc(t.ringsLabel)}">${parts.join("")}${labels.join("")}</svg>`;
}

// ---------------------------------------------------------------------------
// The heat map: a year of days, weeks as columns (Monday on top), the period outlined

const CELL = 11;
const PITCH = 13;

/** Four levels by the quartiles of the busy days' counts, so a steady year still shows its peaks. */
export function heatLevels(counts: readonly number[]): (count: number) => number {
  const busy = counts.filter((n) => n > 0).sort((a, b) => a - b);
  const cut = [0.25, 0.5, 0.75].map((q) => busy[Math.floor(q * (busy.length - 1))] ?? 0);
  return (count) => (count === 0 ? 0 : 1 + cut.filter((c) => count > c).length);
}

function heatMap(input: HtmlInput): { svg: string; table: string } {
  const { year, review, today } = input;
  const t = messages().review;
  const h = t.html;
  const counts = new Map(input.days.map((d) => [d.date, d.count]));
  const level = heatLevels(input.days.filter((d) => d.date >= year.from && d.date <= year.to).map((d) => d.count));
  const firstMonday = addDays(year.from, -((weekday(year.from) + 6) % 7));
  const cells: string[] = [];
  const monthLabels: string[] = [];
  const months = new Map<string, { total: number; days: number; busiest: IsoDate | null; best: number }>();
  let columns = 0;
  for (let day = year.from; day <= year.to; day = addDays(day, 1)) {
    const col = Math.floor(daysBetween(firstMonday, day) / 7);
    const row = (weekday(day) + 6) % 7;
    columns = col + 1;
    const count = counts.get(day) ?? 0;
    const inPeriod = day >= review.period.from && day <= review.period.to;
    const future = day > today;
    const cls = `day l${level(count)}${inPeriod ? " in" : ""}${future ? " future" : ""}`;
    cells.push(
      // i18n-ignore: HTML markup; its words come from the catalogue
      `<rect class="${cls}" x="${30 + col * PITCH}" y="${16 + row * PITCH}" width="${CELL}" height="${CELL}" rx="2" data-date="${day}" data-count="${count}"><title>${esc(h.dayTitle({ day: dayText(day), what: future ? h.toCome : h.logged(count) }))}</title></rect>`,
    );
    if (day.endsWith("-01") || day === year.from)
      monthLabels.push(`<text x="${30 + col * PITCH}" y="10">${esc(t.monthsShort[Number(day.slice(5, 7)) - 1] ?? "")}</text>`);
    const key = day.slice(0, 7);
    const m = months.get(key) ?? { total: 0, days: 0, busiest: null, best: 0 };
    m.total += count;
    if (count > 0) m.days += 1;
    if (count > m.best) {
      m.best = count;
      m.busiest = day;
    }
    months.set(key, m);
  }
  const dayNames = t.weekdaysShort.map((d, i) => (d ? `<text x="0" y="${16 + i * PITCH + 9}">${esc(d)}</text>` : "")).join("");
  const width = 30 + columns * PITCH;
  // i18n-ignore: HTML markup; its words come from the catalogue
  const svg = `<svg id="heat-svg" viewBox="0 0 ${width} ${16 + 7 * PITCH}" role="img" aria-label="${esc(h.heatLabel({ from: dayText(year.from), to: dayText(year.to), name: periodName(review.period) }))}">${monthLabels.join("")}${dayNames}${cells.join("")}</svg>`;
  const rows = [...months]
    .map(
      ([month, m]) =>
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<tr><th scope="row">${esc(periodName({ kind: "month", from: `${month}-01`, to: `${month}-01` }))}</th><td>${m.total}</td><td>${m.days}</td><td>${m.busiest ? `${esc(dayText(m.busiest))} (${m.best})` : ""}</td></tr>`,
    )
    .join("");
  // i18n-ignore: HTML markup; its words come from the catalogue
  const table = `<table><caption>${esc(h.byMonth)}</caption><thead><tr><th scope="col">${esc(h.headMonth)}</th><th scope="col">${esc(h.headLogged)}</th><th scope="col">${esc(h.headDaysWithOne)}</th><th scope="col">${esc(h.headBusiest)}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return { svg, table };
}

// ---------------------------------------------------------------------------
// Give and receive: one row per person, received to the left, given to the right

function balanceChart(review: Review): string {
  const t = messages().review.html;
  const periodIn = periodWords(review.period).in;
  const people = review.balance.people;
  if (people.length === 0) return `<p class="empty">${esc(t.noExchange(periodIn))}</p>`;
  const most = people.reduce((m, p) => Math.max(m, p.gave, p.received + p.asked), 1);
  const rowH = 26;
  const mid = 400;
  const half = 200;
  const bars = people
    .map((p, i) => {
      const y = 24 + i * rowH;
      const take = p.received + p.asked;
      const left = (take / most) * half;
      const right = (p.gave / most) * half;
      return (
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<g class="bal-row"><text class="who" x="${mid - half - 8}" y="${y + 13}" text-anchor="end">${esc(p.name)}</text>` +
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<rect class="took" x="${round(mid - left)}" y="${y}" width="${round(left)}" height="18"><title>${esc(t.tookTitle({ name: p.name, received: p.received, asked: p.asked }))}</title></rect>` +
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<rect class="gave" x="${mid}" y="${y}" width="${round(right)}" height="18"><title>${esc(t.gaveTitle({ name: p.name, gave: p.gave }))}</title></rect>` +
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<text class="n" x="${round(mid - left - 4)}" y="${y + 13}" text-anchor="end">${take || ""}</text>` +
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<text class="n" x="${round(mid + right + 4)}" y="${y + 13}">${p.gave || ""}</text></g>`
      );
    })
    .join("");
  const height = 24 + people.length * rowH + 4;
  // i18n-ignore: HTML markup; its words come from the catalogue
  const svg = `<svg id="balance-svg" viewBox="0 0 ${mid + half + 40} ${height}" role="img" aria-label="${esc(t.balanceLabel)}"><text x="${mid - 8}" y="12" text-anchor="end">${esc(t.axisTook)}</text><text x="${mid + 8}" y="12">${esc(t.axisGave)}</text><line class="axis" x1="${mid}" x2="${mid}" y1="18" y2="${height}"/>${bars}</svg>`;
  const rows = people
    // i18n-ignore: HTML markup; its words come from the catalogue
    .map((p) => `<tr><th scope="row">${esc(p.name)}</th><td>${p.gave}</td><td>${p.received}</td><td>${p.asked}</td></tr>`)
    .join("");
  // i18n-ignore: HTML markup; its words come from the catalogue
  return `${svg}<table><caption>${esc(t.balanceCaption(periodIn))}</caption><thead><tr><th scope="col">${esc(t.headPerson)}</th><th scope="col">${esc(t.headGave)}</th><th scope="col">${esc(t.headReceived)}</th><th scope="col">${esc(t.headAsked)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// ---------------------------------------------------------------------------
// The lists and the pulse, as in the text map

const PULSE_KEYS: (keyof Review["pulse"])[] = ["gesturesGiven", "received", "peopleMet", "events"];

function pulseTable(review: Review): string {
  const t = messages().review;
  const h = t.html;
  const rows = PULSE_KEYS.map((key) => {
    const m = review.pulse[key];
    const delta = m.delta === 0 ? "=" : m.delta > 0 ? `+${m.delta}` : `${m.delta}`;
    const goal = m.goal === null ? "" : `${m.goal}${m.goalSoFar !== null && m.goalSoFar !== m.goal ? h.byNow(m.goalSoFar) : ""}`;
    const status = m.met === null ? "" : m.met ? t.onTrack : t.behind;
    // i18n-ignore: HTML markup; its words come from the catalogue
    return `<tr><th scope="row">${esc(t.pulseRows[key])}</th><td class="num">${m.value}</td><td class="num">${m.previous}</td><td class="num">${delta}</td><td>${esc(goal)}</td><td class="${m.met === false ? "behind" : "ok"}">${esc(status)}</td></tr>`;
  }).join("");
  const caption = h.pulseCaption({
    name: periodName(review.period),
    previousVs: previousWords(review.period).vs,
    running: review.period.partial,
  });
  // i18n-ignore: HTML markup; its words come from the catalogue
  return `<table id="pulse-table"><caption>${esc(caption)}</caption><thead><tr><th scope="col"></th><th scope="col">${esc(h.headNow)}</th><th scope="col">${esc(h.headBefore)}</th><th scope="col">${esc(h.headChange)}</th><th scope="col">${esc(h.headGoal)}</th><th scope="col"></th></tr></thead><tbody>${rows}</tbody></table>`;
}

function recontactList(review: Review): string {
  const t = messages().review;
  const h = t.html;
  const { recontact } = review;
  if (recontact.people.length === 0) return `<p class="empty">${esc(h.wellKept)}</p>`;
  const items = recontact.people
    .map((p) => {
      const last = p.lastGesture
        ? `${esc(h.last(h.lastGesture({ gesture: gestureText(p.lastGesture.kind, p.lastGesture.direction), date: dayText(p.lastGesture.date) })))}${p.lastGesture.note ? ` (${h.quoted(esc(p.lastGesture.note))})` : ""}`
        : esc(h.nothingLogged);
      // i18n-ignore: HTML markup; its words come from the catalogue
      return `<li><strong>${esc(p.name)}</strong> <span class="muted">${p.tier}${p.dormant ? esc(h.dormant) : ""}</span> · ${esc(h.recontactItem({ days: p.daysSince, since: dayText(p.since), cadence: p.cadenceDays }))} · ${last}</li>`;
    })
    .join("");
  const more = recontact.quietCount ? `<p class="muted">${esc(h.quietTies(recontact.quietCount))}</p>` : "";
  return `<p>${esc(h.recontactCounts({ lapsed: t.lapsed(recontact.lapsedCount), dormant: t.dormantTies(recontact.dormantCount) }))}</p><ol>${items}</ol>${more}`;
}

function thankList(review: Review): string {
  const t = messages().review;
  const h = t.html;
  if (review.thank.length === 0) return `<p class="empty">${esc(h.nothingToThank)}</p>`;
  const items = review.thank
    .map(
      (e) =>
        `<li><strong>${esc(e.person.name)}</strong> · ${esc(h.thankItem({ what: e.kind === "intro" ? t.anIntro : t.help, date: dayText(e.date), days: e.daysAgo }))}${e.note ? ` · ${h.quoted(esc(e.note))}` : ""}</li>`,
    )
    .join("");
  const more = review.thankWaiting > review.thank.length ? `<p class="muted">${esc(h.waitingInAll(review.thankWaiting))}</p>` : "";
  return `<ol>${items}</ol>${more}`;
}

function shapeTables(review: Review, sectorClass: (sector: string | null) => string): string {
  const h = messages().review.html;
  const { shape } = review;
  const sectorRows = shape.bySector
    .map(
      (s) =>
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<tr><th scope="row"><span class="key ${sectorClass(s.name === "(none)" ? null : s.name)}"></span>${esc(sliceName(s.name))}</th><td class="num">${esc(numberText(s.count))}</td><td class="num">${esc(numberText(s.new))}</td></tr>`,
    )
    .join("");
  const tierRows = TIERS.map((t) => {
    const s = shape.byTier.find((x) => x.name === t);
    // i18n-ignore: HTML markup; its words come from the catalogue
    return `<tr><th scope="row">${t}</th><td class="num">${esc(numberText(s?.count ?? 0))}</td><td class="num">${esc(numberText(s?.new ?? 0))}</td></tr>`;
  }).join("");
  const circleRows = shape.byCircle
    .map(
      (s) =>
        // i18n-ignore: HTML markup; its words come from the catalogue
        `<tr><th scope="row"><span class="key c-${s.name === "(none)" ? "none" : esc(s.name)}"></span>${esc(circleName(s.name))}</th><td class="num">${esc(numberText(s.count))}</td><td class="num">${esc(numberText(s.new))}</td></tr>`,
    )
    .join("");
  // i18n-ignore: HTML markup; its words come from the catalogue
  const head = `<thead><tr><th scope="col"></th><th scope="col">${esc(h.headPeople)}</th><th scope="col">${esc(h.headNew)}</th></tr></thead>`;
  const warnings = shape.warnings.map((w) => `<li>${esc(w.shown)}</li>`).join("");
  return (
    // i18n-ignore: HTML markup; its words come from the catalogue
    `<div class="tables"><table id="tier-table"><caption>${esc(h.byTier)}</caption>${head}<tbody>${tierRows}</tbody></table>` +
    // i18n-ignore: HTML markup; its words come from the catalogue
    `<table id="sector-table"><caption>${esc(h.bySector)}</caption>${head}<tbody>${sectorRows}</tbody></table>` +
    // i18n-ignore: HTML markup; its words come from the catalogue
    `<table id="circle-table"><caption>${esc(h.byCircle)}</caption>${head}<tbody>${circleRows}</tbody></table></div>` +
    // i18n-ignore: HTML markup; its words come from the catalogue
    (warnings ? `<ul class="warnings">${warnings}</ul>` : "")
  );
}

// ---------------------------------------------------------------------------
// The page

// i18n-ignore: the page's styles
const STYLE = `
:root{color-scheme:light dark;--bg:#fbfbf8;--fg:#1d1d1b;--muted:#66665f;--line:#d9d9d2;--band:#efefe9;--card:#fff;
--h0:#ebede6;--h1:#b7dfb0;--h2:#72bf6a;--h3:#3a9342;--h4:#1d6028;--gave:#2f7fbf;--took:#c8702a;--due:#c58a00;--over:#c0392b;
--p0:#0072b2;--p1:#e69f00;--p2:#009e73;--p3:#cc79a7;--p4:#56b4e9;--p5:#d55e00;--p6:#8a8a1f;--p7:#6a3d9a;--other:#8d8d86;--none:#b9b9b2;
--internal:#d55e00;--external:#0072b2}
@media (prefers-color-scheme:dark){:root{--bg:#161614;--fg:#ecece6;--muted:#a4a49c;--line:#3a3a35;--band:#22221f;--card:#1d1d1a;
--h0:#2a2b27;--h1:#24472a;--h2:#2f6e37;--h3:#46a352;--h4:#7fdc84;--gave:#5aa9e6;--took:#e69a55;--due:#f0c040;--over:#ff6b5b;
--p0:#56b4e9;--p1:#f0b840;--p2:#2fc495;--p3:#e597c4;--p4:#9fd6f5;--p5:#ff8a4c;--p6:#c9c94a;--p7:#b39ddb;--other:#8d8d86;--none:#5c5c56}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:1100px;margin:0 auto;padding:1rem}header h1{margin:.2rem 0;font-size:1.6rem}.muted,caption{color:var(--muted)}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem;margin:1rem 0}h2{margin:0 0 .5rem;font-size:1.2rem}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start}
@media (max-width:760px){.grid{grid-template-columns:1fr}main{padding:.5rem}section{padding:.7rem}}
svg{width:100%;height:auto;display:block}svg text{fill:var(--muted);font-size:10px}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem;max-width:100%}caption{text-align:left;font-size:.85rem}
th,td{padding:.15rem .6rem .15rem 0;text-align:left;border-bottom:1px solid var(--line);vertical-align:top}td.num{text-align:right}
.tables{display:flex;flex-wrap:wrap;gap:0 1.5rem}.behind{color:var(--over)}
.band{fill:none;stroke:var(--band)}.ring-label{font-size:12px;font-weight:700;fill:var(--fg);paint-order:stroke;stroke:var(--card);stroke-width:4px;pointer-events:none}
.dot{fill:var(--other);stroke:none;cursor:pointer}.dot.due{stroke:var(--due);stroke-width:1.5}.dot.overdue{stroke:var(--over);stroke-width:2.5}
.dot:focus,.dot.current{outline:none;stroke:var(--fg);stroke-width:3}
.by-sector .s0{fill:var(--p0)}.by-sector .s1{fill:var(--p1)}.by-sector .s2{fill:var(--p2)}.by-sector .s3{fill:var(--p3)}
.by-sector .s4{fill:var(--p4)}.by-sector .s5{fill:var(--p5)}.by-sector .s6{fill:var(--p6)}.by-sector .s7{fill:var(--p7)}
.by-sector .s-other{fill:var(--other)}.by-sector .s-none{fill:var(--none)}
.by-circle .c-internal{fill:var(--internal)}.by-circle .c-external{fill:var(--external)}.by-circle .c-none{fill:var(--none)}
.key{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.35em;background:var(--other)}
.key.s0{background:var(--p0)}.key.s1{background:var(--p1)}.key.s2{background:var(--p2)}.key.s3{background:var(--p3)}.key.s4{background:var(--p4)}
.key.s5{background:var(--p5)}.key.s6{background:var(--p6)}.key.s7{background:var(--p7)}.key.s-none,.key.c-none{background:var(--none)}
.key.c-internal{background:var(--internal)}.key.c-external{background:var(--external)}
.key.due{background:none;border:2px solid var(--due)}.key.overdue{background:none;border:3px solid var(--over)}
#tip{min-height:3em;padding:.4rem .6rem;border-left:3px solid var(--line);font-size:.9rem}
fieldset{border:0;padding:0;margin:0 0 .5rem}legend{float:left;margin-right:.6rem}label{margin-right:.8rem}
.heat-wrap{overflow-x:auto}#heat-svg{min-width:560px}
.day.l0{fill:var(--h0)}.day.l1{fill:var(--h1)}.day.l2{fill:var(--h2)}.day.l3{fill:var(--h3)}.day.l4{fill:var(--h4)}
.day.future{opacity:.35}.day.in{stroke:var(--fg);stroke-width:1}
.gave{fill:var(--gave)}.took{fill:var(--took)}.axis{stroke:var(--muted)}.who{fill:var(--fg)!important;font-size:12px!important}.n{font-size:11px}
ol,ul{padding-left:1.3rem;margin:.3rem 0}li{margin:.2rem 0}.warnings li{color:var(--over)}
a:focus,input:focus,svg:focus{outline:3px solid var(--p4);outline-offset:2px}
@media print{:root{--bg:#fff;--card:#fff;--fg:#000}section{break-inside:avoid;border-color:#bbb}fieldset,#tip{display:none}.heat-wrap{overflow:visible}}
`;

// i18n-ignore: the page's script
const SCRIPT = `(function(){
var fig=document.getElementById('rings-fig'),svg=document.getElementById('rings-svg'),tip=document.getElementById('tip');
var dots=Array.prototype.slice.call(svg.querySelectorAll('circle.dot')),at=-1;
function show(d){tip.textContent=d?d.getAttribute('aria-label'):'';}
document.querySelectorAll('input[name=colour]').forEach(function(r){r.addEventListener('change',function(){
fig.classList.toggle('by-sector',r.value==='sector'&&r.checked);fig.classList.toggle('by-circle',r.value==='circle'&&r.checked);
document.getElementById('legend-sector').hidden=r.value!=='sector';document.getElementById('legend-circle').hidden=r.value!=='circle';});});
function go(i){if(!dots.length)return;at=(i+dots.length)%dots.length;dots[at].focus();show(dots[at]);}
svg.addEventListener('mouseover',function(e){if(e.target.classList&&e.target.classList.contains('dot'))show(e.target);});
svg.addEventListener('focusin',function(e){if(e.target===svg&&dots.length)go(at<0?0:at);else if(e.target.classList.contains('dot'))show(e.target);});
svg.addEventListener('keydown',function(e){var k=e.key;if(k==='ArrowRight'||k==='ArrowDown'){go(at+1);e.preventDefault();}
else if(k==='ArrowLeft'||k==='ArrowUp'){go(at-1);e.preventDefault();}else if(k==='Home'){go(0);e.preventDefault();}else if(k==='End'){go(-1);e.preventDefault();}
else if(k==='Escape'){svg.focus();}});
})();`;

export function renderHtml(input: HtmlInput): string {
  const { review } = input;
  const h = messages().review.html;
  const topSectors = review.shape.bySector.filter((s) => s.name !== "(none)").slice(0, SECTOR_COLOURS);
  const colourOf = new Map(topSectors.map((s, i) => [s.name, `s${i}`]));
  const sectorClass = (sector: string | null) => (sector === null ? "s-none" : (colourOf.get(sector) ?? "s-other"));
  const heat = heatMap(input);
  const sectorLegend = [
    // i18n-ignore: HTML markup; its words come from the catalogue
    ...topSectors.map((s) => `<li><span class="key ${sectorClass(s.name)}"></span>${esc(s.name)}</li>`),
    review.shape.bySector.filter((s) => s.name !== "(none)").length > SECTOR_COLOURS
      ? // i18n-ignore: HTML markup; its words come from the catalogue
        `<li><span class="key s-other"></span>${esc(h.otherSectors)}</li>`
      : "",
    // i18n-ignore: HTML markup; its words come from the catalogue
    review.shape.bySector.some((s) => s.name === "(none)") ? `<li><span class="key s-none"></span>${esc(h.noSector)}</li>` : "",
  ].join("");
  // i18n-ignore: HTML markup; its words come from the catalogue
  const circleLegend = `<li><span class="key c-internal"></span>${esc(circleName("internal"))}</li><li><span class="key c-external"></span>${esc(circleName("external"))}</li><li><span class="key c-none"></span>${esc(h.notSet)}</li>`;
  // i18n-ignore: HTML markup; its words come from the catalogue
  const dueLegend = `<li><span class="key due"></span>${esc(h.due)}</li><li><span class="key overdue"></span>${esc(h.overdue)}</li>`;
  const p = review.period;
  const words = periodWords(p);
  const scriptHash = createHash("sha256").update(SCRIPT).digest("base64");
  const suggestions = review.suggestions.map((s) => `<li>${esc(s.shown)}</li>`).join("");
  const span = messages().review.span({ from: dayText(p.from), to: dayText(p.to) });
  const running = p.partial ? h.running({ elapsed: p.elapsedDays, days: p.days }) : "";
  const made = h.madeOn({ people: peopleText(review.shape.total), today: dayText(input.today) });
  const b = review.balance;
  // i18n-ignore: HTML markup; its words come from the catalogue
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${esc(h.pageTitle(words.name))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${esc(h.heading(words.name))}</h1>
<p class="muted">${esc(span + running)} · ${esc(made)}</p></header>
<section id="pulse" aria-labelledby="pulse-h"><h2 id="pulse-h">${esc(h.pulse)}</h2>${pulseTable(review)}</section>
<section id="rings" aria-labelledby="rings-h"><h2 id="rings-h">${esc(h.rings)}</h2>
<div class="grid"><figure id="rings-fig" class="by-sector" style="margin:0">
<fieldset><legend>${esc(h.colourBy)}</legend><label><input type="radio" name="colour" value="sector" checked> ${esc(h.sector)}</label><label><input type="radio" name="colour" value="circle"> ${esc(h.circle)}</label></fieldset>
${rings(input, sectorClass)}
<figcaption><ul id="legend-sector" class="legend">${sectorLegend}${dueLegend}</ul><ul id="legend-circle" class="legend" hidden>${circleLegend}${dueLegend}</ul></figcaption>
</figure>
<div><p id="tip" role="status" aria-live="polite">${esc(h.tip)}</p>
${shapeTables(review, sectorClass)}</div></div></section>
<section id="heat" aria-labelledby="heat-h"><h2 id="heat-h">${esc(h.heat)}</h2><div class="heat-wrap">${heat.svg}</div>
<details><summary>${esc(h.figures)}</summary>${heat.table}</details></section>
<section id="balance" aria-labelledby="balance-h"><h2 id="balance-h">${esc(h.give)}</h2>
<p>${esc(h.giveLine({ periodIn: words.in, gave: b.gave, received: b.received, asked: b.asked }))}</p>${balanceChart(review)}</section>
<div class="grid"><section id="recontact" aria-labelledby="recontact-h"><h2 id="recontact-h">${esc(h.recontact)}</h2>${recontactList(review)}</section>
<section id="thank" aria-labelledby="thank-h"><h2 id="thank-h">${esc(h.thank)}</h2>${thankList(review)}</section></div>
<section id="suggestions" aria-labelledby="suggestions-h"><h2 id="suggestions-h">${esc(h.suggestions)}</h2><ol>${suggestions}</ol></section>
</main>
<script type="application/json" id="review-data">${jsonForScript(input.json)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
