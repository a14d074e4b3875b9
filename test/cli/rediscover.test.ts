/**
 * rediscover through the real binary: a reminder marked done rests the person it drew, so the
 * next occurrences (two weeks later, and on) draw someone else, or no one, not the same tie again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

interface ReminderJson {
  key: string;
  subject: { name: string } | null;
}

describe("net done on a rediscover reminder", () => {
  let box: Sandbox;
  const on = (day: string) => ({ env: { NET_TODAY: day } });
  const drawn = (day: string) =>
    JSON.parse(box.ok(["nudge", "--rule", "rediscover", "--json"], on(day))).map((r: ReminderJson) => [r.key, r.subject?.name]);
  beforeAll(() => {
    box = sandbox("2026-11-01");
    box.ok(["add", "Hélène Rousseau", "--date", "2020-02-02", "-q"]);
    box.ok(["add", "Grace Hopper", "--date", "2020-03-03", "-q"]);
  });
  afterAll(() => box.cleanup());

  it("draws someone else at the next occurrence, then no one while both rest", () => {
    const [[key, first]] = drawn("2026-11-01");
    expect(key).toBe("rediscover:2026-11-01");
    const other = first === "Grace Hopper" ? "Hélène Rousseau" : "Grace Hopper";
    // Done by its number in the list nudge printed.
    expect(box.ok(["nudge", "--rule", "rediscover"], on("2026-11-01"))).toContain(first);
    expect(box.ok(["done", "1"], on("2026-11-01"))).toBe("rediscover:2026-11-01\n");
    expect(drawn("2026-11-16")).toEqual([["rediscover:2026-11-16", other]]);
    // Done by its key: the occurrence names no one, the one it drew is rested all the same.
    box.ok(["done", "rediscover:2026-11-16"], on("2026-11-16"));
    expect(drawn("2026-12-01")).toEqual([]);
    expect(drawn("2027-06-01")).toEqual([]);
    // A year on, the first comes round again (the other still rests, done two weeks later).
    expect(drawn("2027-11-01")).toEqual([["rediscover:2027-11-01", first]]);
  });
});
