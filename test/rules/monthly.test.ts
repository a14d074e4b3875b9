import { describe, expect, it } from "vitest";
import { network } from "./fixture.js";

describe("new-person-month", () => {
  const rule = { rule: "new-person-month" };

  it("asks for a new person when nobody was met this month", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-10-30" });
    const [reminder] = net.reminders("2026-11-26", rule);
    expect(reminder?.message).toBe("Meet a new person this month (0 of 1 so far, 4 days left this month)");
    expect(reminder?.key).toBe("new-person-month:2026-11");
  });

  it("is satisfied by someone added with a meeting this month", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-02" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("people imported this month do not count", () => {
    const net = network();
    net.person("Grace Hopper", { source: "imported", metOn: "2026-11-03" });
    expect(net.reminders("2026-11-26", rule)).toHaveLength(1);
  });

  it("grows more urgent as the month ends", () => {
    const net = network();
    const early = net.reminders("2026-11-02", rule)[0]?.urgency ?? 0;
    const late = net.reminders("2026-11-29", rule)[0]?.urgency ?? 0;
    expect(late).toBeGreaterThan(early * 2);
  });

  it.each([
    ["2028-02-29", "today is the last day of the month"],
    ["2026-02-27", "1 day left this month"],
    ["2026-12-31", "today is the last day of the month"],
  ])("counts the days left on %s: %s", (today, words) => {
    expect(network().reminders(today, rule)[0]?.message).toContain(words);
  });

  it("follows the monthly goal", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-02" });
    net.store.setSetting("goals", { newPeoplePerMonth: 2 });
    expect(net.reminders("2026-11-26", rule)[0]?.message).toMatch(/^Meet 1 more new person this month \(1 of 2/);
  });

  it("suggests another sector when the last three people met share one", () => {
    const net = network();
    for (const [name, met] of [
      ["A One", "2026-09-01"],
      ["B Two", "2026-09-15"],
      ["C Three", "2026-10-20"],
    ]) {
      net.person(name as string, { met, sector: "fintech" });
    }
    expect(net.reminders("2026-11-26", rule)[0]?.suggestion).toBe(
      "your last three new contacts were all in fintech: this time, look outside it",
    );
    net.person("D Four", { met: "2026-10-25", sector: "health" });
    expect(net.reminders("2026-11-26", rule)[0]?.suggestion).not.toMatch(/outside/);
  });
});

describe("event-cadence", () => {
  const rule = { rule: "event-cadence" };
  it.each([
    ["2026-12-19", 0],
    ["2026-12-20", 1],
  ])("after an event on 2026-11-20, on %s: %i reminder", (today, count) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-01" });
    net.log([], { kind: "event", on: "2026-11-20", eventName: "DevOps Days", direction: "mutual" });
    expect(net.reminders(today, rule)).toHaveLength(count);
  });

  it("with no event ever, it counts from when the network began (and stays quiet on an empty one)", () => {
    expect(network().reminders("2026-11-26", rule)).toEqual([]);
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-01" });
    expect(net.reminders("2026-11-30", rule)).toEqual([]);
    const [reminder] = net.reminders("2026-12-02", rule);
    expect(reminder?.message).toBe("No event logged yet — a meetup, a talk or a community call is an easy way to meet people");
    expect(reminder?.key).toBe("event-cadence:2026-12-01");
    // The same key on later days, so a snooze or a done holds.
    expect(net.reminders("2026-12-09", rule)[0]?.key).toBe("event-cadence:2026-12-01");
  });
});

describe("done on a standing reminder means again later, not never", () => {
  it.each([
    ["event-cadence", "2026-12-31", "2027-01-01"],
    ["narrative-card", "2026-12-31", "2027-01-01"],
  ])("%s marked done on 2026-12-02: quiet on %s, back on %s", (id, quiet, back) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-01" });
    const [reminder] = net.reminders("2026-12-02", { rule: id });
    expect(reminder).toBeDefined();
    net.done(reminder?.key as string, "2026-12-02");
    expect(net.reminders("2026-12-03", { rule: id })).toEqual([]);
    expect(net.reminders(quiet, { rule: id })).toEqual([]);
    expect(net.reminders(back, { rule: id })).toHaveLength(1);
  });
});

describe("not-isolated", () => {
  const rule = { rule: "not-isolated" };
  it.each([
    [0, 1],
    [1, 1],
    [2, 0],
  ])("with %i interactions in the last 14 days: %i reminder", (count, expected) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01" });
    for (let i = 0; i < count; i++) net.log(["Ada Lovelace"], { on: `2026-11-2${i}` });
    expect(net.reminders("2026-11-26", rule)).toHaveLength(expected);
  });

  it("an interaction 14 days ago is outside the window", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01" });
    net.log(["Ada Lovelace"], { on: "2026-11-12" });
    net.log(["Ada Lovelace"], { on: "2026-11-13" });
    expect(net.reminders("2026-11-26", rule)).toHaveLength(1);
  });

  it("an empty network, or one younger than the window, is not nagged", () => {
    expect(network().reminders("2026-11-26", rule)).toEqual([]);
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-20" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
    expect(net.reminders("2026-12-04", rule)).toHaveLength(1);
  });
});

describe("narrative-card", () => {
  const rule = { rule: "narrative-card" };
  it("asks for a card when there is none", () => {
    expect(network().reminders("2026-11-26", rule)[0]?.key).toBe("narrative-card:missing:new");
  });
  it.each([
    ["2026-11-01", 0],
    ["2026-06-01", 0],
    ["2026-05-20", 1],
  ])("a card written on %s, on 2026-11-26: %i reminder", (written, count) => {
    const net = network();
    net.card("I help teams ship reliable software.", written);
    expect(net.reminders("2026-11-26", rule)).toHaveLength(count);
  });
  it("warns when the card takes over 2 minutes to say", () => {
    const net = network();
    net.card(Array.from({ length: 320 }, (_, i) => `word${i}`).join(" "), "2026-11-20");
    expect(net.reminders("2026-11-26", rule)[0]?.message).toBe("Your narrative card takes about 128 seconds to say — over 2 minutes");
  });
});
