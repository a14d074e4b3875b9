import { describe, expect, it } from "vitest";
import { TIER_CADENCE_DAYS } from "../../../src/domain/model.js";
import { balance, recontact, review, suggestions, toThank } from "../../../src/domain/review/index.js";
import { emptyInput, GOALS, grace, person, Q4, received } from "./helpers.js";

describe("suggestions", () => {
  it("puts thanking first, then re-contacting, then giving first", () => {
    const r = review(emptyInput());
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
    // Grace gave first: the suggestion is to give back, not to "give first".
    expect(s[2]!.text).toBe("Offer Grace something in return: your help, an introduction or something worth sharing.");
  });

  it("offers a hand in turn to someone only asked of", () => {
    const r = review(emptyInput());
    const s = suggestions({
      pulse: r.pulse,
      recontact: recontact({ people: [], today: "2026-11-26", cadences: TIER_CADENCE_DAYS }),
      thank: [],
      balance: balance({ people: [{ person: grace, gave: 0, received: 0, asked: 1 }], kinds: [] }),
      shape: { ...r.shape, total: 3 },
      goals: GOALS,
    });
    expect(s.find((x) => x.code === "give-first")?.text).toBe(
      "Offer Grace a hand in turn: your help, an introduction or something worth sharing, with nothing more to ask.",
    );
  });
});
