import { describe, expect, it } from "vitest";
import { comparison, kindCounts, type MetCount, type Period, pulse, quarterPeriod } from "../../../src/domain/review/index.js";
import { GOALS, type Logged, log, Q4 } from "./helpers.js";

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
