import { describe, expect, it } from "vitest";
import { occurrenceIn } from "../../src/rules/congratulate.js";
import { network } from "./fixture.js";

describe("congratulate", () => {
  const rule = { rule: "congratulate" };

  it.each([
    ["2026-12-08", 0],
    ["2026-12-09", 1],
    ["2026-12-10", 1],
    ["2026-12-13", 1],
    ["2026-12-14", 0],
  ])("a birthday on 12-10, on %s: %i reminder", (today, count) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01", birthday: "--12-10" });
    expect(net.reminders(today, rule)).toHaveLength(count);
  });

  it("says it plainly on the day", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01", birthday: "1815-12-10" });
    expect(net.reminders("2026-12-10", rule)[0]?.message).toBe("It's Ada's birthday today");
  });

  it.each([
    [2027, "2027-02-28"],
    [2028, "2028-02-29"],
  ])("a February 29 birthday falls on %i's %s", (year, day) => {
    expect(occurrenceIn(year, "--02-29")).toBe(day);
  });

  it.each([
    ["2027-02-28", 1],
    ["2028-02-27", 0],
    ["2028-02-29", 1],
  ])("a February 29 birthday, someone seen lately, on %s: %i reminder (in nudge's short list too)", (today, count) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01", birthday: "--02-29" });
    net.log(["Ada Lovelace"], { kind: "checkin", on: today.replace(/-\d\d$/, "-01") });
    const birthdays = (list: { message: string }[]) => list.filter((r) => r.message.includes("birthday"));
    expect(birthdays(net.reminders(today, rule))).toHaveLength(count);
    expect(birthdays(net.reminders(today, { ...rule, limit: 7 }))).toHaveLength(count);
  });

  it.each([
    ["2026-12-09", "Ada's birthday is tomorrow"],
    ["2026-12-12", "Ada's birthday was 2 days ago"],
  ])("on %s: %s", (today, message) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01", birthday: "--12-10" });
    expect(net.reminders(today, rule)[0]?.message).toBe(message);
  });

  it("congratulations logged around the day clear it", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01", birthday: "--12-10" });
    net.log(["Ada Lovelace"], { kind: "congrats", on: "2026-11-20" });
    expect(net.reminders("2026-12-10", rule)).toHaveLength(1);
    net.log(["Ada Lovelace"], { kind: "congrats", on: "2026-12-10" });
    expect(net.reminders("2026-12-10", rule)).toEqual([]);
    expect(net.reminders("2026-12-10", { ...rule, limit: 7 })).toEqual([]);
  });

  it("counts the years of a dated milestone", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01", milestones: [{ label: "joined Analytical Engines", date: "2024-03-01" }] });
    expect(net.reminders("2026-03-01", rule)[0]?.message).toBe("Ada Lovelace: 2 years since joined Analytical Engines (today)");
  });

  it("a birthday at new year is found across the year boundary", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01", birthday: "--01-01" });
    expect(net.reminders("2026-12-31", rule)[0]?.dueOn).toBe("2027-01-01");
    expect(net.reminders("2027-01-02", rule)[0]?.dueOn).toBe("2027-01-01");
  });

  it.each([
    ["news 3 days ago", "2026-11-23", false, 1],
    ["news 8 days ago", "2026-11-18", false, 0],
    ["news already congratulated", "2026-11-23", true, 0],
  ])("%s: %i reminder", (_, newsOn, congratulated, count) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-01-01" });
    net.log(["Ada Lovelace"], { kind: "news", on: newsOn, note: "new role: CTO at Babbage & Co", direction: "received" });
    if (congratulated) net.log(["Ada Lovelace"], { kind: "congrats", on: "2026-11-24" });
    expect(net.reminders("2026-11-26", rule)).toHaveLength(count);
  });
});

describe("quarterly-map", () => {
  const rule = { rule: "quarterly-map" };
  it.each([
    ["2026-12-17", []],
    ["2026-12-18", ["quarterly-map:2026Q4"]],
    ["2026-12-31", ["quarterly-map:2026Q4"]],
    ["2027-01-01", ["quarterly-map:2026Q4"]],
    ["2027-01-14", ["quarterly-map:2026Q4"]],
    ["2027-01-15", []],
    ["2028-03-18", ["quarterly-map:2028Q1"]],
    ["2028-03-17", []],
    ["2026-09-30", ["quarterly-map:2026Q3"]],
  ])("on %s: %j", (today, keys) => {
    expect(
      network()
        .reminders(today, rule)
        .map((r) => r.key),
    ).toEqual(keys);
  });

  it("a recorded review clears it", () => {
    const net = network();
    net.review("2026Q4", "2026-12-20");
    expect(net.reminders("2026-12-21", rule)).toEqual([]);
    expect(net.reminders("2027-01-03", rule)).toEqual([]);
  });
});
