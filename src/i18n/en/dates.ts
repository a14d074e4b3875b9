/**
 * The dates texts in English: days shown and read (src/domain/dates.ts), and the questions about
 * dates and names that src/cli/input.ts asks. `what` is the field a date is for, as a noun phrase
 * with its article ("the meeting date"); callers pass it in the active language.
 */
export const dates = {
  // -- showing days ---------------------------------------------------------------------------------
  /** The dayjs locale whose weekday and month names are shown. */
  locale: "en",
  /** A day in a list or a title: "Tue 3 Dec" (names from the dayjs locale). */
  shortDay: (p: { weekday: string; day: number; month: string }) => `${p.weekday} ${p.day} ${p.month}`,
  /** A day with its year: "3 December 2026". */
  longDay: (p: { day: number; month: string; year: number }) => `${p.day} ${p.month} ${p.year}`,
  today: "today",
  yesterday: "yesterday",
  tomorrow: "tomorrow",
  daysAgo: (n: number) => `${n} days ago`,
  inDays: (n: number) => `in ${n} days`,
  /** A cadence or a duration, short: "10d", "2w", "3m", "1y" (net reads them back as typed). */
  spanDays: (n: number) => `${n}d`,
  spanWeeks: (n: number) => `${n}w`,
  spanMonths: (n: number) => `${n}m`,
  spanYears: (n: number) => `${n}y`,

  // -- reading days ---------------------------------------------------------------------------------
  /** The forms a date may take, for hints. */
  dateForms: "2026-11-20, today, yesterday, tomorrow, 'last friday', 'next monday', '3 days ago', 'in 2 weeks'",
  /** The forms a duration may take, for hints. */
  durationForms: "10d, 2w, 3m, 1y (days, weeks, months, years)",
  /** `what` when the caller names no field. */
  aDate: "a date",
  theDate: "the date",
  theFollowUpDate: "the follow-up date",
  /** The default name of a duration field ("'2x' is not a duration"). */
  duration: "duration",
  notDuration: (p: { text: string; what: string }) => `'${p.text}' is not a ${p.what}`,
  notDurationHint: (forms: string) => `use a number and a unit: ${forms}`,
  unreadable: (p: { text: string; what: string }) => `can't read '${p.text}' as ${p.what}`,
  unreadableHint: (forms: string) => `try one of: ${forms}`,
  unreadableWhen: (text: string) => `can't read '${text}' as a date or duration`,
  unreadableWhenHint: (p: { durations: string; dates: string }) => `try a duration (${p.durations}) or a date (${p.dates})`,
  negative: (p: { text: string; what: string }) => `${p.what} '${p.text}' has a negative number`,
  negativeHint: "write '3 days ago' for the past, 'in 3 days' or 3d for the future",
  outOfRange: (p: { text: string; what: string; first: number; last: number; day: string | null }) =>
    `${p.what} '${p.text}' falls outside the years ${p.first} to ${p.last}${p.day ? ` (${p.day})` : ""}`,
  outOfRangeHint: (p: { first: number; last: number }) =>
    `give a day between ${p.first}-01-01 and ${p.last}-12-31, e.g. 2026-11-20 or '3 days ago'`,
  future: (p: { text: string; what: string; day: string }) => `${p.what} '${p.text}' is in the future (${p.day})`,
  futureHint: "log things that already happened; use --follow-up for what's next",
};
