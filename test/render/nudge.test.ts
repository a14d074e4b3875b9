import { describe, expect, it } from "vitest";
import { renderHabitLine, renderReminders } from "../../src/render/nudge.js";
import { displayWidth, makeColours } from "../../src/render/terminal.js";
import type { Reminder } from "../../src/rules/types.js";

const TODAY = "2026-11-26";
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const SGR = /\u001b\[[0-9;]*m/g;

const reminder = (message: string, suggestion: string): Reminder => ({
  key: `k:${message}`,
  rule: "thank",
  subject: null,
  dueOn: TODAY,
  urgency: 1,
  message,
  suggestion,
  why: "Thank: recognising help keeps the door open and makes giving a two-way habit.",
});

describe("renderReminders", () => {
  it.each([
    [
      "Japanese",
      'Thank 山田太郎 — they helped you 47 days ago ("東京のAIミートアップで会った。来月の講演についてメールで連絡する約束をした。")',
    ],
    ["emoji", `Congratulate Zoë 🎉🎉🎉 — ${"🎂".repeat(40)}`],
    ["English", 'Reconnect with Bartholomew Fitzgerald — last time you met ("first met"), 209 days ago, at the Paris AI meetup'],
  ])("wraps a %s reminder within the width, in display columns, colour codes aside", (_, message) => {
    for (const on of [false, true])
      for (const width of [80, 100]) {
        const out = renderReminders([reminder(message, `tell 山田太郎 ${message}`)], TODAY, makeColours(on), width);
        for (const line of out.replace(SGR, "").split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        // Nothing is cut: every character of the message is printed.
        expect(out.replace(SGR, "").replace(/\s/g, "")).toContain(message.replace(/\s/g, ""));
      }
  });
});

describe("renderReminders without numbers", () => {
  it("puts a bullet where each number would be, the rest indented under it", () => {
    const reminders = [
      reminder("Thank Grace Hopper — they helped you 16 days ago", "tell Grace what their help made possible"),
      reminder("Reconnect with Ada", "share something useful"),
    ];
    const out = renderReminders(reminders, TODAY, makeColours(false), 80, { numbered: false });
    expect(out.split("\n")).toEqual([
      "• Thank Grace Hopper — they helped you 16 days ago",
      "  → tell Grace what their help made possible",
      "  Thank: recognising help keeps the door open and makes giving a two-way habit.",
      "• Reconnect with Ada",
      "  → share something useful",
      "  Thank: recognising help keeps the door open and makes giving a two-way habit.",
    ]);
    expect(renderReminders(reminders, TODAY, makeColours(false), 80).split("\n")[3]).toBe("2. Reconnect with Ada");
  });
});

describe("renderHabitLine", () => {
  const h = {
    weekStreak: 12,
    streakAtLeast: true,
    gesturesThisWeek: 3,
    gesturesPerWeek: 3,
    newPeopleThisMonth: 0,
    newPeoplePerMonth: 1,
    eventsThisMonth: 0,
    eventsPerMonth: 1,
    daysSinceLastEvent: 123,
  };
  it.each([
    [200, 1],
    [80, 2],
    [40, 4],
  ])("at %i columns takes %i lines, broken between its parts", (width, count) => {
    const lines = renderHabitLine(h, TODAY, makeColours(true), width).replace(SGR, "").split("\n");
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.join(" · ")).toBe("streak ≥12 weeks · gestures this week 3/3 · new people in November 0/1 · last event 123 days ago");
  });
});
