import { describe, expect, it } from "vitest";
import { network } from "./fixture.js";

const rule = { rule: "keep-in-touch" };

describe("keep-in-touch", () => {
  it.each([
    // tier, days since the last interaction, due?
    ["close", 13, false],
    ["close", 14, true],
    ["active", 29, false],
    ["active", 30, true],
    ["network", 89, false],
    ["network", 90, true],
    ["dormant", 179, false],
    ["dormant", 181, true],
  ] as const)("a %s tie %i days after the last interaction: due %s", (tier, days, due) => {
    const net = network();
    net.person("Ada Lovelace", { tier, met: "2026-01-05" });
    net.log(["Ada Lovelace"], { kind: "share", on: "2026-06-01" });
    const today = new Date(Date.UTC(2026, 5, 1 + days)).toISOString().slice(0, 10);
    expect(net.reminders(today, rule).length).toBe(due ? 1 : 0);
  });

  it("nudges when the cadence has lapsed, naming the last gesture and how long ago", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "active", met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "share", on: "2026-10-16", note: "the article on type systems" });
    const [reminder] = net.reminders("2026-11-26", rule);
    expect(reminder?.message).toBe(
      'Reconnect with Ada Lovelace — last time you shared something ("the article on type systems"), 41 days ago',
    );
    expect(reminder?.dueOn).toBe("2026-11-15");
    expect(reminder?.lateOn).toBe("2026-11-30");
    expect(reminder?.subject?.slug).toBe("ada-lovelace");
    expect(reminder?.suggestion).toMatch(/ask Ada for news/);
  });

  it.each([
    // after done on 2026-11-26 (active: 30 days), on: reminders
    ["2026-11-27", 0],
    ["2026-12-25", 0],
    ["2026-12-26", 1],
    ["2027-03-01", 1],
  ])("marked done, the person comes back one cadence later, never silenced: on %s, %i", (today, count) => {
    const net = network();
    net.person("Ada Lovelace", { tier: "active", met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "share", on: "2026-10-16" });
    const [due] = net.reminders("2026-11-26", rule);
    net.done(due?.key as string, "2026-11-26");
    const later = net.reminders(today, rule);
    expect(later).toHaveLength(count);
    if (count) expect(later[0]?.dueOn).toBe("2026-12-26");
    // The short list agrees with the full one.
    expect(net.reminders(today, { ...rule, limit: 7 })).toEqual(later);
  });

  it("marked done, then logged with: the cadence counts from the later of the two", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "active", met: "2026-09-01" });
    const [due] = net.reminders("2026-11-26", rule);
    net.done(due?.key as string, "2026-11-26");
    net.log(["Ada Lovelace"], { kind: "call", on: "2026-12-10" });
    expect(net.reminders("2027-01-08", rule)).toEqual([]);
    expect(net.reminders("2027-01-09", rule)[0]?.dueOn).toBe("2027-01-09");
  });

  it.each([
    // tier, last interaction, today: reassured after a long silence?
    ["network", "2026-06-01", "2026-11-26", false],
    ["network", "2026-05-20", "2026-11-26", true],
    ["active", "2026-06-01", "2026-11-26", false],
    ["active", "2026-05-27", "2026-11-26", true],
    ["dormant", "2026-01-01", "2026-11-26", false],
  ] as const)("a %s tie last seen %s, on %s: reassured %s", (tier, last, today, reassured) => {
    const net = network();
    net.person("Ada Lovelace", { tier, met: "2025-06-01" });
    net.log(["Ada Lovelace"], { kind: "call", on: last });
    const [reminder] = net.reminders(today, rule);
    expect(reminder?.suggestion.endsWith(" — after a long silence, a short hello is usually more welcome than it feels")).toBe(reassured);
  });

  it("any kind of interaction restarts the interval", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "active", met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "event", on: "2026-11-20", direction: "mutual", eventName: "DevOps Days" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("a received gesture counts too", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "close", met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "message", on: "2026-11-20", direction: "received" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("never fires for archived people", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "close", met: "2026-01-01" });
    net.archive("Ada Lovelace");
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it("a person's own cadence overrides the tier", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "dormant", cadenceDays: 7, met: "2026-11-18" });
    expect(net.reminders("2026-11-24", rule)).toEqual([]);
    expect(net.reminders("2026-11-25", rule)).toHaveLength(1);
  });

  it("follows tier cadences tuned with net rules", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "close", met: "2026-11-01" });
    net.tune({ "keep-in-touch": { params: { "tier.close": 21 } } });
    expect(net.reminders("2026-11-21", rule)).toEqual([]);
    expect(net.reminders("2026-11-22", rule)).toHaveLength(1);
  });

  it("counts an imported person with no history from the import, not from an old 'connected on'", () => {
    const net = network();
    net.person("Grace Hopper", { source: "imported", metOn: "2019-03-01", createdAt: "2026-11-01T10:00:00.000Z" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
    expect(net.reminders("2027-01-30", rule)[0]?.message).toMatch(/^Say hello to Grace Hopper/);
  });

  it("month ends: a 30-day cadence from January 31 falls due on March 2 (2026) and March 1 (leap 2028)", () => {
    for (const [year, due] of [
      [2026, "2026-03-02"],
      [2028, "2028-03-01"],
    ] as const) {
      const net = network();
      net.person("Ada Lovelace", { tier: "active", met: `${year}-01-31` });
      expect(net.reminders(due, rule)[0]?.dueOn).toBe(due);
    }
  });

  it("shows upcoming ones within a horizon (for the calendar)", () => {
    const net = network();
    net.person("Ada Lovelace", { tier: "active", met: "2026-11-20" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
    expect(net.reminders("2026-11-26", { ...rule, horizonDays: 30 })[0]?.dueOn).toBe("2026-12-20");
  });

  it("closer ties are more urgent at the same lateness", () => {
    const net = network();
    net.person("Close One", { tier: "close", met: "2026-11-01" });
    net.person("Net Work", { tier: "network", met: "2026-08-03" });
    const reminders = net.reminders("2026-11-20", rule);
    expect(reminders.map((r) => r.subject?.name)).toEqual(["Close One", "Net Work"]);
  });
});
