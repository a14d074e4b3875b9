import { type IsoDate, maxDate } from "../domain/dates.js";
import type { Reminder } from "../domain/reminders.js";
import { messages } from "../i18n/index.js";
import { contentLine, escapeText, joinContentLines } from "./content-line.js";

export interface IcsOptions {
  /** The export day: DTSTAMP is its midnight UTC, so the same data gives the same file. */
  today: IsoDate;
  version: string;
}

const compact = (day: IsoDate) => day.replace(/-/g, "");

/** A reminder key as an iCalendar UID: stable across exports, so calendars update in place. */
export function reminderUid(key: string): string {
  return `${key}@net.local`;
}

/** Urgency (higher is more urgent) as iCalendar PRIORITY (1 highest … 9 lowest). */
function priority(urgency: number): number {
  if (urgency >= 10) return 1;
  if (urgency >= 6) return 3;
  if (urgency >= 3) return 5;
  return 7;
}

/**
 * Gestures tied to a day of their own (a birthday or milestone, a promised follow-up, the end of the
 * quarter) carry an alarm, so a phone's calendar reminds too; rolling ones (cadences, habits) don't:
 * a calendar ringing for every one each day would soon be swiped away.
 */
export const DATED_RULES: ReadonlySet<string> = new Set(["congratulate", "follow-up-promise", "quarterly-map"]);

/** The alarm's time: this long after the start of the day it is due (09:00, the calendar's own time zone). */
const ALARM_AFTER = "PT9H";

/**
 * Due and upcoming reminders as an iCalendar file: one all-day VTODO each, due on its day
 * (overdue ones on today), with the suggestion and the practice in the description.
 */
export function writeIcs(reminders: readonly Reminder[], options: IcsOptions): string {
  // The calendar is read by a person, in their calendar app: its words follow the language.
  const says = messages().transfer;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    contentLine("PRODID", `-//net//net ${escapeText(options.version)}//EN`),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    contentLine("X-WR-CALNAME", escapeText(says.calendarName)),
  ];
  const stamp = `${compact(options.today)}T000000Z`;
  const seen = new Set<string>();
  for (const r of reminders) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    const due = maxDate(r.dueOn, options.today) as IsoDate;
    lines.push(
      "BEGIN:VTODO",
      contentLine("UID", escapeText(reminderUid(r.key))),
      `DTSTAMP:${stamp}`,
      `DUE;VALUE=DATE:${compact(due)}`,
      contentLine("SUMMARY", escapeText(r.message)),
      contentLine(
        "DESCRIPTION",
        escapeText(
          [r.suggestion, r.why ? says.calendarWhy(r.why) : "", r.dueOn < due ? says.calendarDueSince(r.dueOn) : ""]
            .filter(Boolean)
            .join("\n\n"),
        ),
      ),
      contentLine("CATEGORIES", ["net", r.rule].map(escapeText).join(",")),
      `PRIORITY:${priority(r.urgency)}`,
      "STATUS:NEEDS-ACTION",
    );
    if (DATED_RULES.has(r.rule))
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        contentLine("DESCRIPTION", escapeText(r.message)),
        `TRIGGER;RELATED=END:${ALARM_AFTER}`,
        "END:VALARM",
      );
    lines.push("END:VTODO");
  }
  lines.push("END:VCALENDAR");
  return joinContentLines(lines);
}
