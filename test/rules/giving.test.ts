import { describe, expect, it } from "vitest";
import { network } from "./fixture.js";

describe("thank", () => {
  const rule = { rule: "thank" };
  function helped(kind: "help" | "intro" = "help") {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind, direction: "received", on: "2026-11-10", note: "Intro to her investor" });
    return net;
  }

  it("fires from the day help is logged", () => {
    const [reminder] = helped().reminders("2026-11-10", rule);
    expect(reminder?.message).toBe('Thank Ada Lovelace — they helped you today ("Intro to her investor")');
  });

  it("fires for an introduction received", () => {
    expect(helped("intro").reminders("2026-11-12", rule)[0]?.message).toMatch(/introduced you to someone 2 days ago/);
  });

  it("grows more urgent after 7 days", () => {
    const net = helped();
    const day1 = net.reminders("2026-11-11", rule)[0]?.urgency ?? 0;
    const day8 = net.reminders("2026-11-18", rule)[0]?.urgency ?? 0;
    const day30 = net.reminders("2026-12-10", rule)[0]?.urgency ?? 0;
    expect(day8).toBeGreaterThan(day1);
    expect(day30).toBeGreaterThan(day8);
  });

  it.each([
    ["a thanks after it", "2026-11-12", 0],
    ["a thanks later the same day", "2026-11-10", 0],
    ["a thanks before it", "2026-11-01", 1],
  ])("%s: %i reminder", (_, thanksOn, count) => {
    const net = helped();
    net.log(["Ada Lovelace"], { kind: "thanks", on: thanksOn });
    expect(net.reminders("2026-11-20", rule)).toHaveLength(count);
  });

  it.each([
    ["2027-01-09", 1],
    ["2027-01-10", 0],
  ])("an unsaid thanks is let go after 60 days: on %s, %i reminder", (today, count) => {
    expect(helped().reminders(today, rule)).toHaveLength(count);
    expect(helped().reminders(today, { ...rule, limit: 7 })).toHaveLength(count);
  });

  it("help given does not call for thanks", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "gave", on: "2026-11-10" });
    expect(net.reminders("2026-11-20", rule)).toEqual([]);
  });
});

describe("give-first", () => {
  const rule = { rule: "give-first" };
  it("nudges to give back to someone who gave more", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "share", direction: "received", on: "2026-11-01" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2026-11-10" });
    net.log(["Ada Lovelace"], { kind: "share", direction: "gave", on: "2026-11-20" });
    const personal = net.reminders("2026-12-01", rule).find((r) => r.subject);
    expect(personal?.message).toBe(
      "Ada Lovelace has lent you a hand twice (you've given back once), the last time 21 days ago — offer them something in return",
    );
  });

  it("says it simply after a single hand lent", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2026-11-10" });
    const personal = net.reminders("2026-12-01", rule).find((r) => r.subject);
    expect(personal?.message).toBe("Ada Lovelace lent you a hand 21 days ago — offer them something in return");
  });

  it.each([
    ["2026-11-10", 0, 1],
    ["2026-11-30", 0, 1],
    ["2026-12-01", 1, 1],
    ["2026-12-20", 1, 0],
  ])("waits three weeks after help received, so the thanks comes first: on %s, %i give-first and %i thank", (today, gives, thanks) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2026-11-10" });
    if (today === "2026-12-20") net.log(["Ada Lovelace"], { kind: "thanks", on: "2026-12-19" });
    const due = net.reminders(today);
    expect(due.filter((r) => r.rule === "give-first" && r.subject)).toHaveLength(gives);
    expect(due.filter((r) => r.rule === "thank")).toHaveLength(thanks);
    if (gives && thanks) expect(due.findIndex((r) => r.rule === "thank")).toBeLessThan(due.findIndex((r) => r.rule === "give-first"));
  });

  it.each([
    // Counted over all time: an old gift still weighs while they have given lately.
    ["2024-03-01", "2026-11-10", "2026-12-01", "twice"],
    // The last gift a year old or less (by the calendar day) still counts...
    ["2025-06-01", "2025-11-26", "2026-11-26", "twice"],
    // ...older than that, the debt is let go.
    ["2025-06-01", "2025-11-25", "2026-11-26", null],
    // Leap day: a year back from 2025-02-28 is 2024-02-28.
    ["2024-01-10", "2024-02-28", "2025-02-28", "twice"],
    ["2024-01-10", "2024-02-27", "2025-02-28", null],
  ])("with gifts received on %s and %s, on %s: %s", (first, last, today, counts) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2024-01-01" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: first });
    net.log(["Ada Lovelace"], { kind: "intro", direction: "received", on: last });
    net.log(["Ada Lovelace"], { kind: "thanks", on: last });
    const personal = net.reminders(today, rule).find((r) => r.subject);
    expect(personal?.message.match(/lent you a hand (\w+)/)?.[1] ?? null).toBe(counts);
  });

  it("is quiet once the balance is even", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "help", direction: "received", on: "2026-11-10" });
    net.log(["Ada Lovelace"], { kind: "intro", direction: "gave", on: "2026-11-20" });
    expect(net.reminders("2026-11-26", rule)).toEqual([]);
  });

  it.each([
    ["share", "gave", "2026-10-28", 0],
    ["share", "gave", "2026-10-27", 1],
    // A gesture as the habit line counts it: a check-in or a message given counts as giving too...
    ["checkin", "gave", "2026-10-28", 0],
    ["message", "mutual", "2026-10-28", 0],
    // ...what you received does not.
    ["help", "received", "2026-11-20", 1],
  ] as const)("with the last %s (%s) on %s, on 2026-11-26: %i general reminder", (kind, direction, on, count) => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.log(["Ada Lovelace"], { kind: "share", on: "2026-10-27" });
    net.log(["Ada Lovelace"], { kind, direction, on });
    const general = net.reminders("2026-11-26", rule).filter((r) => !r.subject);
    expect(general).toHaveLength(count);
    // It agrees with the habit line: the days since the last gesture it names are the days since the last one given.
    if (count) expect(general[0]?.message).toBe("Your last gesture to anyone was 30 days ago: a good day to give something with no agenda");
  });

  it("marked done, the general reminder comes back after the same number of days, not never", () => {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    const [first] = net.reminders("2026-11-26", rule).filter((r) => !r.subject);
    expect(first).toBeDefined();
    net.done(first?.key as string, "2026-11-26");
    expect(net.reminders("2026-12-25", rule).filter((r) => !r.subject)).toEqual([]);
    const [again] = net.reminders("2026-12-26", rule).filter((r) => !r.subject);
    expect(again?.key).toBe("give-first:anyone:2026-12-26");
  });
});

