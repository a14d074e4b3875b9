import { describe, expect, it } from "vitest";
import { UserError } from "../../src/domain/errors.js";
import type { Direction, Kind, Tier } from "../../src/domain/model.js";
import { TIER_CADENCE_DAYS } from "../../src/domain/model.js";
import {
  activity,
  balance,
  comparison,
  contextPeriods,
  dayTotals,
  isReviewablePeriod,
  kindCounts,
  type MetCount,
  monthPeriod,
  type Period,
  type PersonBalance,
  type PersonLine,
  parsePeriod,
  periodDays,
  previousPeriod,
  pulse,
  quarterPeriod,
  type Received,
  recontact,
  review,
  type ShapeCount,
  shape,
  suggestions,
  toThank,
  wantsSponsor,
  weeksPerBucketFor,
  withLastGestures,
  yearPeriod,
} from "../../src/domain/review.js";

const GOALS = { newPeoplePerMonth: 1, eventsPerMonth: 1, gesturesPerWeek: 3 };
const Q4 = quarterPeriod(2026, 4);

function usageFailure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("periods", () => {
  it.each([
    [{}, "2026Q4", "2026-10-01", "2026-12-31"],
    [{ quarter: true }, "2026Q4", "2026-10-01", "2026-12-31"],
    [{ quarter: "2026Q3" }, "2026Q3", "2026-07-01", "2026-09-30"],
    [{ quarter: "2026-q1" }, "2026Q1", "2026-01-01", "2026-03-31"],
    [{ quarter: "Q2" }, "2026Q2", "2026-04-01", "2026-06-30"],
    [{ quarter: "Q1 2025" }, "2025Q1", "2025-01-01", "2025-03-31"],
    [{ month: "2026-10" }, "2026-10", "2026-10-01", "2026-10-31"],
    [{ month: true }, "2026-11", "2026-11-01", "2026-11-30"],
    [{ month: "2028-02" }, "2028-02", "2028-02-01", "2028-02-29"],
    [{ month: "2027-02" }, "2027-02", "2027-02-01", "2027-02-28"],
    [{ year: "2025" }, "2025", "2025-01-01", "2025-12-31"],
    [{ year: true }, "2026", "2026-01-01", "2026-12-31"],
    [{ since: "2026-07-15" }, "2026-07-15..2026-11-26", "2026-07-15", "2026-11-26"],
    [{ since: "2026-01-01", until: "2026-03-31" }, "2026-01-01..2026-03-31", "2026-01-01", "2026-03-31"],
  ])("reads %j as %s", (flags, label, from, to) => {
    expect(parsePeriod(flags, "2026-11-26")).toMatchObject({ label, from, to });
  });

  it.each([
    [{ quarter: "2026Q5" }, "2026Q5"],
    [{ quarter: "2026Q0" }, "2026Q0"],
    [{ quarter: "26Q1" }, "26Q1"],
    [{ month: "2026-13" }, "2026-13"],
    [{ month: "2026-00" }, "2026-00"],
    [{ month: "2026-1" }, "2026-1"],
    [{ year: "26" }, "26"],
  ])("refuses %j as a usage error listing the accepted forms", (flags, text) => {
    const error = usageFailure(() => parsePeriod(flags, "2026-11-26"));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(text);
    expect(error.hint).toContain("--quarter [2026Q3]");
    expect(error.hint).toContain("--month [2026-10]");
  });

  it.each([
    [{ quarter: true, month: "2026-10" }, "choose one period"],
    [{ year: "2026", since: "2026-01-01" }, "choose one period"],
    [{ until: "2026-09-30" }, "--until needs --since"],
    [{ since: "2026-10-01", until: "2026-09-30" }, "before --since"],
    [{ since: "someday" }, "can't read 'someday'"],
  ])("refuses %j (%s)", (flags, message) => {
    const error = usageFailure(() => parsePeriod(flags, "2026-11-26"));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(message);
  });

  it.each([
    [quarterPeriod(2026, 1), "2025Q4", "2025-10-01", "2025-12-31"],
    [quarterPeriod(2026, 3), "2026Q2", "2026-04-01", "2026-06-30"],
    [monthPeriod(2026, 1), "2025-12", "2025-12-01", "2025-12-31"],
    [monthPeriod(2028, 3), "2028-02", "2028-02-01", "2028-02-29"],
    [yearPeriod(2026), "2025", "2025-01-01", "2025-12-31"],
    [parsePeriod({ since: "2026-03-01", until: "2026-03-10" }, "2026-11-26"), "2026-02-19..2026-02-28", "2026-02-19", "2026-02-28"],
  ])("the period before %j is %s", (period, label, from, to) => {
    expect(previousPeriod(period)).toMatchObject({ label, from, to });
  });

  it("counts leap days in a quarter", () => {
    expect(periodDays(quarterPeriod(2028, 1))).toBe(91);
    expect(periodDays(quarterPeriod(2027, 1))).toBe(90);
    expect(periodDays(quarterPeriod(2026, 4))).toBe(92);
  });

  it("puts the three periods before for context, oldest first", () => {
    expect(contextPeriods(quarterPeriod(2026, 2)).map((p) => p.label)).toEqual(["2025Q3", "2025Q4", "2026Q1", "2026Q2"]);
  });

  it.each([
    // today, partial, elapsed, previous window
    ["2026-11-26", true, 57, "2026-07-01", "2026-08-26"],
    ["2026-10-01", true, 1, "2026-07-01", "2026-07-01"],
    ["2026-12-31", false, 92, "2026-07-01", "2026-09-30"],
    ["2027-02-01", false, 92, "2026-07-01", "2026-09-30"],
    ["2026-09-30", false, 0, "2026-07-01", "2026-09-30"],
  ])("on %s a running quarter is compared with the same point of the one before", (today, partial, elapsed, from, to) => {
    const c = comparison(Q4, today);
    expect(c).toMatchObject({ partial, elapsedDays: elapsed, previous: { label: "2026Q3", from, to } });
  });

  it("cuts the comparison to the previous quarter's end when it is shorter", () => {
    // Q3 has 92 days, Q2 91: on Q3's day 92 the previous window is all of Q2.
    expect(comparison(quarterPeriod(2026, 3), "2026-09-30").previous).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
    expect(comparison(quarterPeriod(2026, 3), "2026-09-29").previous).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
  });

  it.each([
    // The quarterly-map reminder's window (14 days): the quarter's last 14 days...
    [Q4, "2026-11-26", false],
    [Q4, "2026-12-02", false],
    [Q4, "2026-12-17", false],
    [Q4, "2026-12-18", true],
    [Q4, "2026-12-31", true],
    [Q4, "2026-10-02", false],
    // ...and the next quarter's first 14.
    [quarterPeriod(2026, 3), "2026-10-14", true],
    [quarterPeriod(2026, 3), "2026-10-15", false],
    [quarterPeriod(2026, 3), "2026-11-26", false],
    [quarterPeriod(2026, 4), "2027-01-03", true],
    [quarterPeriod(2026, 2), "2026-10-03", false],
    [quarterPeriod(2027, 1), "2026-12-20", false],
    [monthPeriod(2026, 12), "2026-12-20", false],
    [yearPeriod(2026), "2026-12-20", false],
  ])("records a review for %j on %s: %s", (period, today, expected) => {
    expect(isReviewablePeriod(period, today, 14)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------

type Logged = { date: string; kind: Kind; direction: Direction };
const log = (date: string, kind: Kind, direction: Direction = "gave"): Logged => ({ date, kind, direction });

function pulseOf(interactions: Logged[], met: MetCount[] = [], today = "2026-11-26", period: Period = Q4) {
  const windows = comparison(period, today);
  return pulse({ period, today, kinds: kindCounts(interactions, windows), met, goals: GOALS });
}

describe("pulse of a network begun mid-period", () => {
  it.each([
    // network began, today: gestures wholly due so far (3 a week over Q4's 92 days), verdict
    [null, "2026-11-26", 24, false],
    // a day's share is not a whole gesture yet: no verdict
    ["2026-11-26", "2026-11-26", 0, null],
    ["2026-11-20", "2026-11-26", 2, true],
    ["2026-09-01", "2026-11-26", 24, false],
    ["2026-11-01", "2027-01-05", 25, false],
  ] as const)("begun %s, on %s: %i gestures expected by now, met %s", (networkSince, today, goalSoFar, met) => {
    const windows = comparison(Q4, today);
    const logged = [log("2026-11-26", "meeting", "mutual"), log("2026-11-26", "share"), log("2026-11-26", "message")];
    const p = pulse({ period: Q4, today, kinds: kindCounts(logged, windows), met: [], goals: GOALS, networkSince });
    expect(p.gesturesGiven).toMatchObject({ goal: 39, goalSoFar, met });
  });
});

describe("pulse", () => {
  it.each([
    ["a share given", log("2026-10-02", "share"), { gesturesGiven: 1, received: 0, events: 0 }],
    ["a mutual meeting", log("2026-10-02", "meeting", "mutual"), { gesturesGiven: 1, received: 0, events: 0 }],
    ["help received", log("2026-10-02", "help", "received"), { gesturesGiven: 0, received: 1, events: 0 }],
    ["an event", log("2026-10-02", "event", "mutual"), { gesturesGiven: 0, received: 0, events: 1 }],
    ["an event given", log("2026-10-02", "event", "gave"), { gesturesGiven: 0, received: 0, events: 1 }],
    ["before the quarter", log("2026-09-30", "share"), { gesturesGiven: 0, received: 0, events: 0 }],
  ])("counts %s", (_, interaction, expected) => {
    const p = pulseOf([interaction]);
    expect({ gesturesGiven: p.gesturesGiven.value, received: p.received.value, events: p.events.value }).toEqual(expected);
  });

  it("compares with the same number of days of the previous quarter", () => {
    const p = pulseOf([
      log("2026-07-10", "share"),
      log("2026-08-26", "share"),
      log("2026-08-27", "share"), // after the same point of Q3: not compared
      log("2026-10-05", "share"),
    ]);
    expect(p.gesturesGiven).toMatchObject({ value: 1, previous: 2, delta: -1 });
  });

  it.each([
    // people met, on: goal so far (3 a quarter), verdict
    [0, "2026-10-15", 0, null],
    [0, "2026-10-31", 1, false],
    [1, "2026-10-31", 1, true],
  ])("expects only what is wholly due: %i met on %s, %i due, met %s", (count, today, goalSoFar, met) => {
    const p = pulseOf([], count ? [{ window: "current", sector: null, circle: null, archived: false, count }] : [], today);
    expect(p.peopleMet).toMatchObject({ goalSoFar, met });
  });

  it("sets goals for the whole period and what is due by now", () => {
    const p = pulseOf([], [{ window: "current", sector: null, circle: null, archived: false, count: 2 }]);
    // 57 of 92 days: 3 people a quarter → 1.86, so 1 wholly due by now; 13 weeks of 3 gestures → 39, 24 by now.
    expect(p.peopleMet).toMatchObject({ value: 2, goal: 3, goalSoFar: 1, met: true });
    expect(p.gesturesGiven).toMatchObject({ value: 0, goal: 39, goalSoFar: 24, met: false });
    expect(p.received).toMatchObject({ goal: null, goalSoFar: null, met: null });
  });

  it("expects the whole goal once the period is over", () => {
    const p = pulseOf([log("2026-07-04", "event", "mutual")], [], "2026-11-26", quarterPeriod(2026, 3));
    expect(p.events).toMatchObject({ value: 1, goal: 3, goalSoFar: 3, met: false });
  });

  it("counts people met in each window, archived ones too", () => {
    const p = pulseOf(
      [],
      [
        { window: "current", sector: "ai", circle: "external", archived: true, count: 1 },
        { window: "previous", sector: null, circle: null, archived: false, count: 3 },
      ],
    );
    expect(p.peopleMet).toMatchObject({ value: 1, previous: 3, delta: -2 });
  });
});

describe("activity", () => {
  it("counts interactions per week, Monday first, only days inside each quarter", () => {
    const a = activity({
      period: Q4,
      today: "2026-11-26",
      days: dayTotals([
        { date: "2026-09-28" }, // Monday of Q4's first week, but in Q3
        { date: "2026-10-01" },
        { date: "2026-10-04" },
        { date: "2026-10-05" },
        { date: "2026-11-26" },
      ]),
    });
    expect(a.series.map((s) => s.label)).toEqual(["2026Q1", "2026Q2", "2026Q3", "2026Q4"]);
    const q4 = a.series[3]!;
    expect(q4.total).toBe(4);
    expect(q4.buckets[0]).toEqual({ from: "2026-10-01", count: 2, past: true });
    expect(q4.buckets[1]).toMatchObject({ from: "2026-10-05", count: 1 });
    expect(q4.buckets.length).toBe(14);
    expect(q4.buckets.filter((b) => !b.past).length).toBe(5);
    expect(a.series[2]!.buckets.at(-1)).toMatchObject({ from: "2026-09-28", count: 1 });
    expect(a.max).toBe(2);
  });

  it("groups weeks so a long period fits", () => {
    expect(weeksPerBucketFor(Q4, 46)).toBe(1);
    expect(weeksPerBucketFor(yearPeriod(2026), 46)).toBe(2);
    const a = activity({ period: yearPeriod(2026), today: "2026-11-26", days: [{ date: "2026-01-05", count: 3 }], weeksPerBucket: 2 });
    expect(a.bucketDays).toBe(14);
    expect(a.series[3]!.buckets[0]).toMatchObject({ from: "2026-01-01", count: 3 });
  });
});

// ---------------------------------------------------------------------------

function person(name: string, fields: Partial<PersonLine> = {}): PersonLine {
  const slug = name.toLowerCase().replace(/\s+/g, "-");
  return {
    id: `id-${slug}`,
    slug,
    name,
    tier: "network",
    cadenceDays: null,
    intent: null,
    metOn: "2025-01-01",
    source: "added",
    createdAt: "2025-01-01T10:00:00.000Z",
    lastInteractionOn: null,
    ...fields,
  };
}

describe("re-contact", () => {
  const today = "2026-11-26";
  const people = [
    person("Fresh", { tier: "active", lastInteractionOn: "2026-11-20" }),
    person("Just due", { tier: "active", lastInteractionOn: "2026-10-27" }), // 30 days: due today
    person("Lapsed close", { tier: "close", lastInteractionOn: "2026-11-01" }), // 25 of 14
    person("Lapsed network", { lastInteractionOn: "2026-07-01" }), // 148 of 90
    person("Own cadence", { cadenceDays: 7, lastInteractionOn: "2026-11-12" }), // 14 of 7: not yet dormant
    person("Dormant with intent", { intent: "learn", lastInteractionOn: "2026-01-01" }),
    person("Dormant active", { tier: "active", lastInteractionOn: "2026-08-01" }),
    person("Quiet", { lastInteractionOn: "2025-06-01" }),
    person("Quiet dormant tier", { tier: "dormant", lastInteractionOn: "2025-01-01" }),
    person("Imported long ago", { source: "imported", metOn: "2019-05-01", createdAt: "2026-11-01T09:00:00.000Z" }),
  ];
  const result = recontact({ people, today, cadences: TIER_CADENCE_DAYS });

  it("lists the lapsed worst first (relative to the cadence), then dormant ties that matter", () => {
    expect(result.people.map((p) => p.name)).toEqual([
      "Own cadence",
      "Lapsed close",
      "Lapsed network",
      "Just due",
      "Dormant active",
      "Dormant with intent",
    ]);
  });

  it("counts the lapsed, the dormant that matter and the quiet ones", () => {
    expect(result).toMatchObject({ lapsedCount: 4, dormantCount: 2, quietCount: 2 });
  });

  it("says how long ago and by how much", () => {
    expect(result.people.find((p) => p.name === "Lapsed network")).toMatchObject({
      since: "2026-07-01",
      daysSince: 148,
      cadenceDays: 90,
      overdueDays: 58,
      dormant: false,
    });
    expect(result.people.find((p) => p.name === "Just due")).toMatchObject({ overdueDays: 0 });
  });

  it("honours tuned tier cadences", () => {
    const tuned = recontact({
      people: [person("A", { tier: "active", lastInteractionOn: "2026-11-01" })],
      today,
      cadences: { ...TIER_CADENCE_DAYS, active: 21 },
    });
    expect(tuned.people[0]).toMatchObject({ cadenceDays: 21, overdueDays: 4 });
  });

  it("keeps at most `limit` of each list", () => {
    const many = Array.from({ length: 15 }, (_, i) => person(`P${String(i).padStart(2, "0")}`, { lastInteractionOn: "2026-08-01" }));
    const limited = recontact({ people: many, today, cadences: TIER_CADENCE_DAYS, limit: 10 });
    expect(limited.people.length).toBe(10);
    expect(limited.lapsedCount).toBe(15);
  });

  it("adds the last gesture of those listed", () => {
    const last = new Map([
      ["id-lapsed-close", { date: "2026-11-01", kind: "share" as Kind, direction: "gave" as Direction, note: "the article" }],
    ]);
    const withLast = withLastGestures(result, last);
    expect(withLast.people.find((p) => p.name === "Lapsed close")?.lastGesture).toMatchObject({ kind: "share", note: "the article" });
    expect(withLast.people.find((p) => p.name === "Lapsed network")?.lastGesture).toBeNull();
  });
});

// ---------------------------------------------------------------------------

const ada = { id: "a", slug: "ada", name: "Ada" };
const grace = { id: "g", slug: "grace", name: "Grace" };

function received(date: string, kind: "help" | "intro", who = ada, lastThanksOn: string | null = null): Received {
  return { interactionId: `${kind}-${date}-${who.id}`, date, kind, note: null, person: who, lastThanksOn };
}

describe("to thank", () => {
  it.each([
    ["no thanks at all", received("2026-10-10", "help"), 1],
    ["thanks the same day", received("2026-10-10", "help", ada, "2026-10-10"), 0],
    ["thanks after the quarter", received("2026-10-10", "intro", ada, "2027-01-02"), 0],
    ["thanks only before it", received("2026-10-10", "intro", ada, "2026-10-09"), 1],
    ["help before the period", received("2026-09-30", "help"), 0],
  ])("%s", (_, entry, count) => {
    expect(toThank({ received: [entry], period: Q4, today: "2026-11-26" })).toHaveLength(count);
  });

  it("lists the longest waiting first, with how long ago", () => {
    const list = toThank({
      received: [received("2026-11-20", "help", grace), received("2026-10-03", "intro", ada)],
      period: Q4,
      today: "2026-11-26",
    });
    expect(list.map((t) => [t.person.name, t.kind, t.daysAgo])).toEqual([
      ["Ada", "intro", 54],
      ["Grace", "help", 6],
    ]);
  });
});

describe("balance", () => {
  const counts = kindCounts(
    [
      log("2026-10-02", "share"),
      log("2026-10-03", "help"),
      log("2026-10-04", "intro", "received"),
      log("2026-10-05", "share", "mutual"),
      log("2026-10-06", "ask"),
      log("2026-10-07", "ask", "received"), // they asked you: not an ask of yours
      log("2026-10-08", "message"), // not counted
      log("2026-07-02", "help"), // previous window: not counted
    ],
    comparison(Q4, "2026-11-26"),
  );
  const people: PersonBalance[] = [
    { person: ada, gave: 3, received: 1, asked: 0 },
    { person: grace, gave: 0, received: 1, asked: 1 },
    { person: { id: "l", slug: "linus", name: "Linus" }, gave: 1, received: 1, asked: 0 },
  ];
  const result = balance({ people, kinds: counts });

  it("counts help, intros and shares given and received overall, mutual both ways", () => {
    expect(result).toMatchObject({ gave: 3, received: 2, asked: 1 });
  });

  it("lists the most one-sided first and who you only take from", () => {
    expect(result.people.map((p) => p.name)).toEqual(["Ada", "Grace", "Linus"]);
    expect(result.onlyTake.map((p) => p.name)).toEqual(["Grace"]);
  });
});

// ---------------------------------------------------------------------------

const row = (fields: Partial<ShapeCount> & { count: number }): ShapeCount => ({
  circle: null,
  sector: null,
  intent: null,
  tier: "network" as Tier,
  ...fields,
});
const met = (sector: string | null, circle: "internal" | "external" | null, count = 1, archived = false): MetCount => ({
  window: "current",
  sector,
  circle,
  archived,
  count,
});

describe("shape", () => {
  it("counts by circle, sector, intent and tier, with who is new", () => {
    const s = shape({
      counts: [
        row({ circle: "external", sector: "AI", count: 3 }),
        row({ circle: "internal", sector: "ai", intent: "influence", tier: "close", count: 1 }),
        row({ sector: "finance", count: 2 }),
      ],
      met: [met("ai", "external"), met("finance", null, 1, true)],
      wantsSponsor: false,
    });
    expect(s.total).toBe(6);
    expect(s.newThisPeriod).toBe(1);
    expect(s.bySector).toEqual([
      { name: "AI", count: 4, new: 1 },
      { name: "finance", count: 2, new: 0 },
    ]);
    expect(s.byCircle.map((c) => c.name)).toEqual(["internal", "external", "(none)"]);
    expect(s.byTier.map((c) => [c.name, c.count])).toEqual([
      ["close", 1],
      ["network", 5],
    ]);
    expect(s.internalSponsors).toBe(1);
    expect(s.warnings).toEqual([]);
  });

  it.each([
    [
      "new people all in one sector",
      [met("fintech", "external", 2)],
      [row({ sector: "fintech", count: 2 }), row({ sector: "art", count: 2 })],
      false,
      "new-one-sector",
    ],
    [
      "new people all in one circle",
      [met("a", "internal"), met("b", "internal"), met("c", "internal")],
      [row({ count: 3 })],
      false,
      "new-one-circle",
    ],
    [
      "one sector holds most of the network",
      [],
      [row({ sector: "software", count: 5 }), row({ sector: "art", count: 1 })],
      false,
      "one-sector",
    ],
    [
      "no internal sponsor while wanting one",
      [],
      [row({ intent: "influence", circle: "external", count: 1 })],
      true,
      "no-internal-sponsor",
    ],
  ])("warns when %s", (_, newPeople, counts, wants, code) => {
    const s = shape({ counts, met: newPeople, wantsSponsor: wants });
    expect(s.warnings.map((w) => w.code)).toContain(code);
  });

  it.each([
    [["learn"], [], false],
    [["influence"], [], true],
    [["cooperate"], [], true],
    [undefined, [row({ intent: "influence", count: 1 })], true],
    [[], [row({ intent: "learn", count: 4 })], false],
  ])("wants a sponsor with intentions %j: %s", (intentions, counts, expected) => {
    expect(wantsSponsor(intentions, counts)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------

function emptyReview(today = "2026-11-26") {
  return review({
    period: Q4,
    today,
    kinds: [],
    days: [],
    met: [],
    people: [],
    received: [],
    balances: [],
    shapeCounts: [],
    cadences: TIER_CADENCE_DAYS,
    goals: GOALS,
    wantsSponsor: false,
  });
}

describe("suggestions and the whole review", () => {
  it("says a period with nothing is empty, and still suggests three small things", () => {
    const r = emptyReview();
    expect(r.empty).toBe(true);
    expect(r.suggestions).toHaveLength(3);
    expect(r.suggestions.map((s) => s.code)).toEqual(["meet", "event", "gestures"]);
  });

  it("puts thanking first, then re-contacting, then giving first", () => {
    const r = emptyReview();
    const s = suggestions({
      pulse: r.pulse,
      recontact: recontact({
        people: [person("Bo", { lastInteractionOn: "2026-07-01" })],
        today: "2026-11-26",
        cadences: TIER_CADENCE_DAYS,
      }),
      thank: toThank({
        received: [received("2026-10-03", "intro"), received("2026-10-04", "help", grace)],
        period: Q4,
        today: "2026-11-26",
      }),
      balance: balance({ people: [{ person: grace, gave: 0, received: 1, asked: 0 }], kinds: [] }),
      shape: { ...r.shape, total: 3 },
      goals: GOALS,
    });
    expect(s.map((x) => x.code)).toEqual(["thank", "recontact", "give-first"]);
    expect(s[0]!.text).toContain("Thank Ada for the introduction of 2026-10-03");
    expect(s[0]!.text).toContain("1 more waiting");
    expect(s[1]!.text).toContain("Reconnect with Bo (148 days");
  });

  it("reports the period with its comparison window", () => {
    const r = emptyReview();
    expect(r.period).toMatchObject({
      label: "2026Q4",
      days: 92,
      partial: true,
      elapsedDays: 57,
      previous: { from: "2026-07-01", to: "2026-08-26" },
    });
  });

  it("is not empty when someone was met", () => {
    const r = review({ ...emptyInput(), met: [met("ai", "external")] });
    expect(r.empty).toBe(false);
  });
});

function emptyInput() {
  return {
    period: Q4,
    today: "2026-11-26",
    kinds: [],
    days: [],
    met: [],
    people: [],
    received: [],
    balances: [],
    shapeCounts: [],
    cadences: TIER_CADENCE_DAYS,
    goals: GOALS,
    wantsSponsor: false,
  };
}
