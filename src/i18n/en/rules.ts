import { plural } from "../plural.js";
import { log } from "./log.js";

const s = (n: number, one: string, other: string) => plural("en", n, { one, other });

/** "today", "yesterday", "41 days ago". */
const ago = (days: number) => (days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} ${s(days, "day", "days")} ago`);

/** "over a year ago", "3 years ago": for ties silent for years. */
const longAgo = (years: number) => (years <= 1 ? "over a year ago" : `${years} years ago`);

/**
 * A message after a long silence is more welcome than its sender expects (Liu, Rim, Min & Min, JPSP
 * 2023): said to ease the fear of bothering, by keep-in-touch and rediscover.
 */
const reassurance = "after a long silence, a short hello is usually more welcome than it feels";

/** "on 3 December": a day shown in a reminder, `month` from `words.months`. */
const onDay = (p: { day: number; month: string }) => `on ${p.day} ${p.month}`;

/** Tomorrow, today, a day to come or a day gone: where a birthday or milestone stands. */
const dayWhen = (p: { days: number; on: string }) =>
  p.days === 0 ? "today" : p.days === 1 ? "tomorrow" : p.days > 1 ? p.on : ago(-p.days);

/**
 * The rules texts in English: each reminder's message, its suggested gesture (a small, easy one) and
 * the practice it comes from (`why`), plus what `net rules` shows of each rule and its parameters.
 * One entry per rule; `words` holds what several rules share.
 */
export const rules = {
  words: {
    ago,
    longAgo,
    reassurance,
    onDay,
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    /** A short quote of a note, after the words it explains. */
    quote: (text: string) => ` ("${text}")`,
    /** "Ada", "Ada and Grace", "Ada, Grace and Linus". */
    list: (names: readonly string[]) =>
      names.length <= 1 ? String(names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`,
    /** What the last interaction was, in plain words ("you shared something", "they helped you"). */
    gesture: (p: { kind: string; received: boolean }) => {
      const phrases = (log.gestures as Record<string, { gave: string; received: string } | undefined>)[p.kind];
      return phrases ? (p.received ? phrases.received : phrases.gave) : p.kind;
    },
  },

  keepInTouch: {
    description: "someone's cadence has lapsed since your last interaction of any kind",
    why: "Keep ties alive over time: small, regular gestures with no agenda.",
    params: {
      "tier.close": "cadence of close ties",
      "tier.active": "cadence of active ties",
      "tier.network": "cadence of your wider network",
      "tier.dormant": "cadence of dormant ties",
    },
    reconnect: (p: { name: string; last: string; note: string; ago: string }) =>
      `Reconnect with ${p.name} — last time ${p.last}${p.note}, ${p.ago}`,
    sayHello: (p: { name: string; ago: string | null }) =>
      `Say hello to ${p.name} — you haven't been in touch since you connected${p.ago ? `, ${p.ago}` : ""}`,
    share: (first: string) => `share something useful with ${first}: an article, a talk, a tool you liked`,
    askNews: (p: { first: string; company: string | null }) =>
      `ask ${p.first} for news${p.company ? ` about ${p.company}` : ""}: one line is enough`,
    remember: (first: string) => `send ${first} a note about something you remember from your last exchange`,
    news: (first: string) => `congratulate ${first} on their news`,
    sharedBack: (first: string) => `tell ${first} what you made of what they shared`,
    askedBack: (first: string) => `tell ${first} how it turned out, and thank them`,
    learn: (first: string) => `ask ${first} what they are working on or learning these days`,
    longSilence: (suggestion: string) => `${suggestion} — ${reassurance}`,
  },

  firstFollowUp: {
    description: "you met someone in the last few days and nothing has been logged with them since",
    why: "Care for the first contact: a quick note after meeting turns an exchange into a link.",
    params: { days: "how many days after meeting the reminder stays" },
    message: (p: { name: string; ago: string; where: string | null }) =>
      `You met ${p.name} ${p.ago}${p.where ? ` at ${p.where}` : ""} — a short note now makes the first contact stick`,
    suggestion: (first: string) => `send ${first} a two-line message: thanks for the chat, and one thing you took from it`,
  },

  followUpPromise: {
    description: "a follow-up date you logged (--follow-up) has arrived and nothing was logged with them since",
    why: "Follow up: doing what you said you would is what people remember.",
    params: {},
    afterEvent: (event: string) => `after ${event}`,
    afterInteraction: (p: { kind: string; ago: string }) => `after your ${p.kind} ${p.ago}`,
    message: (p: { name: string; after: string; note: string }) => `Follow up with ${p.name} as planned ${p.after}${p.note}`,
    suggestion: (first: string) => `write to ${first} with the next step you talked about — short is fine`,
    noOneMessage: (p: { after: string; note: string }) => `Time for the follow-up you planned ${p.after}${p.note}`,
    noOneSuggestion: "send the note, the link or the intro you had in mind",
  },

  newPersonMonth: {
    description: "you have not met your monthly goal of new people yet; more pressing as the month ends",
    why: "Meet one new person each month — inside or outside your organisation, even outside your sector.",
    params: {},
    message: (p: { met: number; goal: number; left: number }) => {
      const more = p.goal - p.met;
      const count = p.goal === 1 ? "a new person" : `${more} more new ${s(more, "person", "people")}`;
      const when = p.left === 0 ? "today is the last day of the month" : `${p.left} ${s(p.left, "day", "days")} left this month`;
      return `Meet ${count} this month (${p.met} of ${p.goal} so far, ${when})`;
    },
    outsideSector: (sector: string) => `your last three new contacts were all in ${sector}: this time, look outside it`,
    suggestion: "ask a colleague from another team for coffee, or go to a meetup and talk to one stranger",
  },

  narrativeCard: {
    description: "no narrative business card yet, or it is old, or it takes over 2 minutes to say",
    why: "Prepare a narrative business card: who you are in 2 minutes, clear, lively, memorable.",
    params: {
      maxAgeDays: "refresh the card after this long",
      maxSeconds: "longest comfortable spoken length, in seconds",
    },
    missing: "Write your narrative business card: who you are and what you care about, in under 2 minutes",
    missingSuggestion: 'three sentences are enough to start: net card --set "…" (or net card --edit)',
    long: (p: { seconds: number; minutes: number }) =>
      `Your narrative card takes about ${p.seconds} seconds to say — over ${p.minutes} ${s(p.minutes, "minute", "minutes")}`,
    longSuggestion: "cut it to what people should remember: one story, one thing you are looking for (net card --edit)",
    stale: (months: number) => `Your narrative card is ${months} ${s(months, "month", "months")} old — is it still you?`,
    staleSuggestion: "read it aloud once; update what changed (net card --edit)",
  },

  eventCadence: {
    description: "no event, workshop or community meeting attended in a while",
    why: "Take part in events, workshops and communities: they bring people you would not meet otherwise.",
    params: { days: "days without an event before the nudge" },
    since: (days: number) => `No event in ${days} ${s(days, "day", "days")} — time to show up somewhere`,
    never: "No event logged yet — a meetup, a talk or a community call is an easy way to meet people",
    suggestion: 'pick one meetup, talk or community call this month and go; log it with net log --event "…"',
  },

  giveFirst: {
    description: "someone gave you more help, intros or shares than you gave them; or you gave nothing to anyone for a while",
    why: "Giving precedes receiving: offer help or an introduction without waiting for a return.",
    params: { days: "days without giving to anyone before the nudge" },
    /** `received` help, intros and shares from them (more than the `gave` to them), the last `ago`. */
    giveBack: (p: { name: string; received: number; gave: number; ago: string }) => {
      const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);
      if (p.received === 1) return `${p.name} lent you a hand ${p.ago} — offer them something in return`;
      const back = p.gave === 0 ? "" : ` (you've given back ${times(p.gave)})`;
      return `${p.name} has lent you a hand ${times(p.received)}${back}, the last time ${p.ago} — offer them something in return`;
    },
    giveBackSuggestion: (first: string) =>
      `offer ${first} something with no strings: an intro, a useful link, your help on what they are working on`,
    lastGesture: (days: number) =>
      `Your last gesture to anyone was ${days} ${s(days, "day", "days")} ago: a good day to give something with no agenda`,
    noGesture: "Give something with no agenda: a share, some help, an introduction",
    anyoneSuggestion: "think of one person who would enjoy an article you read, or two people who should meet",
  },

  thank: {
    description: "you received help or an introduction and no thanks is logged after it",
    why: "Thank: recognising help keeps the door open and makes giving a two-way habit.",
    params: {
      days: "days after which the thanks becomes pressing",
      maxDays: "after this long an unsaid thanks is let go",
    },
    message: (p: { name: string; intro: boolean; ago: string; note: string }) =>
      `Thank ${p.name} — they ${p.intro ? "introduced you to someone" : "helped you"} ${p.ago}${p.note}`,
    suggestion: (p: { first: string; intro: boolean }) =>
      `tell ${p.first} what their ${p.intro ? "introduction" : "help"} made possible, in a line or two`,
  },

  congratulate: {
    description: "a birthday or milestone is here, or someone shared news in the last days",
    why: "Small gestures: congratulate, take news, with no ulterior motive.",
    params: {
      newsDays: "days after logged news during which to congratulate",
      daysBefore: "days before a birthday or milestone to start reminding",
      daysAfter: "days after a birthday or milestone it is still fine to write",
    },
    /** `days` from today to the birthday (negative once past); `on` from `words.onDay`. */
    birthday: (p: { first: string; days: number; on: string }) =>
      p.days === 0
        ? `It's ${p.first}'s birthday today`
        : p.days === 1
          ? `${p.first}'s birthday is tomorrow`
          : p.days > 1
            ? `${p.first}'s birthday is ${p.on}`
            : `${p.first}'s birthday was ${ago(-p.days)}`,
    /** A milestone the user named (`label`), `years` after its first day (0 for a yearly day with no year). */
    milestone: (p: { name: string; label: string; years: number; days: number; on: string }) =>
      `${p.name}: ${p.years > 0 ? `${p.years} ${s(p.years, "year", "years")} since ${p.label}` : p.label} (${dayWhen(p)})`,
    birthdaySuggestion: (first: string) => `wish ${first} a happy birthday — one warm line`,
    milestoneSuggestion: (first: string) => `congratulate ${first}; ask what comes next`,
    news: (p: { name: string; ago: string; note: string }) => `${p.name} had news ${p.ago}${p.note}`,
    newsSuggestion: (first: string) => `congratulate ${first} — a short, sincere message`,
  },

  quarterlyMap: {
    description: "the quarter ends soon (or just ended) and its review (net map --quarter) is not done",
    why: "Once a quarter, map your contacts and spot who to re-contact or thank.",
    params: { days: "days before the quarter ends (and after) when the review is due" },
    /** `label` as typed to net map --quarter (2026Q4); `on` from `words.onDay`. */
    current: (p: { label: string; on: string }) => `Quarterly review: ${p.label} ends ${p.on}`,
    previous: (label: string) => `Quarterly review of ${label} is still to do`,
    suggestion: (command: string) => `take 15 minutes with a coffee: ${command}`,
  },

  introFollowThrough: {
    description: "an introduction you made is some days old and nothing was logged since with either person",
    why: "Offer introductions, and see them through: asking how it went makes the intro count.",
    params: { days: "days after the intro to ask how it went" },
    one: (p: { name: string; ago: string }) => `You introduced ${p.name} to someone ${p.ago}`,
    many: (p: { names: readonly string[]; ago: string }) => `You introduced ${p.names.join(" and ")} ${p.ago}`,
    /** `who` from `words.list`. */
    suggestion: (who: string) => `ask ${who} how it went — and whether you can help further`,
  },

  notIsolated: {
    description: "too few interactions of any kind in the last days",
    why: "In times of change, a network brings feedback, ideas and partners: don't stay isolated.",
    params: {
      days: "the window looked at",
      min: "fewest interactions in that window before the nudge",
    },
    message: (p: { count: number; days: number }) =>
      p.count === 0
        ? `It has been quiet: no interactions in the last ${p.days} days`
        : `It has been quiet: ${p.count} ${s(p.count, "interaction", "interactions")} in the last ${p.days} days`,
    suggestion: "one easy step: reply to someone's post, or ask a colleague for a 15-minute coffee",
  },

  gratitude: {
    description: "once a quarter, someone who helped you over a year ago, to thank again with what it made possible",
    why: "Thank, again: telling someone what their help made possible pleases them more than you expect, and is less awkward than it feels (Kumar & Epley, 2018).",
    params: {
      day: "day of the quarter it comes on",
      afterDays: "help at least this old",
      restDays: "not someone thanked this recently",
    },
    /** `ago` from `words.longAgo`. */
    message: (p: { name: string; intro: boolean; ago: string; note: string }) =>
      `Thank ${p.name} again — they ${p.intro ? "introduced you to someone" : "helped you"} ${p.ago}${p.note}`,
    suggestion: (p: { first: string; intro: boolean }) =>
      `tell ${p.first} what their ${p.intro ? "introduction" : "help"} made possible since, in a few lines: such a note pleases more than its writer expects`,
  },

  rediscover: {
    description: "once or twice a month, one tie silent for years to ask for advice",
    why: "Reconnect with dormant ties: people you haven't spoken to in years give advice as useful as current ties, and more novel (Levin, Walter & Murnighan, 2011).",
    params: {
      perMonth: "occurrences a month (1 or 2)",
      years: "years of silence that make a tie dormant",
    },
    silentFor: (years: number) => `you haven't been in touch for ${years <= 1 ? "over a year" : `${years} years`}`,
    /** `ago` from `words.longAgo`. */
    connected: (ago: string) => `you connected ${ago} and haven't been in touch since`,
    met: (ago: string) => `you met ${ago} and haven't been in touch since`,
    outside: (sector: string) => ` (${sector}, outside your usual sector)`,
    message: (p: { name: string; outside: string; since: string }) => `Rediscover ${p.name}${p.outside} — ${p.since}`,
    suggestion: (first: string) =>
      `ask ${first} for advice on one concrete thing you are working on ("how would you approach…?"), with a line on what you have been up to — ${reassurance}`,
  },
};
