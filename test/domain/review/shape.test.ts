import { describe, expect, it } from "vitest";
import { shape, wantsSponsor } from "../../../src/domain/review/shape.js";
import { met, row } from "./helpers.js";

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
    // close, active: warnings (Dunbar's layers: about 15 kept monthly, 50 a few times a year)
    [15, 50, []],
    [16, 50, ["close-too-many"]],
    [3, 51, ["active-too-many"]],
    [40, 120, ["close-too-many", "active-too-many"]],
  ] as const)("with %i close and %i active ties, warns %j", (close, active, codes) => {
    const s = shape({
      counts: [row({ tier: "close", count: close }), row({ tier: "active", count: active }), row({ count: 200 })],
      met: [],
      wantsSponsor: false,
    });
    expect(s.warnings.map((w) => w.code).filter((c) => c.endsWith("too-many"))).toEqual(codes);
  });

  it("says how to make a too-full tier doable, warmly", () => {
    const s = shape({ counts: [row({ tier: "close", count: 22 })], met: [], wantsSponsor: false });
    expect(s.warnings.find((w) => w.code === "close-too-many")?.message).toBe(
      '22 people in your close tier: about 15 is what a person keeps up with at that cadence (Dunbar\'s layers). Moving some to "active" keeps the reminders doable.',
    );
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
