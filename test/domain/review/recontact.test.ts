import { describe, expect, it } from "vitest";
import { type Direction, type Kind, TIER_CADENCE_DAYS } from "../../../src/domain/model.js";
import { recontact, withLastGestures } from "../../../src/domain/review/recontact.js";
import { person } from "./helpers.js";

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
