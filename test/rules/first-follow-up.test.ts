import { describe, expect, it } from "vitest";
import { network } from "./fixture.js";

const rule = { rule: "first-follow-up" };

describe("first-follow-up", () => {
  it.each([
    ["the day you met", "2026-11-26", "today"],
    ["the next day", "2026-11-27", "yesterday"],
    ["two days later", "2026-11-28", "2 days ago"],
  ])("nudges %s", (_, today, when) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-26", metWhere: "Paris AI meetup" });
    const [reminder] = net.reminders(today, rule);
    expect(reminder?.message).toBe(`You met Ada Lovelace ${when} at Paris AI meetup — a short note now makes the first contact stick`);
  });

  it("stops after the window (default 2 days)", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-26" });
    expect(net.reminders("2026-11-29", rule)).toEqual([]);
  });

  it("is satisfied by anything logged with them since", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-25" });
    net.log(["Ada Lovelace"], { kind: "message", on: "2026-11-26" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("stays quiet when a follow-up is already planned", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-25", followUpOn: "2026-11-28" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("never fires for imported people", () => {
    const net = network();
    net.person("Grace Hopper", { source: "imported", metOn: "2026-11-25" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });
});
