import { describe, expect, it } from "vitest";
import { balance, comparison, kindCounts, type PersonBalance } from "../../../src/domain/review/index.js";
import { ada, grace, log, Q4 } from "./helpers.js";

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
