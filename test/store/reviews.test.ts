import { describe, expect, it } from "vitest";
import { TIER_CADENCE_DAYS } from "../../src/domain/model.js";
import { type PersonLine, recontact } from "../../src/domain/review/index.js";
import { recontactCandidates } from "../../src/store/reviews.js";
import { network } from "../rules/fixture.js";

describe("recontactCandidates (the map's 'To re-contact', ranked in SQL)", () => {
  it.each([1, 3, 5])("gives the same lists as the pure ranking over everyone, ties at the limit included (limit %i)", (limit) => {
    const net = network();
    const tiers = ["close", "close", "active", "dormant"] as const;
    // Many people last seen on the same few days, in the same tiers: the order among them is
    // decided by the name, which the SQL only reads for the candidates it kept. Upper and lower
    // case make the names' order differ from the ids' (slugs) order.
    for (let n = 0; n < 40; n++) {
      const name = `${n % 2 ? "a" : "Z"}${String.fromCharCode(122 - (n % 26))}${n} Person`;
      net.person(name, { tier: tiers[n % 4], intent: n % 9 === 0 ? "learn" : null, met: "2025-01-01" });
      net.log([name], { kind: "meeting", on: n % 3 ? "2026-03-10" : "2026-06-10" });
    }
    const today = "2026-11-26";
    const everyone: PersonLine[] = net.store.contacts().map((c) => ({ ...c, source: c.source === "imported" ? "imported" : "added" }));
    const ranked = recontactCandidates(net.store, today, TIER_CADENCE_DAYS, limit);
    const expected = recontact({ people: everyone, today, cadences: TIER_CADENCE_DAYS, limit });
    expect(expected.lapsedCount + expected.dormantCount).toBeGreaterThan(2 * limit);
    expect(recontact({ people: ranked.people, today, cadences: TIER_CADENCE_DAYS, limit, counted: ranked.counted })).toEqual(expected);
  });
});