describe("intro-follow-through", () => {
  const rule = { rule: "intro-follow-through" };
  function introduced() {
    const net = network();
    net.person("Ada Lovelace", { met: "2026-09-01" });
    net.person("Bob Kahn", { met: "2026-09-01" });
    net.log(["Ada Lovelace", "Bob Kahn"], { kind: "intro", on: "2026-11-01" });
    return net;
  }

  it.each([
    ["2026-11-14", 0],
    ["2026-11-15", 1],
  ])("on %s: %i reminder", (today, count) => {
    expect(introduced().reminders(today, rule)).toHaveLength(count);
  });

  it("names both people", () => {
    const [reminder] = introduced().reminders("2026-11-15", rule);
    expect(reminder?.message).toBe("You introduced Ada Lovelace and Bob Kahn 14 days ago");
    expect(reminder?.suggestion).toBe("ask Ada and Bob how it went — and whether you can help further");
  });

  it("intros between people since archived don't keep a later one out of nudge's short list", () => {
    const net = network();
    const names = "abcdefghij".split("").map((l) => `${l.toUpperCase()} Person`);
    for (const name of names) net.person(name, { met: "2026-06-01" });
    for (const [x, y] of [
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
      [0, 2],
    ] as const)
      net.log([names[x] as string, names[y] as string], { kind: "intro", on: x === 0 && y === 2 ? "2026-08-01" : "2026-08-03" });
    for (const name of names.slice(0, 8)) net.archive(name);
    net.log([names[8] as string, names[9] as string], { kind: "intro", on: "2026-09-01" });
    const full = net.reminders("2026-11-26", rule);
    expect(full.map((r) => r.message)).toEqual(["You introduced I Person and J Person 86 days ago"]);
    expect(net.reminders("2026-11-26", { ...rule, limit: 7 })).toEqual(full);
    expect(net.reminders("2026-11-26", { limit: 7 }).filter((r) => r.rule === "intro-follow-through")).toEqual(full);
  });

  it("anything logged since with either person clears it", () => {
    const net = introduced();
    net.log(["Bob Kahn"], { kind: "message", on: "2026-11-10", direction: "received" });
    expect(net.reminders("2026-11-20", rule)).toEqual([]);
  });
});
