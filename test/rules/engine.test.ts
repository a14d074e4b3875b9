import { describe, expect, it } from "vitest";
import { RULES, topReminders } from "../../src/rules/engine.js";
import { habitLine } from "../../src/rules/habits.js";
import type { Reminder } from "../../src/rules/types.js";
import { byUrgency, dueFactor, urgency } from "../../src/rules/urgency.js";
import { network } from "./fixture.js";

describe("the engine", () => {
  it("an empty database still helps: the narrative card and a first new person", () => {
    expect(
      network()
        .reminders("2026-11-26")
        .map((r) => r.rule)
        .sort(),
    ).toEqual(["narrative-card", "new-person-month"]);
  });

  it("every reminder carries the practice it comes from", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-25" });
    for (const r of net.reminders("2026-11-26")) expect(r.why).toBe(RULES.find((rule) => rule.id === r.rule)?.why);
  });

  it("sorts by urgency; equally urgent, the one waiting longest, then by key: the same data and day give the same order", () => {
    const make = (key: string, urgency: number, dueOn = "2026-11-01") => ({ key, urgency, dueOn }) as Reminder;
    const list = [make("b", 1), make("a", 1), make("c", 5), make("d", 1, "2026-10-01")].sort(byUrgency);
    expect(list.map((r) => r.key)).toEqual(["c", "d", "a", "b"]);
  });

  it("drops done reminders and hides snoozed ones until the day they come back", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-11-25" });
    net.person("Bob Kahn", { met: "2026-11-25" });
    const keys = net.reminders("2026-11-26", { rule: "first-follow-up" }).map((r) => r.key);
    expect(keys).toHaveLength(2);
    net.done(keys[0] as string, "2026-11-26");
    net.snooze(keys[1] as string, "2026-11-27");
    expect(net.reminders("2026-11-26", { rule: "first-follow-up" })).toEqual([]);
    expect(net.reminders("2026-11-27", { rule: "first-follow-up" }).map((r) => r.key)).toEqual([keys[1]]);
  });

  it("words only the list it shows: each rule selects every candidate, describe runs for the top few", () => {
    const net = network().withCard("2026-11-26");
    for (let n = 0; n < 12; n++) net.person(`Person ${n}`, { met: "2026-06-01", tier: "close" });
    const { due, shown } = net.remindersFor("2026-11-26", { limit: 7 });
    expect(due.filter((c) => c.rule === "keep-in-touch").length).toBeGreaterThan(3);
    expect(due.every((c) => !("message" in c))).toBe(true);
    expect(shown.length).toBe(7);
    expect(shown.filter((r) => r.rule === "keep-in-touch")).toHaveLength(3);
    for (const r of shown) expect(r.message.length > 0 && r.suggestion.length > 0).toBe(true);
    expect(shown.map((r) => r.key)).toEqual(topReminders(due, 7, 3).map((c) => c.key));
  });

  it("a disabled rule does not run", () => {
    const net = network();
    net.tune({ "narrative-card": { enabled: false } });
    expect(net.reminders("2026-11-26").map((r) => r.rule)).toEqual(["new-person-month"]);
  });

  it("logging the gesture clears the reminder it satisfies, with no done", () => {
    const net = network().withCard("2026-11-26");
    net.person("Ada Lovelace", { met: "2026-11-25" });
    expect(net.reminders("2026-11-26").some((r) => r.rule === "first-follow-up")).toBe(true);
    net.log(["Ada Lovelace"], { kind: "message", on: "2026-11-26" });
    expect(net.reminders("2026-11-26").some((r) => r.rule === "first-follow-up")).toBe(false);
  });
});

describe("urgency", () => {
  it.each([
    [-20, 0.2],
    [-14, 0.2],
    [0, 0.73],
    [7, 1],
    [14, 1.25],
    [28, 1.5],
    [365, 1.75],
  ])("due factor %i days overdue is %d", (days, factor) => {
    const due = new Date(Date.UTC(2026, 10, 26 - days)).toISOString().slice(0, 10);
    expect(dueFactor(due, "2026-11-26")).toBeCloseTo(factor, 2);
  });

  it("weighs close ties and people with an intent more", () => {
    const base = { weight: 6, dueOn: "2026-11-19", today: "2026-11-26" };
    expect(urgency({ ...base, person: { tier: "close", intent: "learn" } })).toBeCloseTo(6 * 1.5 * 1.1, 2);
    expect(urgency({ ...base, person: { tier: "dormant", intent: null } })).toBeCloseTo(6 * 0.75, 2);
  });
});

