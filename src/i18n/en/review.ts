import { plural } from "../plural.js";

const two = (n: number | string) => String(n).padStart(2, "0");
const count = (n: number, one: string, other: string) => `${n} ${plural("en", n, { one, other })}`;

/**
 * The quarterly review (`net map`): its command, its period flags, the text and Markdown map, the
 * HTML page, the suggestions and the shape's warnings. English keeps the period labels as typed
 * (2026Q4, 2026-10) and dates as ISO days, as net has always shown them.
 *
 * Period phrases: `periodIn`, `periodOf` and `periodVs` put a period's name where a sentence says
 * "in", "of" or "compared with" it (French needs "au T4 2026", "en octobre 2026", "du T3 2026"...).
 */
export const review = {
  // -------------------------------------------------------------------------
  // Periods and dates
  /** How a month is written in a day or a month's name: its number in English (2026-10), its name in French. */
  monthWords: ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"],
  /** The heat map's month labels. */
  monthsShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  /** The heat map's rows, Monday first (every other one left blank). */
  weekdaysShort: ["Mon", "", "Wed", "", "Fri", "", ""],
  /** A day as shown: `month` is from `monthWords`. */
  day: (d: { year: number; month: string; day: number }) => `${d.year}-${d.month}-${two(d.day)}`,
  /** A day in a narrow column (10 characters). */
  shortDay: (d: { year: number; month: number; day: number }) => `${d.year}-${two(d.month)}-${two(d.day)}`,
  quarterName: (p: { year: number; quarter: number }) => `${p.year}Q${p.quarter}`,
  /** `month` is from `monthWords`. */
  monthName: (p: { year: number; month: string }) => `${p.year}-${p.month}`,
  /** A month in the activity strip's 7 columns. */
  monthShort: (p: { year: number; month: number }) => `${p.year}-${two(p.month)}`,
  rangeName: (p: { from: string; to: string }) => `${p.from}..${p.to}`,
  periodIn: {
    quarter: (name: string) => name,
    month: (name: string) => name,
    year: (name: string) => name,
    range: (name: string) => name,
  },
  periodOf: {
    quarter: (name: string) => name,
    month: (name: string) => name,
    year: (name: string) => name,
    range: (name: string) => name,
  },
  periodVs: {
    quarter: (name: string) => name,
    month: (name: string) => name,
    year: (name: string) => name,
    range: (name: string) => name,
  },
  /** A count as shown: French groups the digits of large ones (1 234). */
  number: (n: number) => String(n),

  // -------------------------------------------------------------------------
  // The command
  summary: "the quarterly review: who to re-contact, who to thank, how you give",
  description: (windowDays: number) =>
    "Map your network over a period (the current quarter by default): pulse against your goals and the\n" +
    "previous period, activity week by week, who to re-contact, who to thank, give/receive balance,\n" +
    "the shape of your network, and three suggestions for next quarter.\n" +
    `A quarter mapped in its last ${windowDays} days, or in the first ${windowDays} of the next (the quarterly-map reminder's window),\n` +
    "is recorded as its review, which clears nudge's quarterly reminder; --record records it any day, --no-record never.\n" +
    "With --json nothing is recorded unless --record is given.",
  options: {
    quarter: "a quarter, e.g. 2026Q3 (default: the current quarter)",
    month: "a month, e.g. 2026-10 (default: this month)",
    year: "a year, e.g. 2026 (default: this year)",
    since: "from this day (with --until, or up to today)",
    until: "up to this day (with --since)",
    md: "print Markdown, to keep or share",
    html: "write the review as one self-contained web page (rings, a heat map of gestures, balances)",
    output: "with --html: the page's file (default net-map-<period>.html here; - for standard output)",
    open: "with --html: open the page in your default browser",
    record: "record this quarter's review now, whatever the day",
    noRecord: "don't record the review (the quarterly reminder stays)",
  },
  helpAfter: (forms: string) => `
Periods: ${forms}.

Examples:
  net map --quarter                 the quarter so far (its review, in the quarter's last days)
  net map --quarter --record        done with this quarter's review early: record it now
  net map --quarter 2026Q3 --md > review-2026Q3.md
  net map --month 2026-10 --json
  net map --quarter --html --open   the review as a page in your browser
  net map --since 2026-01-01`,
  mdAndJson: "--md and --json both asked for",
  mdAndJsonHint: "choose one: --md for Markdown, --json for scripts",
  htmlAnd: (flag: string) => `--html and ${flag} both asked for`,
  htmlAndHint: "choose one: --html writes a page, --md and --json print",
  needsHtml: (flag: string) => `${flag} goes with --html`,
  needsHtmlHint: "net map --html -o review.html --open",
  openNeedsFile: "--open needs a file, not standard output",
  openNeedsFileHint: "net map --html --open (or -o review.html --open)",
  /** A period's kind, in "not a month's" (the review of a ...). */
  kindOf: { month: "month's", year: "year's", range: "range's" },
  onlyQuarterRecorded: (kindOf: string) => `only a quarter's review is recorded, not a ${kindOf}`,
  onlyQuarterRecordedHint: "net map --quarter --record (or --quarter 2026Q3)",
  notBegun: (name: string) => `${name} has not begun: there is nothing to review yet`,
  notBegunHint: "record the current or a past quarter",
  recorded: (name: string) => `Review of ${name} recorded: nudge's quarterly reminder is done.`,
  alreadyRecorded: (p: { name: string; on: string }) => `${p.name}'s review was already recorded on ${p.on}.`,
  notRecorded: (p: { name: string; days: number }) =>
    `Not recorded as ${p.name}'s review: that happens in its last ${p.days} days (or now, with --record).`,
  wrote: (p: { name: string; path: string; opening: boolean }) =>
    `Wrote the map of ${p.name} to ${p.path}${p.opening ? "" : " (open it in a browser, or add --open)"}.`,
  openFailed: (reason: string) => `couldn't open a browser: ${reason}`,
  openFailedHint: (path: string) => `open ${path} yourself`,

  // -------------------------------------------------------------------------
  // The period flags
  notAPeriod: (p: { value: string; flag: string }) => `'${p.value}' is not a period for ${p.flag}`,
  acceptedForms: (forms: string) => `accepted forms: ${forms}`,
  notADate: (p: { text: string; flag: string }) => `can't read '${p.text}' as a date for ${p.flag}`,
  notADateHint: (forms: string) => `use YYYY-MM-DD (or today, '3 months ago'); periods: ${forms}`,
  onePeriod: (flags: string) => `choose one period: ${flags} were given`,
  untilNeedsSince: "--until needs --since: from when?",
  untilNeedsSinceHint: (forms: string) => `e.g. --since 2026-07-01 --until 2026-09-30; periods: ${forms}`,
  untilBeforeSince: (p: { until: string; since: string }) => `--until (${p.until}) is before --since (${p.since})`,
  untilBeforeSinceHint: "swap them, or give a later --until",

  // -------------------------------------------------------------------------
  // The map (text and Markdown)
  title: (name: string) => `Network map ${name}`,
  span: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
  periodRunning: (p: { span: string; elapsed: number; days: number; previousOf: string }) =>
    `${p.span}, day ${p.elapsed} of ${p.days}; compared with the same point of ${p.previousOf}`,
  periodNotStarted: (span: string) => `${span}, not started yet`,
  periodDone: (p: { span: string; previousVs: string }) => `${p.span}; compared with ${p.previousVs}`,
  empty: (p: { periodIn: string; running: boolean }) =>
    `Nothing logged in ${p.periodIn}${p.running ? " so far" : ""}: no gestures, no events, no one new. A fresh start: the suggestions below are small.`,

  pulse: "Pulse",
  pulseNote: (p: { previousOf: string; previousVs: string; running: boolean }) =>
    p.running ? `so far, vs the same point of ${p.previousOf}` : `vs ${p.previousVs}`,
  pulseRows: { gesturesGiven: "gestures given", received: "received", peopleMet: "people met", events: "events" },
  was: (n: number) => `(was ${n})`,
  goal: (goal: number) => `goal ${goal}`,
  goalReached: "reached",
  goalShort: (n: number) => `${n} short`,
  goalDone: (p: { goal: number; sinceStart: boolean; verdict: string }) =>
    `goal ${p.goal}${p.sinceStart ? " since you started" : ""}: ${p.verdict}`,
  /** The unit of a goal "a quarter". */
  units: { quarter: "quarter", month: "month", year: "year", range: "period" },
  onTrack: "on track",
  behind: "behind",
  goalRunning: (p: { goal: number; unit: string; soFar: number; verdict: string }) =>
    `goal ${p.goal} a ${p.unit}, ${p.soFar} by now: ${p.verdict}`,

  activity: "Activity",
  /** What one character of the strip counts: "week", "2 weeks". */
  bucket: (weeks: number) => (weeks === 1 ? "week" : `${weeks} weeks`),
  activityNote: (p: { bucket: string; future: boolean }) => `interactions per ${p.bucket}${p.future ? ", blank for those to come" : ""}`,
  legendNone: "none",
  mdSamePoint: " (same point)",
  mdChange: "change",
  mdGoal: "goal",
  mdActivity: (p: { bucket: string; legend: string }) => `Interactions per ${p.bucket}${p.legend ? `: \`${p.legend}\`` : ""}.`,

  toRecontact: "To re-contact",
  /** People whose cadence has come: due today or past it (not yet dormant). */
  lapsed: (n: number) => count(n, "tie due for a gesture", "ties due for a gesture"),
  /** "1 dormant tie that matters", "3 dormant ties that matter". */
  dormantTies: (n: number) => count(n, "dormant tie that matters", "dormant ties that matter"),
  quiet: (n: number) => `${n} quiet`,
  quietNotListed: (n: number) => `${count(n, "quiet tie", "quiet ties")} not listed`,
  noneLapsed: "No one is past their cadence: every tie is fresh.",
  headName: "NAME",
  headTier: "TIER",
  headIntent: "INTENT",
  headLastGesture: "LAST GESTURE",
  headSince: "SINCE",
  headCadence: "CADENCE",
  noGestureYet: "none yet",
  daysAgoShort: (n: number) => `${n}d ago`,
  cadenceDormant: (cadence: number) => `${cadence}d, dormant`,
  cadenceOver: (p: { cadence: number; over: number }) => `${p.cadence}d, ${p.over ? `${p.over}d over` : "due today"}`,
  moreRecontact: (n: number) => `and ${n} more (net list --sort due; net map --json lists the first 10 of each)`,
  mdRecontactHeads: { name: "Name", tier: "Tier", lastGesture: "Last gesture", since: "Since", status: "Status" },
  mdDormant: (cadence: number) => `dormant (${cadence}d cadence)`,
  mdOver: (p: { cadence: number; over: number }) => (p.over ? `${p.over}d over ${p.cadence}d` : `due today (${p.cadence}d cadence)`),

  toThank: "To thank",
  thankNote: (periodIn: string) => `help and intros received in ${periodIn}, no thanks logged since`,
  nothingToThank: (periodIn: string) => `Nothing waiting: every help or intro received in ${periodIn} was thanked.`,
  headDate: "DATE",
  headWho: "WHO",
  headWhat: "WHAT",
  headNote: "NOTE",
  mdThankHeads: { date: "Date", who: "Who", what: "What", note: "Note" },
  anIntro: "an introduction",
  help: "help",
  moreThank: (n: number) => `and ${n} more (net map --json lists them all)`,
  mdMoreThank: (n: number) => `And ${n} more.`,

  balance: "Balance",
  balanceNote: (periodIn: string) => `help, intros and shares in ${periodIn}`,
  noBalance: "No help, intro or share logged in this period.",
  balanceLine: (p: { gave: number; received: number; asked: number; givingFirst: boolean }) =>
    `you gave ${p.gave}, received ${p.received}${p.asked ? `, asked ${p.asked}` : ""}${p.givingFirst ? ": giving comes first, well done" : ""}`,
  mdBalanceLine: (p: { gave: number; received: number; asked: number }) =>
    `You gave ${p.gave}, received ${p.received}${p.asked ? `, asked ${p.asked}` : ""} (help, intros and shares).`,
  headWith: "WITH",
  headGave: "GAVE",
  headReceived: "RECEIVED",
  headAsked: "ASKED",
  mdBalanceHeads: { with: "With", gave: "Gave", received: "Received", asked: "Asked" },
  /** People you received from or asked of, with nothing given back in the period. */
  onlyTake: (names: string) => `A hand received or an ask made: ${names}. A small gesture back, a share or some news, would be welcome.`,

  shape: "Shape of the network",
  /** `people` is `peopleCount`'s text. */
  shapeNote: (p: { people: string; fresh: number; periodIn: string }) =>
    p.fresh ? `${p.people}, ${p.fresh} new in ${p.periodIn}, shown with a + below` : `${p.people}, none new in ${p.periodIn}`,
  /** `shown` is `count` written as `number` writes it. */
  peopleCount: (p: { count: number; shown: string }) => `${p.shown} ${plural("en", p.count, { one: "person", other: "people" })}`,
  noOneYet: "No one yet: add the next person you meet with net add.",
  shapeRows: { circle: "circle", sector: "sector", intent: "intent", tier: "tier" },
  mdShapeRow: (p: { label: string; line: string }) => `- **${p.label}**: ${p.line}`,
  mdNote: (text: string) => `> **Note:** ${text}`,
  /** The circles as shown (typed --internal / --external). */
  circles: { internal: "internal", external: "external" },
  /** A circle, sector, intent or tier left unset, per row of the shape (the JSON keeps "(none)"). */
  unset: { circle: "(none)", sector: "(none)", intent: "(none)", tier: "(none)" },
  more: (n: number) => `${n} more`,
  nextQuarter: "Next quarter",
  next: "Next",

  // -------------------------------------------------------------------------
  // Suggestions (the JSON keeps them in English)
  suggest: {
    thank: (p: { name: string; intro: boolean; date: string; more: number }) =>
      `Thank ${p.name} for the ${p.intro ? "introduction" : "help"} of ${p.date}: a two-line message is enough${p.more > 0 ? ` (and ${p.more} more waiting)` : ""}.`,
    recontact: (p: { name: string; days: number }) =>
      `Reconnect with ${p.name} (${p.days} days since your last exchange): share something useful or ask how things are going.`,
    /** To someone you received from (`received`), or only asked of. */
    giveFirst: (p: { name: string; received: boolean }) =>
      p.received
        ? `Offer ${p.name} something in return: your help, an introduction or something worth sharing.`
        : `Offer ${p.name} a hand in turn: your help, an introduction or something worth sharing, with nothing more to ask.`,
    meet: (p: { count: number; perMonth: number; otherSector: boolean }) =>
      `Meet ${count(p.count, "new person", "new people").replace(/^1 /, "one ")} next quarter (${p.perMonth} a month)${p.otherSector ? ", from another sector" : ""}, and log them with net add.`,
    sponsor:
      "Have coffee with someone inside your organisation who could sponsor or partner with you, and tag them --intent influence --internal.",
    event: (n: number) =>
      `Pick ${count(n, "event", "events").replace(/^1 /, "one ")} for next quarter (a meetup, a workshop, a community) and put the first in your calendar.`,
    gestures: (n: number) => `Aim for ${n} small gestures a week: share an article, congratulate, take news, with no ulterior motive.`,
    widen: "Meet someone outside your usual sector: they bring the outside ideas your network lacks.",
    introduce: "Offer an introduction between two people who would gain from knowing each other.",
    card: "Reread your narrative business card (net card): two minutes, clear and lively, ready for the next first contact.",
    keep: "Keep the rhythm: one gesture a day from net nudge is enough.",
  },

  // -------------------------------------------------------------------------
  // The shape's warnings (the JSON keeps them in English)
  warn: {
    newOneSector: (p: { count: number; sector: string }) =>
      `All ${p.count} people met this period work in ${p.sector}: someone from another sector brings outside ideas.`,
    newOneCircle: (p: { count: number; internal: boolean }) =>
      `All ${p.count} people met this period are ${p.internal ? "internal" : "external"}: try someone ${p.internal ? "outside" : "inside"} your organisation.`,
    oneSector: (p: { percent: number; sector: string }) =>
      `${p.percent}% of your network works in ${p.sector}: a narrow network hears the same ideas.`,
    tooMany: (p: { count: number; tier: string; capacity: number; lower: string }) =>
      `${p.count} people in your ${p.tier} tier: about ${p.capacity} is what a person keeps up with at that cadence (Dunbar's layers). Moving some to "${p.lower}" keeps the reminders doable.`,
    noSponsor: "No internal sponsor or partner yet (intent influence, inside your organisation): in times of change, they open doors.",
  },

  // -------------------------------------------------------------------------
  // The HTML page (net map --html)
  html: {
    pageTitle: (name: string) => `Network map · ${name}`,
    heading: (name: string) => `Your network, ${name}`,
    running: (p: { elapsed: number; days: number }) => `, ${p.elapsed} of ${p.days} days so far`,
    madeOn: (p: { people: string; today: string }) => `${p.people} · made on ${p.today} by net map`,
    pulse: "Pulse",
    rings: "Your rings",
    colourBy: "Colour by",
    sector: "sector",
    circle: "circle",
    tip: "Hover over a dot, or focus the rings and use the arrow keys, to see who it is, your last gesture and what is due.",
    heat: "Gestures, day by day",
    figures: "The figures, month by month",
    give: "Give and receive",
    giveLine: (p: { periodIn: string; gave: number; received: number; asked: number }) =>
      `In ${p.periodIn}: gave ${p.gave}, received ${p.received}, asked ${p.asked}.`,
    recontact: "Re-contact",
    thank: "Thank",
    suggestions: "Three suggestions",

    ring: (p: { tier: string; people: string }) => `${p.tier}: ${p.people}`,
    nothingLogged: "nothing logged yet",
    lastGesture: (p: { gesture: string; date: string }) => `${p.gesture}, ${p.date}`,
    nextDue: (date: string) => `next due ${date}`,
    dueSince: (date: string) => `due since ${date}: a small gesture would do`,
    overdueSince: (date: string) => `overdue since ${date}: a small gesture would do`,
    circleNotSet: "circle not set",
    last: (text: string) => `last: ${text}`,
    ringsLabel: "Your network as rings, closest inside: one dot per person. Arrow keys move from person to person.",

    dayTitle: (p: { day: string; what: string }) => `${p.day}: ${p.what}`,
    quoted: (text: string) => `“${text}”`,
    toCome: "to come",
    logged: (n: number) => `${n} logged`,
    heatLabel: (p: { from: string; to: string; name: string }) =>
      `Interactions logged each day from ${p.from} to ${p.to}; ${p.name} outlined. The table below gives the figures.`,
    byMonth: "Interactions by month",
    headMonth: "month",
    headLogged: "logged",
    headDaysWithOne: "days with one",
    headBusiest: "busiest day",

    noExchange: (periodIn: string) => `No help, introduction or share exchanged in ${periodIn}.`,
    tookTitle: (p: { name: string; received: number; asked: number }) => `${p.name}: received ${p.received}, asked ${p.asked}`,
    gaveTitle: (p: { name: string; gave: number }) => `${p.name}: gave ${p.gave}`,
    balanceLabel: "Give and receive per person, the most one-sided first; the table below gives the figures.",
    axisTook: "← received / asked",
    axisGave: "gave →",
    balanceCaption: (periodIn: string) => `Give and receive in ${periodIn} (help, introductions, shares)`,
    headPerson: "person",
    headGave: "gave",
    headReceived: "received",
    headAsked: "asked",

    byNow: (n: number) => ` (${n} by now)`,
    pulseCaption: (p: { name: string; previousVs: string; running: boolean }) =>
      `${p.name} against ${p.previousVs}${p.running ? " (the same number of days)" : ""} and your goals`,
    headNow: "now",
    headBefore: "before",
    headChange: "change",
    headGoal: "goal",

    wellKept: "No one is past their cadence. Well kept.",
    dormant: ", dormant",
    recontactItem: (p: { days: number; since: string; cadence: number }) => `${p.days} days since ${p.since} (every ${p.cadence} days)`,
    quietTies: (n: number) => `And ${count(n, "quiet tie", "quiet ties")}, not listed.`,
    recontactCounts: (p: { lapsed: string; dormant: string }) => `${p.lapsed}, ${p.dormant}.`,

    nothingToThank: "No help or introduction waiting for thanks.",
    thankItem: (p: { what: string; date: string; days: number }) => `${p.what} on ${p.date} (${p.days} days ago)`,
    waitingInAll: (n: number) => `${n} waiting in all.`,

    headPeople: "people",
    headNew: "new",
    byTier: "By ring (tier)",
    bySector: "By sector",
    byCircle: "By circle",
    otherSectors: "other sectors",
    noSector: "no sector",
    notSet: "not set",
    due: "due",
    overdue: "overdue",
  },
};
