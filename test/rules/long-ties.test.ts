import { describe, expect, it } from "vitest";
import { cursorFor } from "../../src/rules/gratitude.js";
import { network } from "./fixture.js";

// Fixture ids are `id-<slug>`. Quarters alternate between the people whose id ends in a character
// of even code (Bob Kahn: n) and odd (Ada Lovelace: e): even quarters (year × 4 + quarter even,
// 2026Q4, 2027Q2) take the first, odd ones (2027Q1) the second.

describe("gratitude", () => {
  const rule = { rule: "gratitude" };
  const helpers = () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2023-01-10" });
    net.person("Bob Kahn", { met: "2023-01-10" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2024-05-01", note: "reviewed my deck" });
    net.log(["Bob Kahn"], { kind: "intro", direction: "received", on: "2024-06-01" });
    return net;
  };

  it.each([
    ["2026-10-14", null, null],
    ["2026-10-15", "Bob Kahn", "gratitude:2026Q4"],
    ["2026-11-26", "Bob Kahn", "gratitude:2026Q4"],
    ["2027-01-14", null, null],
    ["2027-01-15", "Ada Lovelace", "gratitude:2027Q1"],
    ["2027-04-20", "Bob Kahn", "gratitude:2027Q2"],
  ])("on %s: %s (%s)", (today, who, key) => {
    const [reminder, ...more] = helpers().reminders(today, rule);
    expect(more).toEqual([]);
    expect(reminder?.subject?.name ?? null).toBe(who);
    expect(reminder?.key ?? null).toBe(key);
  });

  it("says who helped, how long ago and with what, and asks what it made possible", () => {
    const [reminder] = helpers().reminders("2027-02-01", rule);
    expect(reminder?.message).toBe('Thank Ada Lovelace again — they helped you 2 years ago ("reviewed my deck")');
    expect(reminder?.suggestion).toMatch(/^tell Ada what their help made possible since/);
    expect(reminder?.urgency).toBeLessThan(4);
  });

  it.each([
    ["help less than a year before the quarter's day", "2025-11-01", "help", "received"],
    ["help you gave", "2024-05-01", "help", "gave"],
    ["a share received", "2024-05-01", "share", "received"],
  ] as const)("not for %s", (_, on, kind, direction) => {
    const net = network();
    net.person("Bob Kahn", { met: "2023-01-10" });
    net.log(["Bob Kahn"], { kind, direction, on });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("not for someone archived, nor someone thanked in the half year before the quarter's day", () => {
    const net = helpers();
    net.archive("Bob Kahn");
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
    const other = helpers();
    other.log(["Bob Kahn"], { kind: "thanks", on: "2026-09-01" });
    expect(other.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("a thanks logged from the quarter's day, or done, settles that quarter; the next ones come again", () => {
    const thanked = helpers();
    thanked.log(["Bob Kahn"], { kind: "thanks", on: "2026-11-20" });
    expect(thanked.reminders("2026-11-26", rule)).toEqual([]);
    expect(thanked.reminders("2027-01-20", rule)[0]?.subject?.name).toBe("Ada Lovelace");
    const done = helpers();
    done.done("gratitude:2026Q4", "2026-11-26");
    expect(done.reminders("2026-12-30", rule)).toEqual([]);
    // Done is for that quarter: Bob comes back two quarters later.
    expect(done.reminders("2027-04-20", rule)[0]?.subject?.name).toBe("Bob Kahn");
  });

  it("never the same person two quarters running, however many helped", () => {
    const net = network();
    const names = ["Ada Lovelace", "Bob Kahn", "Cy Young", "Dora Ling", "Eve Stone", "Finn Cole", "Gus Grant"];
    for (const name of names) {
      net.person(name, { met: "2020-01-10" });
      net.log([name], { kind: "help", direction: "received", on: "2021-03-01" });
    }
    const picks = ["2026-01-20", "2026-04-20", "2026-07-20", "2026-10-20", "2027-01-20", "2027-04-20", "2027-07-20", "2027-10-20"].map(
      (day) => net.reminders(day, rule)[0]?.subject?.name,
    );
    expect(picks.every(Boolean)).toBe(true);
    for (let q = 1; q < picks.length; q++) expect(picks[q]).not.toBe(picks[q - 1]);
    // (Where each quarter starts reading moves with the quarter — cursorFor — among random ids;
    // the fixture's ids all start with "id-", past any cursor, so here the first of each half comes.)
    expect(new Set(["2026Q4", "2027Q1", "2027Q2"].map((q) => cursorFor(`gratitude:${q}`))).size).toBe(3);
  });
});

describe("rediscover", () => {
  const rule = { rule: "rediscover" };

  it.each([
    ["2026-11-10", 2, "rediscover:2026-11-01"],
    ["2026-11-15", 2, "rediscover:2026-11-01"],
    ["2026-11-16", 2, "rediscover:2026-11-16"],
    ["2026-11-30", 1, "rediscover:2026-11-01"],
    ["2026-12-01", 2, "rediscover:2026-12-01"],
  ])("on %s, %i a month: %s", (today, perMonth, key) => {
    const net = network();
    net.person("Grace Hopper", { source: "imported", metOn: "2021-05-02" });
    net.tune({ rediscover: { params: { perMonth } } });
    expect(net.reminders(today, rule).map((r) => r.key)).toEqual([key]);
  });

  it("counts an imported connection from the day you connected, when nothing was ever logged, with a warm word", () => {
    const net = network();
    net.person("Grace Hopper", { source: "imported", metOn: "2021-05-02" });
    const [reminder] = net.reminders("2026-11-26", rule);
    expect(reminder?.message).toBe("Rediscover Grace Hopper — you connected 5 years ago and haven't been in touch since");
    expect(reminder?.suggestion).toMatch(/^ask Grace for advice on one concrete thing/);
    expect(reminder?.suggestion).toContain("after a long silence, a short hello is usually more welcome than it feels");
  });

  it.each([
    ["silent 3 years to the day before the occurrence", "2023-11-16", 1],
    ["silent a day less", "2023-11-17", 0],
  ])("%s (last logged %s): %i", (_, on, count) => {
    const net = network();
    net.person("Grace Hopper", { met: "2020-01-10" });
    net.log(["Grace Hopper"], { kind: "message", on });
    expect(net.reminders("2026-11-20", rule)).toHaveLength(count);
  });

  it("not for someone archived", () => {
    const net = network();
    net.person("Grace Hopper", { source: "imported", metOn: "2021-05-02" });
    net.archive("Grace Hopper");
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("prefers a tie outside the sector and circle of the people you see these days", () => {
    const net = network();
    for (const name of ["Ann Fin", "Ben Fin", "Cid Fin"]) {
      net.person(name, { met: "2026-10-01", sector: "fintech", circle: "internal" });
      net.log([name], { kind: "share", on: "2026-11-10" });
    }
    net.person("Old Fintech", { source: "imported", metOn: "2020-02-02", sector: "Fintech", circle: "internal" });
    net.person("Old Health", { source: "imported", metOn: "2020-02-02", sector: "health", circle: "external" });
    net.person("Old Unknown", { source: "imported", metOn: "2020-02-02" });
    const [reminder] = net.reminders("2026-11-26", rule);
    expect(reminder?.subject?.name).toBe("Old Health");
    expect(reminder?.message).toMatch(/^Rediscover Old Health \(health, outside your usual sector\) — /);
  });

  it("done silences that occurrence, and rests the person drawn: the next occurrences draw someone else", () => {
    const net = network();
    net.person("Grace Hopper", { source: "imported", metOn: "2021-05-02" });
    net.person("Hélène Rousseau", { source: "imported", metOn: "2020-02-02", sector: "health" });
    const first = net.reminders("2026-11-01", rule)[0]?.subject?.name;
    const other = first === "Grace Hopper" ? "Hélène Rousseau" : "Grace Hopper";
    net.done("rediscover:2026-11-01", "2026-11-03");
    expect(net.reminders("2026-11-10", rule)).toEqual([]);
    const next = net.reminders("2026-11-16", rule);
    expect(next.map((r) => [r.key, r.subject?.name])).toEqual([["rediscover:2026-11-16", other]]);
  });

  it.each([
    // Two weeks after done: not drawn again (the complaint: "Renoue avec Hélène Rousseau" again).
    ["2026-11-16", 0],
    ["2027-10-16", 0],
    // A year after the occurrence's done day, the tie may come round again.
    ["2027-11-16", 1],
  ])("someone alone in the draw, done on 2026-11-03: on %s, %i", (today, count) => {
    const net = network();
    net.person("Hélène Rousseau", { source: "imported", metOn: "2020-02-02" });
    net.done("rediscover:2026-11-01", "2026-11-03");
    expect(net.reminders(today, rule)).toHaveLength(count);
  });

  it("a done occurrence with no one drawn rests no one", () => {
    const net = network();
    net.done("rediscover:2026-11-01", "2026-11-03");
    net.person("Hélène Rousseau", { source: "imported", metOn: "2020-02-02" });
    expect(net.reminders("2026-11-16", rule).map((r) => r.subject?.name)).toEqual(["Hélène Rousseau"]);
  });
});