describe("the habit line", () => {
  it("counts a week streak of weeks meeting the gestures goal, this week once met", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-10-01" });
    // Weeks starting Mon 2026-11-09 and 2026-11-16: three gestures each; this week (from 11-23): two.
    for (const day of ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-16", "2026-11-17", "2026-11-22", "2026-11-23", "2026-11-24"]) {
      net.log(["Ada Lovelace"], { kind: "share", on: day });
    }
    const line = habitLine(net.snapshot("2026-11-26"), "2026-11-26");
    expect(line.weekStreak).toBe(2);
    expect(line.gesturesThisWeek).toBe(2);
    net.log(["Ada Lovelace"], { kind: "share", on: "2026-11-26" });
    expect(habitLine(net.snapshot("2026-11-26"), "2026-11-26").weekStreak).toBe(3);
  });

  it("received gestures and events are not gestures", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-10-01" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2026-11-24" });
    net.log([], { kind: "event", direction: "mutual", on: "2026-11-24", eventName: "Meetup" });
    const line = habitLine(net.snapshot("2026-11-26"), "2026-11-26");
    expect(line.gesturesThisWeek).toBe(0);
    expect(line.eventsThisMonth).toBe(1);
    expect(line.daysSinceLastEvent).toBe(2);
  });
});

describe("nudge's top list", () => {
  it("takes the most urgent first, at most three from one rule", () => {
    const make = (rule: string, urgency: number) => ({ key: `${rule}:${urgency}`, rule, urgency }) as Reminder;
    const sorted = [make("thank", 9), make("thank", 8), make("thank", 7), make("thank", 6), make("keep-in-touch", 5), make("card", 1)];
    expect(topReminders(sorted, 4, 3).map((r) => r.key)).toEqual(["thank:9", "thank:8", "thank:7", "keep-in-touch:5"]);
    expect(topReminders(sorted, 10, 3)).toHaveLength(5);
  });

  it("loading only what can be in the top 7 gives exactly the first 7 of the full list, done and snoozed ones included", () => {
    const net = network();
    const tiers = ["close", "active", "network", "dormant"] as const;
    const kinds = ["help", "intro", "share", "news", "thanks", "checkin"] as const;
    for (let n = 0; n < 60; n++) {
      const name = `Person ${String(n).padStart(2, "0")}`;
      net.person(name, {
        tier: tiers[n % 4],
        intent: n % 3 === 0 ? "learn" : null,
        met: `2026-${String(1 + (n % 10)).padStart(2, "0")}-${String(1 + (n % 27)).padStart(2, "0")}`,
        cadenceDays: n % 7 === 0 ? 20 + n : null,
      });
      const kind = kinds[n % kinds.length] as (typeof kinds)[number];
      net.log([name], { kind, direction: n % 2 ? "received" : "gave", on: `2026-11-${String(1 + (n % 20)).padStart(2, "0")}` });
      if (n % 5 === 0)
        net.log([name], { kind: "meeting", on: "2026-10-01", followUpOn: `2026-11-${String(1 + (n % 25)).padStart(2, "0")}` });
    }
    const full = net.reminders("2026-11-26");
    expect(full.length).toBeGreaterThan(20);
    expect(net.reminders("2026-11-26", { limit: 7 })).toEqual(topReminders(full, 7, 3));
    expect(net.reminders("2026-11-26", { limit: 7, rule: "keep-in-touch" })).toEqual(
      full.filter((r) => r.rule === "keep-in-touch").slice(0, 7),
    );
    // Mark the top three done, and a keep-in-touch one further down, and snooze the next two: the
    // short list still matches the full one.
    const keptInTouch = full.slice(5).find((r) => r.rule === "keep-in-touch");
    expect(keptInTouch).toBeDefined();
    for (const r of [...full.slice(0, 3), keptInTouch]) net.done(r?.key as string, "2026-11-26");
    for (const r of full.slice(3, 5)) net.snooze(r.key, "2026-12-01");
    const after = net.reminders("2026-11-26");
    expect(after).toEqual(full.slice(5).filter((r) => r !== keptInTouch));
    expect(net.reminders("2026-11-26", { limit: 7 })).toEqual(topReminders(after, 7, 3));
  });

  // Thirty people in two tiers, each with one history of the kind a rule looks at, spread over a
  // few days: long-overdue items reach the urgency cap and same-day ones tie, so the order among
  // them is decided by the tie-break (earliest due, then key), which the store's per-group
  // loading must follow exactly.
  const histories: Record<string, (net: ReturnType<typeof network>, name: string, n: number, day: string) => void> = {
    "keep-in-touch": (net, name, _n, day) => net.log([name], { kind: "meeting", on: day }),
    thank: (net, name, n) => net.log([name], { kind: "help", direction: "received", on: `2026-11-0${1 + (n % 3)}` }),
    "give-first": (net, name, _n, day) => net.log([name], { kind: "help", direction: "received", on: day }),
    "follow-up-promise": (net, name, n, day) => net.log([name], { kind: "meeting", on: day, followUpOn: `2026-0${6 + (n % 3)}-01` }),
    "intro-follow-through": (net, name, n) => {
      const on = `2026-0${6 + (n % 3)}-0${1 + (n % 2)}`;
      if (n % 2) net.log([name, `Person ${String(n - 1).padStart(2, "0")}`], { kind: "intro", on });
    },
    // Half the news is older than congratulate's 7 days: loaded first, it would push out what is due.
    congratulate: (net, name, n) =>
      net.log([name], { kind: "news", direction: "received", on: n % 3 === 0 ? "2026-10-10" : `2026-11-2${n % 3}` }),
  };
  it.each(Object.keys(histories))("with many equally urgent %s reminders, the short list is still the head of the full one", (rule) => {
    const net = network();
    for (let n = 0; n < 30; n++) {
      const name = `Person ${String(n).padStart(2, "0")}`;
      net.person(name, { tier: n % 2 ? "network" : "active", met: "2025-01-01" });
      histories[rule]?.(net, name, n, `2026-0${1 + (n % 5)}-${String(1 + (n % 3)).padStart(2, "0")}`);
    }
    const full = net.reminders("2026-11-26", { rule });
    expect(full.length).toBeGreaterThan(7);
    // Ties there are, at the top: the case the tie-break decides.
    expect(new Set(full.slice(0, 8).map((r) => r.urgency)).size).toBeLessThan(8);
    expect(net.reminders("2026-11-26", { limit: 7, rule })).toEqual(full.slice(0, 7));
  });

  it("with many birthdays and milestones this week, some already wished, the short congratulate list is the head of the full one", () => {
    const net = network();
    for (let n = 0; n < 30; n++) {
      const name = `Person ${String(n).padStart(2, "0")}`;
      const day = `11-${String(24 + (n % 5)).padStart(2, "0")}`;
      net.person(name, {
        tier: n % 2 ? "network" : "close",
        intent: n % 3 === 0 ? "learn" : null,
        // met lately: no keep-in-touch due, which would bring them into the snapshot for another reason
        met: "2026-11-20",
        birthday: n % 4 === 3 ? null : `--${day}`,
        milestones: n % 4 === 3 ? [{ label: "joined Acme", date: `2024-${day}` }] : [],
      });
      // Two thirds were wished already: their dates are cleared, and must not take a place in the short list.
      if (n % 3 !== 2) net.log([name], { kind: "congrats", on: `2026-${day}` > "2026-11-26" ? "2026-11-26" : `2026-${day}` });
    }
    const full = net.reminders("2026-11-26", { rule: "congratulate" });
    expect(full.length).toBeGreaterThan(7);
    expect(full.some((r) => r.subject?.name === "Person 00")).toBe(false);
    expect(net.reminders("2026-11-26", { limit: 7, rule: "congratulate" })).toEqual(full.slice(0, 7));
    expect(net.reminders("2026-11-26", { limit: 7 })).toEqual(topReminders(net.reminders("2026-11-26"), 7, 3));
  });

  it("with many people met in the last days, some already followed up, the short first-follow-up list is the head of the full one", () => {
    const net = network();
    for (let n = 0; n < 30; n++) {
      const name = `Person ${String(n).padStart(2, "0")}`;
      net.person(name, {
        tier: n % 2 ? "network" : "active",
        met: `2026-11-2${4 + (n % 3)}`,
        followUpOn: n % 5 === 0 ? "2026-12-01" : undefined,
      });
      // A third have more than the first meeting logged: nothing to remind.
      if (n % 3 === 1) net.log([name], { kind: "message", on: "2026-11-26" });
    }
    const full = net.reminders("2026-11-26", { rule: "first-follow-up" });
    const quiet = new Set(["Person 00", "Person 01", "Person 04", "Person 05"]);
    expect(full.length).toBeGreaterThan(7);
    expect(full.some((r) => quiet.has(r.subject?.name ?? ""))).toBe(false);
    expect(net.reminders("2026-11-26", { limit: 7, rule: "first-follow-up" })).toEqual(full.slice(0, 7));
    expect(net.reminders("2026-11-26", { limit: 7 })).toEqual(topReminders(net.reminders("2026-11-26"), 7, 3));
  });
});
