import type { IsoDate } from "../domain/dates.js";
import type { HabitLine } from "../rules/habits.js";
import type { Reminder } from "../rules/types.js";
import { type Colours, safeText } from "./terminal.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Streak 3 weeks · gestures this week 2/3 · new people in November 0/1 · last event 6 days ago" */
export function renderHabitLine(h: HabitLine, today: IsoDate, c: Colours): string {
  const month = MONTHS[Number(today.slice(5, 7)) - 1];
  const ratio = (n: number, goal: number) => (goal > 0 && n >= goal ? c.green(`${n}/${goal}`) : `${n}/${goal}`);
  const streak =
    h.weekStreak === 0 ? "no streak yet" : `streak ${h.streakAtLeast ? "≥" : ""}${h.weekStreak} week${h.weekStreak === 1 ? "" : "s"}`;
  const event =
    h.daysSinceLastEvent === null
      ? "no event yet"
      : h.daysSinceLastEvent === 0
        ? "event today"
        : `last event ${h.daysSinceLastEvent === 1 ? "yesterday" : `${h.daysSinceLastEvent} days ago`}`;
  return [
    streak,
    `gestures this week ${ratio(h.gesturesThisWeek, h.gesturesPerWeek)}`,
    `new people in ${month} ${ratio(h.newPeopleThisMonth, h.newPeoplePerMonth)}`,
    event,
  ].join(c.dim(" · "));
}

/** The numbered list: message, the suggested gesture, and (dim) the practice it comes from. */
export function renderReminders(reminders: readonly Reminder[], today: IsoDate, c: Colours, width: number): string {
  const digits = String(reminders.length).length;
  const lines: string[] = [];
  reminders.forEach((r, index) => {
    const late = r.lateOn !== undefined && today >= r.lateOn;
    const number = `${String(index + 1).padStart(digits)}.`;
    const paint = late ? c.red : r.dueOn <= today ? c.yellow : c.cyan;
    const indent = " ".repeat(digits + 2);
    lines.push(`${paint(number)} ${wrap(safeText(r.message, true), width - indent.length, indent)}`);
    lines.push(`${indent}${c.green("→")} ${wrap(safeText(r.suggestion, true), width - indent.length - 2, `${indent}  `)}`);
    lines.push(`${indent}${c.dim(wrap(r.why, width - indent.length, indent))}`);
  });
  return lines.join("\n");
}

/** Word-wraps to `width` columns; continuation lines start with `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  if (width < 20 || text.length <= width) return text;
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
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
