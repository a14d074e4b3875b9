import { plural } from "../plural.js";

/** The wizard texts in English: every question net asks (add, pickers, log, nudge -i, confirmations). */
export const wizard = {
  /** The type-to-search list. */
  search: {
    noResults: "No results found",
    navigate: "navigate",
    select: "select",
  },
  /** Suggestion lists: a typed answer that matches no suggestion, and leaving the question blank. */
  skip: "skip",
  typedNew: (typed: string) => `${typed} (new)`,
  typeOrPick: (question: string) => `${question} (type, or pick one)`,
  add: {
    who: "Who did you meet?",
    nameNeeded: "a name, please",
    where: "Where did you meet?",
    company: "Company or organisation?",
    role: "Role?",
    sector: "Sector?",
    circle: "Inside or outside your organisation?",
    outside: "outside (external)",
    inside: "inside (internal)",
    intent: "Why does this person matter to you?",
    notSure: "not sure yet",
    /** What each intention means, shown under the highlighted choice. */
    intents: {
      learn: "to learn from them",
      rebound: "for a next step or a change",
      influence: "to move things forward together",
      cooperate: "to work together",
    },
    tier: "How often do you want to be in touch?",
    /** A tier's choice: the tier as typed, then how often. */
    tierChoice: (p: { tier: string; often: string }) => `${p.tier} (${p.often})`,
    tiers: { close: "every 2 weeks", active: "monthly", network: "quarterly", dormant: "twice a year" },
    note: "A note to remember them by?",
    followUp: "Schedule a follow-up?",
    inTwoDays: (day: string) => `in 2 days (${day})`,
    inAWeek: (day: string) => `in a week (${day})`,
    anotherDay: "another day…",
    noFollowUp: "no follow-up",
    followUpWhen: "When? (3d, 2w, a date)",
    followUpWhenInvalid: (from: string) => `a day from ${from} on: 3d, 2w or a date like 2026-12-01`,
  },
  pick: {
    whoWith: "Who with? (type to search)",
    /** `when`: a relative day, or the date. */
    lastContact: (when: string) => `last contact ${when}`,
  },
  log: {
    whatHappened: "What happened?",
    whoGave: "Who gave?",
    directions: { gave: "I gave", received: "I received", mutual: "both" },
    note: "A note?",
    when: "When?",
    noteOrEmpty: "A note? (empty for none)",
    /** `none` is what the answer says for no follow-up (typed as is). */
    followUp: "Follow up? (a date, 2w, or none)",
    /** What each kind of interaction means, shown under the highlighted choice. */
    kinds: {
      meeting: "met in person or by video",
      call: "a phone call",
      message: "a message or an email",
      share: "shared an article, a resource",
      congrats: "congratulations",
      checkin: "took news, no agenda",
      help: "help given or received",
      intro: "an introduction",
      thanks: "a thank-you",
      event: "an event attended",
      news: "they shared news",
      ask: "asked for something",
    },
  },
  /** `interactions`: those that would go with them (theirs alone). */
  purge: (p: { name: string; interactions: number }) => {
    const what =
      p.interactions === 0
        ? ""
        : ` and their ${plural("en", p.interactions, { one: "interaction", other: `${p.interactions} interactions` })}`;
    return `Delete ${p.name}${what} for good? This can't be undone.`;
  },
  /** The editor ($EDITOR) failed; `unchanged` says what was kept as it was. */
  editorFailed: (p: { editor: string; unchanged: string }) => `the editor (${p.editor}) exited with an error; ${p.unchanged}`,
  /** Yes/no questions: the answers read as yes or no (by how they start), and what is shown. */
  confirm: {
    yesAnswers: ["y", "yes"],
    noAnswers: ["n", "no"],
    yes: "Yes",
    no: "No",
    defaultYes: "Y/n",
    defaultNo: "y/N",
  },
  overwrite: (path: string) => `${path} already exists. Replace it?`,
  schedule: (at: string) => `Set up the daily reminder at ${at}?`,
};
