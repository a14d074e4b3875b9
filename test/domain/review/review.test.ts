import { describe, expect, it } from "vitest";
import { review } from "../../../src/domain/review/review.js";
import { emptyInput, met } from "./helpers.js";

const emptyReview = () => review(emptyInput());

describe("the whole review", () => {
  it("says a period with nothing is empty, and still suggests three small things", () => {
    const r = emptyReview();
    expect(r.empty).toBe(true);
    expect(r.suggestions).toHaveLength(3);
    expect(r.suggestions.map((s) => s.code)).toEqual(["meet", "event", "gestures"]);
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
