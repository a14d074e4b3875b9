import { plural } from "../plural.js";

/** The nudge texts in English: net nudge, done, snooze, nudge -i, the brief form, the week ahead, the notification. */
export const nudge = {
  // -- net nudge --help
  summary: "today's due gestures, most urgent first",
  description: (p: { top: number; perRule: number }) =>
    `The small gestures due today, most urgent first (top ${p.top}, at most ${p.perRule} of one kind; --all for every one), each with a suggestion\nand the practice behind it.\nThe first line is your habit line: week streak, gestures this week, new people this month, last event.`,
  optAll: "every due reminder, not just the top ones",
  optRule: "only this rule's reminders (see net rules)",
  optInteractive: "walk through the reminders one by one: done, snooze, log, skip",
  optBrief: "at most 3 lines (the top gestures, one line each), nothing when nothing is due: for a shell, status bar or MOTD",
  optExitCode: (code: number) => `exit ${code} when something is due, 0 when nothing is (for scripts)`,
  optWeek: "the week ahead, by day: birthdays and milestones, promised follow-ups, cadences coming due",
  optNotify: "one desktop notification when something is due and net was not met today (net remind's daily job)",
  examples: (code: number) =>
    `\nExamples:\n  net nudge\n  net nudge --all --json\n  net nudge --rule thank\n  net nudge --week\n  net nudge --brief\n  net nudge --exit-code -q >/dev/null || echo "something is due"\n  net done 2\n  net snooze 3 1w\n\nExit codes with --exit-code: 0 nothing due, ${code} something due (1 and 2 as for every command).`,

  // -- net done / net snooze --help
  doneSummary: "mark reminders from today's nudge as done",
  doneDescription:
    "Mark reminders as done, by their number in the list `net nudge` printed today (or their key, from `net nudge --json`).\nLogging the gesture with `net log` also clears the reminders it satisfies.",
  doneArgument: "numbers from today's nudge list, or reminder keys",
  doneExamples: "\nExamples:\n  net done 2\n  net done 1 3",
  snoozeSummary: "postpone a reminder",
  snoozeDescription: "Hide a reminder from nudge until a later day: by its number in the list `net nudge` printed today, or its key.",
  snoozeArgument: "number from today's nudge list (or a reminder key)",
  snoozeDuration: "how long: 1d, 1w, 2w, 1m, or a date",
  snoozeExamples: "\nExamples:\n  net snooze 3 1w\n  net snooze 1 'next monday'",

  // -- net nudge
  noRule: (rule: string) => `there is no rule '${rule}'`,
  noRuleHint: "see the rules with: net rules",
  interactiveNeedsTerminal: "--interactive needs a terminal",
  interactiveNeedsTerminalHint: "run net nudge without -i, then net done <n> / net snooze <n> <duration>",
  nothingDueFrom: (rule: string) => `Nothing due from ${rule} today.`,
  nothingDue: "Nothing due today. Enjoy it — or give something with no agenda.",
  moreWithAll: (shown: number) => `${shown} shown, more with net nudge --all · `,
  footer: "net done <n> · net snooze <n> 1w · net log <who> after a gesture",
  startNetwork: 'Your network starts with your card or your first person: net card --set "…" or net add "<name>"',
  listNotKeptJson: (reason: string) =>
    `This list could not be kept — ${reason} — so net done <n> does not count in it; use net done <key> with its keys`,
  numbersNotKept: (reason: string) =>
    `Numbers could not be kept — ${reason} — so none are shown: use net done <key> or net snooze <key> 1w, with the keys from net nudge --json`,
  earlierListStands: "; net done <n> counts in the list numbered earlier today",

  // -- the list kept today (net done <n>, net snooze <n>, net draft <n>)
  useNumberHint: "run net nudge, then use a number it shows (or a reminder's key, from net nudge --json)",
  nothingToMark: "nothing is due today, so there is no reminder to mark",
  seeNumbersHint: "run net nudge to see today's numbers",
  noSuchKey: (key: string) => `no reminder '${key}' is due`,
  noSuchKeyHint: "see today's keys with: net nudge --all --json",
  notANumber: (ref: string) => `'${ref}' is not a reminder number`,
  notANumberHint: "use the number shown by net nudge, e.g. net done 2",
  noListKept: "no numbered list was kept today: net nudge has not run today, or could not keep its numbers",
  listFromEarlierDay: (day: string) => `the last numbered list is from ${day}, not today: its numbers no longer count`,
  noSuchNumber: (p: { n: number; count: number }) => `there is no #${p.n} in today's list (${p.count === 1 ? "only #1" : `1–${p.count}`})`,

  // -- net done / net snooze
  markedDone: (n: number) => `Marked ${n} ${plural("en", n, { one: "reminder", other: "reminders" })} done. Well done.`,
  cantReadDuration: (text: string) => `can't read '${text}' as a duration or a date`,
  cantReadDurationHint: "try 1d, 1w, 2w, 1m or a date like 2026-12-01",
  snoozeNotLater: (until: string) => `snoozing until ${until} would not hide it`,
  snoozeNotLaterHint: "give a later day: 1d, 1w, or a future date",
  alreadyDone: (ref: string) => `${ref} is already done: there is nothing to snooze`,
  alreadyDoneHint: "see what is due now with: net nudge",
  snoozedUntil: (until: string) => `Snoozed until ${until}.`,

  // -- the habit line (its parts, joined by " · ")
  noStreak: "no streak yet",
  streak: (p: { weeks: number; atLeast: boolean }) =>
    `streak ${p.atLeast ? "≥" : ""}${p.weeks} ${plural("en", p.weeks, { one: "week", other: "weeks" })}`,
  gesturesThisWeek: (ratio: string) => `gestures this week ${ratio}`,
  newPeopleIn: (p: { month: string; ratio: string }) => `new people in ${p.month} ${p.ratio}`,
  noEvent: "no event yet",
  eventToday: "event today",
  lastEventYesterday: "last event yesterday",
  lastEventDaysAgo: (days: number) => `last event ${days} days ago`,

  // -- net nudge -i
  walk: {
    nothingDue: "Nothing due today.",
    draftTo: (name: string) => `draft a message to ${name}`,
    draftShort: "draft",
    logWith: (name: string) => `log the gesture with ${name} now`,
    logShort: "log",
    done: "done",
    snooze: "snooze",
    skip: "skip",
    sendHow: "Send it how?",
    sendCopy: "copy it to the clipboard",
    sendCopyShort: "copy",
    sendMail: "open it in your mail client",
    sendMailShort: "mail",
    sendNeither: "neither: I'll take it from here",
    sendNeitherShort: "neither",
    logOnceSent: "Once it's sent, log it?",
    snoozeHowLong: "Snooze for how long?",
    oneDay: (day: string) => `1 day (${day})`,
    oneWeek: (day: string) => `1 week (${day})`,
    other: "other…",
    howLong: "How long? (3d, 2w, 1m, or a date)",
    laterDay: "a later day: 3d, 2w, 1m, or a date",
    whatDidYouDo: "What did you do?",
    aNote: "A note?",
    copied: "Copied to the clipboard.",
    noClipboard: (why: string) => `No clipboard net can use (${why}): copy it from above.`,
    mailOpened: "Opened in your mail client.",
    noMail: (why: string) => `Could not open a mail client (${why}): copy it from above.`,
    metThrough: "met through",
    summary: (p: { logged: number; done: number; snoozed: number; skipped: number }) =>
      `Logged ${p.logged}, done ${p.done}, snoozed ${p.snoozed}, skipped ${p.skipped}.`,
  },

  // -- net nudge --brief / --week / --notify
  briefMore: (p: { rest: number; plus: boolean }) => ` (${p.rest}${p.plus ? "+" : ""} more)`,
  briefMoreUncounted: " (more)",
  briefForAll: (more: string) => `net nudge for all${more}`,
  briefForGestures: "net nudge for the suggested gestures",
  couldNotRun: (message: string) => `net nudge could not run: ${message}`,
  todayTitle: (name: string) => `Today, ${name}`,
  tomorrowTitle: (name: string) => `Tomorrow, ${name}`,
  quietWeek: (until: string) => `Nothing falls due between today and ${until}. A good week to give with no agenda.`,
  notifyOne: "net: one small gesture today",
  notifyMany: (count: string) => `net: ${count} small gestures today`,
  noNotifier:
    "net: no desktop notifier found (notify-send on Linux, osascript on macOS), so the morning reminder can't show; " +
    "install libnotify-bin, or use the shell hook (net hook --help)",
  notifierFailed: (p: { program: string; why: string }) => `${p.program} could not show the notification (${p.why})`,
  exitStatus: (status: number | null) => `exit ${status}`,
};
