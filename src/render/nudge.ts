import { type IsoDate, monthName } from "../domain/dates.js";
import { append } from "../domain/lists.js";
import { messages } from "../i18n/index.js";
import type { HabitLine } from "../rules/habits.js";
import type { Reminder } from "../rules/types.js";
import { type Colours, displayWidth, safeText, wrapLines } from "./terminal.js";

/**
 * "Streak 3 weeks · gestures this week 2/3 · new people in November 0/1 · last event 6 days ago",
 * broken between its parts when wider than `width`.
 */
export function renderHabitLine(h: HabitLine, today: IsoDate, c: Colours, width = Number.POSITIVE_INFINITY): string {
  const t = messages().nudge;
  const month = monthName(today);
  const ratio = (n: number, goal: number) => (goal > 0 && n >= goal ? c.green(`${n}/${goal}`) : `${n}/${goal}`);
  const streak = h.weekStreak === 0 ? t.noStreak : t.streak({ weeks: h.weekStreak, atLeast: h.streakAtLeast });
  const event =
    h.daysSinceLastEvent === null
      ? t.noEvent
      : h.daysSinceLastEvent === 0
        ? t.eventToday
        : h.daysSinceLastEvent === 1
          ? t.lastEventYesterday
          : t.lastEventDaysAgo(h.daysSinceLastEvent);
  const parts = [
    streak,
    t.gesturesThisWeek(ratio(h.gesturesThisWeek, h.gesturesPerWeek)),
    t.newPeopleIn({ month, ratio: ratio(h.newPeopleThisMonth, h.newPeoplePerMonth) }),
    event,
  ];
  const lines: string[] = [];
  let line = "";
  for (const part of parts) {
    if (line && displayWidth(line) + 3 + displayWidth(part) > width) {
      lines.push(line);
      line = part;
    } else line = line ? `${line}${c.dim(" · ")}${part}` : part;
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * The numbered list: message, the suggested gesture, and (dim) the practice it comes from, wrapped to
 * `width`. With `numbered: false` (the list could not be kept, so `net done <n>` would not count in
 * it) each reminder gets a bullet instead of a number.
 */
export function renderReminders(
  reminders: readonly Reminder[],
  today: IsoDate,
  c: Colours,
  width: number,
  options: { numbered?: boolean } = {},
): string {
  const numbered = options.numbered ?? true;
  const digits = numbered ? String(reminders.length).length : 0;
  const lines: string[] = [];
  reminders.forEach((r, index) => {
    const late = r.lateOn !== undefined && today >= r.lateOn;
    const number = numbered ? `${String(index + 1).padStart(digits)}.` : "•";
    const paint = late ? c.red : r.dueOn <= today ? c.yellow : c.cyan;
    const indent = " ".repeat(numbered ? digits + 2 : 2);
    append(lines, wrapLines(safeText(r.message, true), width, { first: `${paint(number)} `, rest: indent }));
    append(lines, wrapLines(safeText(r.suggestion, true), width, { first: `${indent}${c.green("→")} `, rest: `${indent}  ` }));
    append(lines, wrapLines(safeText(r.why, true), width, { first: indent, paint: c.dim }));
  });
  return lines.join("\n");
}

export function reminderJson(r: Reminder) {
  return {
    key: r.key,
    rule: r.rule,
    subject: r.subject ? { id: r.subject.id, name: r.subject.name, slug: r.subject.slug } : null,
    dueOn: r.dueOn,
    urgency: r.urgency,
    message: r.message,
    suggestion: r.suggestion,
    why: r.why,
    lateOn: r.lateOn ?? null,
  };
}
