import { describe, expect, it } from "vitest";
import {
  comparison,
  contextPeriods,
  isReviewablePeriod,
  monthPeriod,
  periodDays,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  yearPeriod,
} from "../../../src/domain/review/period.js";
import { Q4 } from "./helpers.js";

describe("periods", () => {
  it.each([
    [quarterPeriod(2026, 1), "2025Q4", "2025-10-01", "2025-12-31"],
    [quarterPeriod(2026, 3), "2026Q2", "2026-04-01", "2026-06-30"],
    [monthPeriod(2026, 1), "2025-12", "2025-12-01", "2025-12-31"],
    [monthPeriod(2028, 3), "2028-02", "2028-02-01", "2028-02-29"],
    [yearPeriod(2026), "2025", "2025-01-01", "2025-12-31"],
    [rangePeriod("2026-03-01", "2026-03-10"), "2026-02-19..2026-02-28", "2026-02-19", "2026-02-28"],
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
