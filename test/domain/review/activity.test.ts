import { describe, expect, it } from "vitest";
import { activity, dayTotals, weeksPerBucketFor, yearPeriod } from "../../../src/domain/review/index.js";
import { Q4 } from "./helpers.js";

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
