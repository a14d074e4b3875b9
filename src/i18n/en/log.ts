import { plural } from "../plural.js";

/** The log texts in English: net log, net log edit/rm, net undo, and how a gesture is named. */
export const log = {
  // -- net log --help
  summary: "record a gesture or a meeting",
  description:
    "Record an interaction with one or more people: what kind, who gave, when, a note.\nA note can also follow the names: net log ada -- sent the article.\nWith --event, record an event you attended, with or without people.",
  whoArgument: "people (slug, id or name; fuzzy, accents optional), then optionally the note",
  optKind: "what happened",
  optGave: "you gave it (the default, except for news: received)",
  optReceived: "they gave it to you",
  optMutual: "both ways",
  optDate: "when (today, yesterday, 'last friday', '3 days ago', 2026-11-20)",
  /** The default of --date as help shows it (the value itself stays "today"). */
  optDateDefault: '"today"',
  optNote: "what it was about",
  optFollowUp: "a follow-up you promised: a duration from that day (2w) or a date",
  optEvent: "an event you attended (kind event)",
  examples: (kinds: string) => `
Kinds: ${kinds} (default checkin; event with --event).

Examples:
  net log ada --kind share --note "Sent the article on type systems"
  net log ada grace --kind meeting --date "last friday" --follow-up 2w
  net log ada --kind help --received --note "Intro to her investor"
  net log ada alan --kind intro --received   (Ada introduced you to Alan: you met Alan through her)
  net log ada alan --kind intro              (you introduced Ada and Alan to each other)
  net log --event "DevOps Days Paris" --date 2026-11-20`,

  // -- net log
  twoNotes: "two notes given: one after the names and one with --note",
  twoNotesHint: "keep one of them",
  eventNotKind: (kind: string) => `--event records an event, not a ${kind}`,
  eventNotKindHint: "drop --kind, or drop --event",
  eventNeedsName: "the event needs a name",
  eventNeedsNameHint: 'net log --event "DevOps Days Paris"',
  theDate: "the date",
  followUpBefore: (p: { followUp: string; date: string }) => `the follow-up (${p.followUp}) is before the interaction (${p.date})`,
  followUpBeforeHint: "give a later date or a duration like 2w",
  whoWasIt: "who was it with? name at least one person",
  whoWasItHint: "net log ada --kind share (or --event <name> for an event)",
  noOneYet: "no one to log a gesture with yet",
  noOneYetHint: 'add the people you meet: net add "Ada Lovelace"',
  loggedEvent: (p: { event: string; names: string }) => `event ${p.event}${p.names ? ` with ${p.names}` : ""}`,
  /**
   * What was logged: `kind` as `kinds` names it, `names` the people as one list; a language may
   * word it per gesture with `key` (the kind typed: help), `direction` and `people` (one by one).
   */
  loggedKind: (p: { kind: string; names: string; key: string; direction: string; people: string[] }) => `${p.kind} with ${p.names}`,
  logged: (p: { what: string; date: string; followUp: string | null }) =>
    `Logged ${p.what} on ${p.date}.${p.followUp ? ` Follow-up on ${p.followUp}.` : ""}`,
  metThrough: (p: { met: string; through: string }) => `Noted that you met ${p.met} through ${p.through}.`,
  /** What joins the last two names of a list: "Ada, Grace, Alan". */
  lastNameSeparator: ", ",
  /** A kind as shown in a sentence (the value typed stays the same: --kind call). */
  kinds: {
    meeting: "meeting",
    call: "call",
    message: "message",
    share: "share",
    congrats: "congrats",
    checkin: "checkin",
    help: "help",
    intro: "intro",
    thanks: "thanks",
    event: "event",
    news: "news",
    ask: "ask",
  } as Record<string, string>,
  /** What the last interaction was, in plain words ("you shared something", "they helped you"). */
  gestures: {
    meeting: { gave: "you met", received: "you met" },
    call: { gave: "you spoke on the phone", received: "you spoke on the phone" },
    message: { gave: "you exchanged messages", received: "they wrote to you" },
    share: { gave: "you shared something", received: "they shared something with you" },
    congrats: { gave: "you congratulated them", received: "they congratulated you" },
    checkin: { gave: "you checked in", received: "you checked in" },
    help: { gave: "you helped them", received: "they helped you" },
    intro: { gave: "you made an introduction", received: "they introduced you to someone" },
    thanks: { gave: "you thanked them", received: "they thanked you" },
    event: { gave: "you saw each other at an event", received: "you saw each other at an event" },
    news: { gave: "they shared news", received: "they shared news" },
    ask: { gave: "you asked them for something", received: "they asked you for something" },
  },

  // -- net log edit / rm --help
  editSummary: "change a logged interaction",
  editDescription:
    "Change an interaction: by its id (printed by net log, or a unique start of it) or as <who>:<n>, the n-th\n" +
    "of net show <who>'s numbered timeline (1 is the newest). Reminders follow the new day.",
  refArgument: "an interaction id, or who:n (e.g. ada:1)",
  optNewDate: "the new day",
  optNewKind: "the new kind",
  optEditGave: "you gave it",
  optNewNote: 'the new note ("" removes it)',
  optEditFollowUp: 'a follow-up: a duration from the interaction\'s day (2w) or a date; "none" removes it',
  optWith: "add a person (repeatable)",
  optWithout: "remove a person (repeatable)",
  editExamples:
    '\nExamples:\n  net show ada                       # the numbered timeline\n  net log edit ada:1 --date yesterday --kind call\n  net log edit ada:2 --with grace --without ada\n  net log edit 3f2a9c --note "" --follow-up none',
  rmSummary: "remove a logged interaction",
  rmDescription: "Remove an interaction, by its id or as <who>:<n> (see net show <who>). Asks on a terminal; --yes otherwise.",
  optYes: "don't ask for confirmation",
  rmExamples: "\nExamples:\n  net log rm ada:1\n  net log rm 3f2a9c --yes",

  // -- net log edit / rm
  noSuchNumbered: (p: { name: string; count: number | null; ref: string }) =>
    `${p.name} has ${p.count ?? "no"} interaction${p.count === 1 ? "" : "s"}; there is no ${p.ref}`,
  seeTimelineHint: (slug: string) => `see the numbered timeline with: net show ${slug}`,
  noInteraction: (ref: string) => `no interaction '${ref}'`,
  noInteractionHint: "give the id net log printed (or its first 6 characters and more), or who:n from net show <who>",
  someone: "someone",
  describeEvent: (name: string) => `event ${name}`,
  describeWith: (names: string) => ` with ${names}`,
  describeFollowUp: (day: string) => ` (follow up ${day})`,
  nextDue: (p: { name: string; day: string }) => `  ${p.name}: next due ${p.day}`,
  cantBecomeEvent: "an interaction can't become an event here",
  cantBecomeEventHint: "log the event with: net log --event <name>",
  eventCantBecome: (kind: string) => `an event can't become a ${kind}`,
  eventCantBecomeHint: "remove it (net log rm) and log it again",
  followUpBeforeEditHint: "give a later date, or --follow-up none",
  notInInteraction: (name: string) => `${name} is not in this interaction`,
  notInInteractionHint: "see who is with: net show <who>",
  needsSomeone: "an interaction needs someone",
  needsSomeoneHint: "remove it instead: net log rm <ref>",
  nothingChanged: "Nothing changed.",
  nothingToChange: "nothing to change",
  nothingToChangeHint: "give what to change: --date, --kind, --gave/--received/--mutual, --note, --follow-up, --with, --without",
  changed: (p: { before: string; after: string }) => `Changed: ${p.before}\n     now: ${p.after}`,
  removeNeedsConfirmation: (what: string) => `removing ${what} needs confirmation`,
  removeNeedsConfirmationHint: (ref: string) => `pass --yes: net log rm ${ref} --yes`,
  removeQuestion: (what: string) => `Remove ${what}?`,
  nothingRemoved: "Nothing was removed.",
  removed: (what: string) => `Removed: ${what}`,

  // -- net undo
  undoSummary: "take back the last change",
  undoDescription:
    "Take back the last command that changed data (add, log, log edit/rm, edit, rm, done, snooze, import,\n" +
    "card, goals, rules…): shows what it will undo and asks first (--yes without a terminal).\n" +
    "Undo again to redo. --list shows the last 20 changes.",
  optList: "the last 20 changes, newest first",
  undoExamples: "\nExamples:\n  net undo\n  net undo --list\n  net undo --yes",
  tables: {
    contacts: { one: "person", other: "people" },
    interactions: { one: "interaction", other: "interactions" },
    interaction_people: { one: "link to a person", other: "links to people" },
    contact_memory: { one: "import memory", other: "import memories" },
    reminder_state: { one: "reminder state", other: "reminder states" },
    settings: { one: "setting", other: "settings" },
    reviews: { one: "review", other: "reviews" },
  } as Record<string, { one: string; other: string }>,
  counted: (p: { count: number; one: string; other: string }) =>
    p.count === 1 ? p.one : `${p.count} ${plural("en", p.count, { one: p.one, other: p.other })}`,
  removes: "removes",
  bringsBack: "brings back",
  putsBack: "puts back",
  undoLine: (p: { verb: string; what: string; shown: string; more: number }) =>
    `  ${p.verb} ${p.what}: ${p.shown}${p.more > 0 ? `, and ${p.more} more` : ""}`,
  interactionRow: (p: { kind: string; date: string }) => `the ${p.kind} of ${p.date}`,
  reviewRow: (period: string) => `the review of ${period}`,
  undid: (id: number) => ` (undid #${id})`,
  isGone: (name: string) => `${name} is gone`,
  isThereAgain: (name: string) => `${name} is there again`,
  changedColumns: (p: { name: string; columns: string }) => `${p.name} changed (${p.columns})`,
  cantUndoDrift: (p: { id: number; command: string; named: string }) =>
    `can't undo #${p.id} (${p.command}): changed since by something net did not journal: ${p.named}`,
  cantUndoDriftHint: "fix it by hand (net edit, net log edit), or put a copy back: net backup --list",
  noChangeYet: "No change recorded yet.",
  cantBeUndone: "  [can't be undone]",
  nothingToUndo: "there is nothing to undo",
  nothingToUndoHint: "net undo takes back changes made by this version of net on",
  lastCantBeUndone: (title: string) => `the last change can't be undone: ${title}`,
  lastCantBeUndoneHint: "put a copy back instead: net backup --list",
  undoHeading: (p: { redo: boolean; title: string }) => `${p.redo ? "Redo (undo the undo)" : "Undo"} ${p.title}:`,
  undoNeedsConfirmation: "undoing needs confirmation",
  undoNeedsConfirmationHint: "pass --yes: net undo --yes",
  redoIt: "Redo it?",
  undoIt: "Undo it?",
  nothingWasChanged: "Nothing was changed.",
  anotherChange: (what: string) => `another change was made meanwhile: ${what}; nothing was undone`,
  journalEmptied: "the journal was emptied",
  anotherChangeHint: "run net undo again to see what it would take back",
  redone: (what: string) => `Redone: ${what} (net undo again to undo it)`,
  undone: (what: string) => `Undone: ${what} (net undo again to redo it)`,
};
