import { describe, expect, it } from "vitest";
import { TIER_CADENCE_DAYS } from "../../src/domain/model.js";
import { comparison, dayTotals, kindCounts, quarterPeriod, type Review, review } from "../../src/domain/review/index.js";
import { activityLegend, deltaText, mdText, renderMarkdown, renderText, reviewJson, sliceLine, strip } from "../../src/render/map.js";
import { displayWidth, makeColours, wrapLines } from "../../src/render/terminal.js";

const Q4 = quarterPeriod(2026, 4);
const TODAY = "2026-11-26";
const LONG = "Maximilian Alexander von Habsburg-Lothringen-Wittelsbach der Dritte, Herzog von Irgendwo und Nirgendwo, Graf zu Sonstwo";
const plain = makeColours(false);
const coloured = makeColours(true);
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences
const ANSI = /\u001b\[/;

function sample(): Review {
  const interactions = [
    { date: "2026-10-02", kind: "share", direction: "gave" },
    { date: "2026-10-09", kind: "help", direction: "received" },
    { date: "2026-11-20", kind: "event", direction: "mutual" },
    { date: "2026-07-03", kind: "share", direction: "gave" },
  ] as const;
  const windows = comparison(Q4, TODAY);
  const r = review({
    period: Q4,
    today: TODAY,
    kinds: kindCounts(interactions, windows),
    days: dayTotals(interactions),
    met: [{ window: "current", sector: "research", circle: "external", archived: false, count: 1 }],
    people: [
      {
        id: "1",
        slug: "max",
        name: LONG,
        tier: "active",
        cadenceDays: null,
        intent: "learn",
        metOn: "2026-01-01",
        source: "added",
        createdAt: "2026-01-01T00:00:00Z",
        lastInteractionOn: "2026-10-02",
      },
    ],
    received: [
      {
        interactionId: "i1",
        date: "2026-10-09",
        kind: "help",
        note: "a | pipe and *stars*",
        person: { id: "2", slug: "grace", name: "Grace Hopper" },
        lastThanksOn: null,
      },
    ],
    balances: [{ person: { id: "2", slug: "grace", name: "Grace Hopper" }, gave: 0, received: 1, asked: 0 }],
    shapeCounts: [
      { circle: "external", sector: "research", intent: "learn", tier: "active", count: 1 },
      { circle: "internal", sector: "defense", intent: null, tier: "network", count: 1 },
    ],
    cadences: TIER_CADENCE_DAYS,
    goals: { newPeoplePerMonth: 1, eventsPerMonth: 1, gesturesPerWeek: 3 },
    wantsSponsor: true,
  });
  return {
    ...r,
    recontact: {
      ...r.recontact,
      people: r.recontact.people.map((p) => ({ ...p, lastGesture: { date: "2026-10-02", kind: "share", direction: "gave", note: null } })),
    },
  };
}

describe("activity strip", () => {
  const series = {
    buckets: [
      { from: "a", count: 0, past: true },
      { from: "b", count: 1, past: true },
      { from: "c", count: 8, past: true },
      { from: "d", count: 4, past: true },
      { from: "e", count: 0, past: false },
    ],
  };
  it.each([
    [true, "·▁█▄"],
    [false, ".:@+"],
  ])("unicode %s draws %s, and nothing for weeks to come", (unicode, expected) => {
    expect(strip(series, 8, unicode)).toBe(expected);
  });
});

describe("pieces", () => {
  it.each([
    [3, true, "↑3"],
    [-2, true, "↓2"],
    [3, false, "+3"],
    [-2, false, "-2"],
    [0, false, "="],
  ])("delta %i (unicode %s) is %s", (delta, unicode, expected) => {
    expect(deltaText(delta, unicode)).toBe(expected);
  });

  it.each([
    [1, true, "· none  █ 1"],
    [4, false, ". none  - 1  + 2  # 3  @ 4"],
    [8, true, "· none  ▁ 1  ▂ 2  ▃ 3  ▄ 4  ▅ 5  ▆ 6  ▇ 7  █ 8"],
    [12, true, "· none  ▁ 1  ▂ 2..3  ▃ 4  ▄ 5..6  ▅ 7  ▆ 8..9  ▇ 10  █ 11..12"],
  ])("the legend at max %i (unicode %s) names every glyph: %s", (max, unicode, legend) => {
    expect(activityLegend(max, unicode)).toBe(legend);
    // What strip draws for each count is what the legend says for it.
    const counts = Array.from({ length: max }, (_, i) => i + 1);
    const drawn = strip({ buckets: counts.map((count) => ({ from: "", count, past: true })) }, max, unicode);
    counts.forEach((count, i) => {
      const entry = legend.split("  ").find((e) => e.startsWith(`${drawn[i]} `)) as string;
      const [from, to] = entry.slice(2).split("..").map(Number) as [number, number?];
      expect(count).toBeGreaterThanOrEqual(from);
      expect(count).toBeLessThanOrEqual(to ?? from);
    });
  });

  it("wraps prose at spaces within the width", () => {
    const lines = wrapLines("one two three four five six seven eight nine ten", 20, { first: "  1. " });
    expect(lines).toEqual(["  1. one two three", "     four five six", "     seven eight", "     nine ten"]);
  });

  it("escapes Markdown in user text", () => {
    expect(mdText("a | b *c* _d_ `e` <f>")).toBe("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\<f\\>");
  });

  it("shows the largest slices and says how many more", () => {
    const slices = Array.from({ length: 8 }, (_, i) => ({ name: `s${i}`, count: 10 - i, new: i === 0 ? 2 : 0 }));
    expect(sliceLine(slices, 3)).toBe("s0 10 (+2), s1 9, s2 8, 5 more");
  });
});

describe("text", () => {
  it.each([80, 100, 132])("fits %i columns: no line wraps, long names cut with …", (width) => {
    const text = renderText(sample(), { chalk: plain, width, unicode: false, today: TODAY });
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(text).toContain("…");
    expect(text).not.toContain(LONG);
  });

  it("stays plain ASCII art and uncoloured off a terminal", () => {
    const text = renderText(sample(), { chalk: plain, width: 100, unicode: false, today: TODAY });
    expect(text).not.toMatch(ANSI);
    expect(text).not.toMatch(/[▁▂▃▄▅▆▇█·↑↓]/);
    for (const section of ["Pulse", "Activity", "To re-contact", "To thank", "Balance", "Shape of the network", "Next quarter"])
      expect(text).toContain(section);
    expect(text).toMatch(/gestures given\s+1\s+=/);
    expect(text).toMatch(/events\s+1\s+\+1/);
    expect(text).toContain("A hand received or an ask made: Grace Hopper.");
    expect(text).not.toMatch(/next time|only receiving/i);
    expect(text).toContain("No internal sponsor or partner yet");
  });

  it("uses blocks, arrows and colours on a terminal", () => {
    const text = renderText(sample(), { chalk: coloured, width: 100, unicode: true, today: TODAY });
    expect(text).toMatch(ANSI);
    expect(text).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(text).toContain("↑1");
  });

  it("neutralises control characters in names", () => {
    const r = sample();
    r.thank[0]!.person.name = "Evil\u001b[31mName";
    const text = renderText(r, { chalk: plain, width: 100, unicode: false, today: TODAY });
    expect(text).not.toMatch(ANSI);
    expect(text).toContain("Evil\\x1b[31mName");
  });

  it("says what the + after a count is, never a literal (+n); the legend is under Activity", () => {
    for (const text of [
      renderText(sample(), { chalk: plain, width: 80, unicode: false, today: TODAY }),
      renderMarkdown(sample(), { unicode: false, today: TODAY }),
    ]) {
      expect(text).not.toContain("+n");
      expect(text).toContain("1 new in 2026Q4, shown with a + below");
      expect(text).toContain(". none  @ 1");
    }
  });

  it("wraps a goal's verdict under it at 80 columns instead of cutting it", () => {
    const text = renderText(sample(), { chalk: plain, width: 80, unicode: false, today: TODAY });
    expect(text).toMatch(/gestures given .*goal 39 a quarter, \d+ by now:\n {46}behind\n/);
  });

  it.each([
    [1, "1 dormant tie that matters"],
    [3, "3 dormant ties that matter"],
  ])("counts %i dormant tie(s) in good English, in text and Markdown", (n, words) => {
    const r = sample();
    const counted = { ...r, recontact: { ...r.recontact, dormantCount: n } };
    expect(renderText(counted, { chalk: plain, width: 100, unicode: false, today: TODAY })).toContain(words);
    expect(renderMarkdown(counted, { unicode: false, today: TODAY })).toContain(words);
  });

  it("says plainly when the period is empty", () => {
    const r = { ...sample(), empty: true };
    expect(renderText(r, { chalk: plain, width: 80, unicode: false, today: TODAY })).toContain("Nothing logged in 2026Q4 so far");
  });
});

describe("markdown", () => {
  const md = renderMarkdown(sample(), { unicode: false, today: TODAY });
  it("has a title, a section per part and tables", () => {
    expect(md.startsWith("# Network map 2026Q4\n")).toBe(true);
    for (const section of [
      "## Pulse",
      "## Activity",
      "## To re-contact",
      "## To thank",
      "## Balance",
      "## Shape of the network",
      "## Next quarter",
    ])
      expect(md).toContain(`\n${section}\n`);
    expect(md).toContain("| gestures given | 1 | 1 | = |");
    expect(md).toContain("| events | 1 | 0 | +1 |");
    expect(md).toContain("```text\n");
  });
  it("escapes user text so tables keep their columns", () => {
    expect(md).toContain("a \\| pipe and \\*stars\\*");
    expect(md).not.toMatch(ANSI);
  });
});

describe("json", () => {
  it("has the documented top-level shape", () => {
    const json = reviewJson(sample(), true);
    expect(Object.keys(json)).toEqual([
      "period",
      "pulse",
      "activity",
      "recontact",
      "thank",
      "balance",
      "shape",
      "suggestions",
      "empty",
      "recorded",
    ]);
    expect(json.period).toEqual({
      label: "2026Q4",
      kind: "quarter",
      from: "2026-10-01",
      to: "2026-12-31",
      days: 92,
      partial: true,
      elapsedDays: 57,
      previous: { label: "2026Q3", from: "2026-07-01", to: "2026-08-26" },
    });
    expect(Object.keys(json.pulse)).toEqual(["gesturesGiven", "received", "peopleMet", "events"]);
    expect(json.suggestions).toHaveLength(3);
  });
});
