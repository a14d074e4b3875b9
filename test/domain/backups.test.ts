import { describe, expect, it } from "vitest";
import { copiesToKeep } from "../../src/domain/backups.js";

describe("copiesToKeep", () => {
  it.each([
    ["nothing", [], []],
    ["fewer than 7", ["2026-11-20", "2026-11-21"], ["2026-11-20", "2026-11-21"]],
    [
      "a day each day for 3 weeks: the last 7, and the first of the 4 newest weeks",
      Array.from({ length: 21 }, (_, i) => `2026-11-${String(i + 2).padStart(2, "0")}`),
      [
        "2026-11-02",
        "2026-11-09",
        "2026-11-16",
        "2026-11-16",
        "2026-11-17",
        "2026-11-18",
        "2026-11-19",
        "2026-11-20",
        "2026-11-21",
        "2026-11-22",
      ],
    ],
    [
      "sparse: a week's first copy stays when later ones come",
      ["2026-10-06", "2026-10-14", "2026-10-21", "2026-10-28", "2026-11-04", "2026-11-05"],
      ["2026-10-06", "2026-10-14", "2026-10-21", "2026-10-28", "2026-11-04", "2026-11-05"],
    ],
  ])("%s", (_, days, kept) => {
    expect([...copiesToKeep(days, 7, 4)].sort()).toEqual([...new Set(kept)].sort());
  });

  it("sparse beyond 7: the weekly ones reach 4 weeks back", () => {
    const days = [
      "2026-09-01",
      "2026-10-06",
      "2026-10-14",
      "2026-10-21",
      "2026-10-28",
      "2026-11-04",
      "2026-11-05",
      "2026-11-06",
      "2026-11-07",
    ];
    expect([...copiesToKeep(days, 3, 4)].sort()).toEqual([
      "2026-10-14",
      "2026-10-21",
      "2026-10-28",
      "2026-11-04",
      "2026-11-05",
      "2026-11-06",
      "2026-11-07",
    ]);
  });
});
