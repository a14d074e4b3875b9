import { plural } from "../plural.js";

/** The people texts in English: add, edit, rm, show, list, search, and finding someone by name. */
export const people = {
  /** Help shared by the commands that take a person. */
  whoArgument: "slug, id or name",
  options: {
    company: "company or organisation",
    role: "role or job title",
    sector: "sector or industry (e.g. research, fintech)",
    internal: "inside your organisation",
    external: "outside your organisation",
    where: "where you met (event, place, introduction)",
    via: 'who introduced you (met through them); --via "" forgets it',
    intent: "why this person matters",
    tier: "closeness: close 14d, active 30d, network 90d, dormant 180d",
    cadence: "keep-in-touch cadence overriding the tier (10d, 2w, 3m)",
    email: "email address (repeatable)",
    phone: "phone number (repeatable)",
    tag: "tag (repeatable)",
    note: "notes about this person",
    birthday: "birthday, MM-DD or YYYY-MM-DD",
    milestone: 'a date worth celebrating, "label:YYYY-MM-DD" (repeatable)',
    url: "profile URL (LinkedIn, website)",
  },
  fields: {
    /** The word for a cadence in a duration error ("'x' is not a cadence"). */
    cadence: "cadence",
    cadenceTooLong: (cadence: string) => `a cadence of ${cadence} is longer than ten years`,
    cadenceTooLongHint: "use something like 2w, 3m or 1y",
    notEmail: (email: string) => `'${email}' is not an email address`,
    notEmailHint: "write it like ada@example.org",
    /** The field named in a yearly date error. */
    birthday: "birthday",
    milestoneDate: "milestone date",
    unreadableDate: (p: { text: string; what: string }) => `can't read '${p.text}' as a ${p.what}`,
    unreadableDateHint: "write it MM-DD (12-10) or YYYY-MM-DD (1815-12-10), a year from 1000 to 9999",
    unreadableMilestone: (text: string) => `can't read milestone '${text}'`,
    unreadableMilestoneHint: 'write it "label:YYYY-MM-DD", e.g. "joined Acme:2024-03-01"',
  },
  add: {
    summary: "add someone you just met",
    description:
      "Add a person you met and record the first meeting (on --date, default today).\nWith no name, on a terminal, a short wizard asks for what the flags did not give; with --no-input or\nwithout a terminal, only the name is needed.",
    nameArgument: "their full name",
    dateOption: "when you met (today, yesterday, 'last friday', 2026-11-20)",
    /** The default of --date as help shows it (the value itself stays "today"). */
    dateDefault: '"today"',
    followUpOption: "schedule a follow-up (2d, 1w, or a date)",
    forceOption: "add even if someone with the same name exists",
    examples: `
Examples:
  net add "Ada Lovelace" --company "Analytical Engines" --role CTO \\
      --sector research --external --where "Paris AI meetup" \\
      --date yesterday --intent learn --tier active
  net add "Alan Turing" --via ada
  net add "Grace Hopper" --email grace@example.org --tag navy --follow-up 2d`,
    /** The date named in a date error ("the meeting date 'x' is in the future"). */
    meetingDate: "the meeting date",
    noName: "who did you meet? a name is needed",
    noNameHint: 'pass it: net add "Ada Lovelace" (no prompts without a terminal or with --no-input)',
    emptyName: "a name can't be empty",
    emptyNameHint: 'pass it: net add "Ada Lovelace"',
    /** Said at the wizard's first question when the name is taken; `next` is the command to run instead. */
    alreadyInWizard: (p: { name: string; slug: string; next: string }) =>
      `${p.name} is already in your network (${p.slug}): another name, or Ctrl-C and ${p.next}`,
    followUpBeforeMeeting: (p: { followUp: string; metOn: string }) => `the follow-up (${p.followUp}) is before the meeting (${p.metOn})`,
    followUpBeforeMeetingHint: "give a later date or a duration like 2d",
    alreadyIn: (p: { name: string; slug: string; archived: boolean }) =>
      `${p.name} is already in your network (${p.slug}${p.archived ? ", archived" : ""})`,
    restoreOrForceHint: (slug: string) => `bring them back with: net edit ${slug} --restore (or add anyway with --force)`,
    logOrForceHint: (slug: string) => `log a gesture with: net log ${slug} (or add a different person with --force)`,
    /** `when` is a relative day ("today", "3 days ago"). */
    added: (p: { name: string; when: string; where: string | null; through: string | null }) =>
      `Added ${p.name}, met ${p.when}${p.where ? ` at ${p.where}` : ""}${p.through ? `, through ${p.through}` : ""}.`,
    followUpScheduled: (day: string) => `Follow-up scheduled for ${day}.`,
    firstContactLate: (log: string) => `A short message now, recalling what you talked about, still makes the first contact stick: ${log}`,
    /** `left`: days left to write (0 today, 1 tomorrow); `until`: the last day. */
    firstContact: (p: { left: number; until: string; log: string }) => {
      const when = p.left === 0 ? "today" : p.left === 1 ? `by tomorrow (${p.until})` : `within ${p.left} days (by ${p.until})`;
      return `A short thank-you message ${when} makes the first contact stick: ${p.log}`;
    },
    /** The first meeting's note, written when the person is added. */
    firstMetNote: (where: string | null) => (where ? `first met at ${where}` : "first met"),
    /** The wizard's last line: who, their work, and the rest joined by " · ". */
    wizardSummary: (p: { name: string; profile: string; parts: string[] }) =>
      `Added ${p.name}${p.profile ? ` (${p.profile})` : ""}: ${p.parts.join(" · ")}.`,
    summaryMet: (p: { when: string; where: string | null }) => `met ${p.when}${p.where ? ` at ${p.where}` : ""}`,
    summaryEvery: (cadence: string) => `every ${cadence}`,
    summaryFollowUp: (day: string) => `follow-up ${day}`,
    summaryNoFollowUp: "no follow-up",
  },
  /** "Engineer at NASA". */
  roleAt: (parts: string[]) => parts.join(" at "),
  circle: { internal: "internal", external: "external" },
  edit: {
    summary: "change a person's details",
    description:
      'Change a person\'s profile. Tags, emails, phones and milestones given are added; an empty value (--company "") clears a field.',
    nameOption: "rename (the slug stays, so scripts keep working)",
    metOnOption: "when you first met",
    untagOption: "remove a tag (repeatable)",
    removeEmailOption: "remove an email address (repeatable)",
    removePhoneOption: "remove a phone number (repeatable)",
    restoreOption: "bring back an archived person",
    examples:
      '\nExamples:\n  net edit ada --company "Babbage & Co" --tier close\n  net edit ada --tag mentor --untag speaker\n  net edit ada --cadence 3w\n  net edit alan --via ada\n  net edit ada --restore',
    nothingToChange: "nothing to change",
    nothingToChangeHint: (who: string) => `pass the fields to change, e.g. net edit ${who} --company "Babbage & Co" (see net edit --help)`,
    emptyName: "a name can't be empty",
    emptyNameHint: 'give a name, e.g. --name "Ada King"',
    selfIntroduced: (name: string) => `${name} can't have introduced you to themselves`,
    selfIntroducedHint: (who: string) => `name the person who introduced you: net edit ${who} --via <who>`,
    nameTaken: (p: { name: string; slug: string }) => `${p.name} is already in your network (${p.slug})`,
    nameTakenHint: "choose a name that tells them apart",
    updated: (p: { name: string; restored: boolean }) => `Updated ${p.name}${p.restored ? " (restored)" : ""}.`,
  },
  rm: {
    summary: "archive (or delete) a person",
    description:
      "Archive a person: hidden from lists and reminders, history kept (net edit <who> --restore brings them back).\nWith --purge, delete them and the interactions that were theirs alone, for good.",
    purgeOption: "delete for good instead of archiving",
    yesOption: "don't ask for confirmation (with --purge)",
    examples: "\nExamples:\n  net rm ada\n  net rm ada --purge --yes",
    archived: (p: { name: string; slug: string }) =>
      `Archived ${p.name}. Their history is kept; bring them back with: net edit ${p.slug} --restore`,
    needsConfirmation: (name: string) => `deleting ${name} for good needs confirmation`,
    needsConfirmationHint: (slug: string) => `pass --yes: net rm ${slug} --purge --yes`,
    kept: (name: string) => `Kept ${name}; nothing was deleted.`,
    deleted: (p: { name: string; interactions: number }) =>
      `Deleted ${p.name} and ${p.interactions} ${plural("en", p.interactions, { one: "interaction that was", other: "interactions that were" })} theirs alone.`,
  },
  show: {
    summary: "a person's profile and timeline",
    description: "Show everything about one person: profile, cadence, and the timeline of your interactions, newest first.",
    limitOption: "show only the latest n interactions",
    badLimit: (value: string) => `--limit takes a number of interactions, not '${value}'`,
    badLimitHint: "e.g. net show ada --limit 10",
    examples: "\nExamples:\n  net show ada\n  net show ada-lovelace --json",
    archived: "  (archived)",
    /** The labels of the profile's lines. */
    labels: {
      sector: "sector",
      circle: "circle",
      met: "met",
      introduced: "introduced",
      intent: "intent",
      tier: "tier",
      nextDue: "next due",
      email: "email",
      phone: "phone",
      tags: "tags",
      birthday: "birthday",
      milestones: "milestones",
      ended: "ended",
      url: "url",
      notes: "notes",
    },
    /** "2026-11-20 at Paris AI meetup through Ada Lovelace". */
    met: (p: { on: string | null; where: string | null; through: string | null }) =>
      [p.on, p.where ? `at ${p.where}` : null, p.through ? `through ${p.through}` : null].filter(Boolean).join(" "),
    introduced: (names: string) => `you to ${names}`,
    tier: (p: { tier: string; cadence: string; own: boolean }) => `${p.tier}, every ${p.cadence}${p.own ? " (own cadence)" : ""}`,
    endedMilestone: (p: { label: string; date: string; endedOn: string }) => `${p.label} ${p.date} (until ${p.endedOn})`,
    noInteractions: "  No interactions yet.",
    someone: "someone",
    event: (name: string) => `event ${name}`,
    with: (names: string) => `with ${names}`,
    followUp: (day: string) => `(follow up ${day})`,
  },
  /** What net knows that helps to write to someone (net show, nudge -i). */
  context: {
    labels: {
      note: "note",
      promised: "promised",
      lately: "lately",
      news: "news",
      comingUp: "coming up",
    },
    /** `when` is a relative day. */
    promised: (p: { note: string | null; when: string }) => `${p.note ? `${p.note} — ` : ""}follow up ${p.when}`,
    lately: (p: { gave: number; received: number; days: number }) => `you gave ${p.gave}, received ${p.received} (last ${p.days} days)`,
    news: "news",
    /** The birthday among the dates coming up (milestones keep the label they were given). */
    birthday: "birthday",
  },
  list: {
    summary: "list the people in your network",
    description: "List your contacts: company, sector, tier, last contact and when each is next due for a gesture.",
    tagOption: "only people with this tag",
    companyOption: "only people whose company contains this (case and accents ignored)",
    sectorOption: "only people whose sector contains this",
    metAtOption: "only people met at a place or event containing this",
    tierOption: "only people of this tier",
    dueOption: "only people due for a gesture today (or overdue)",
    allOption: "include archived people",
    sortOption: "order by name, next due date, or last contact",
    examples:
      '\nExamples:\n  net list\n  net list --tag ai --json\n  net list --sort due\n  net list --company acme --sector fintech --due\n  net list --met-at "Paris AI" --tier active',
    noMatch: "No one matches these filters.",
    noTag: (tag: string) => `No one is tagged '${tag}'.`,
    empty: 'No one here yet. Add the last person you met: net add "Ada Lovelace" --where "…"',
    archived: " (archived)",
    never: "never",
    headers: {
      name: "NAME",
      slug: "SLUG",
      company: "COMPANY",
      sector: "SECTOR",
      tier: "TIER",
      lastContact: "LAST CONTACT",
      nextDue: "NEXT DUE",
    },
  },
  search: {
    summary: "find people and interactions by anything written about them",
    description:
      "Find people by name, company, role, sector, tags, where you met and notes, and interactions by their\n" +
      "note or event, ignoring case and accents. Each word may be the start of a word; all must match.\n" +
      "Best matches first (a match in a name counts most), with the words found highlighted.",
    wordsArgument: "what to look for",
    limitOption: (n: number) => `at most n results (default ${n})`,
    badLimit: (value: string) => `--limit takes a number of results, not '${value}'`,
    badLimitHint: "e.g. net search fraud --limit 5",
    examples: '\nExamples:\n  net search fintech fraud\n  net search "paris ai" --json\n  net search zoe      finds Zoé too',
    nothingToSearch: "nothing to search for: give a word with letters or digits",
    nothingToSearchHint: 'e.g. net search fintech, or net search "paris ai"',
    nothingFound: (words: string) => `Nothing found for '${words}'.`,
    event: (name: string) => `event ${name}`,
    /** An interaction found: its kind as the log area names it, and who gave ("intro (gave)"). */
    interaction: (p: { kind: string; direction: string }) => `${p.kind} (${p.direction})`,
  },
  /** Finding the person a name means. */
  find: {
    ambiguous: (p: { query: string; count: number; list: string }) => `'${p.query}' could be ${p.count} people: ${p.list}`,
    ambiguousHint: (slug: string) => `use the slug, e.g. ${slug}`,
    archived: (p: { name: string; slug: string }) => `${p.name} (${p.slug}) is archived`,
    archivedHint: (slug: string) => `bring them back with: net edit ${slug} --restore`,
    didYouMean: (list: string) => `did you mean ${list}?`,
    seeEveryone: "see everyone with: net list",
    noOne: (query: string) => `no one called '${query}'`,
    pickOne: (query: string) => `'${query}' could be several people: which one?`,
  },
};
