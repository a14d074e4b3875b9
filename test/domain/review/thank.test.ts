import { describe, expect, it } from "vitest";
import { toThank } from "../../../src/domain/review/thank.js";
import { ada, grace, Q4, received } from "./helpers.js";

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
