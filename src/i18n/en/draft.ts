/** The draft texts in English: net draft, its templates and the facts a message says. */
export const draft = {
  // -- net draft --help
  summary: "a short, ready-to-edit message for a gesture",
  description:
    "A short message to edit and send, for a reminder of today's list (by its number) or for a person (the kind is then\n" +
    "guessed from what is due for them). It uses only what net knows: first name, where and when you met, the last note,\n" +
    "their news, the help to thank for, the promise you made, the people of an intro, your narrative card.\n" +
    "`net draft templates` prints the templates (--edit to change them, --set <file> to load them, --reset for the defaults).",
  targetArgument: "a number from today's net nudge list, a person (slug, id or name), or `templates`",
  optKind: "the kind of message",
  optCopy: "put the draft on the clipboard",
  optMailto: "open your mail client with the subject and body (to their email when known)",
  optEdit: "edit the draft in $VISUAL/$EDITOR first (with `templates`: edit the templates)",
  optSet: "with `templates`: replace your templates with this file's (- reads stdin)",
  optReset: "with `templates`: back to the default templates",
  examples:
    "\nExamples:\n  net draft 1\n  net draft ada --kind thanks --copy\n  net draft ada --mailto\n  net draft ada --json\n  net draft templates > t.txt && net draft templates --set t.txt",

  // -- net draft
  setResetForTemplates: "--set and --reset are for net draft templates",
  setResetForTemplatesHint: "e.g. net draft templates --set t.txt",
  editNeedsEditor: "--edit needs $EDITOR (or $VISUAL) and a terminal",
  editNeedsEditorHint: "leave --edit out, then copy the draft: net draft … --copy",
  nothingSent: "nothing was sent",
  checkEditor: "check $EDITOR",
  copiedAfterSending: (p: { slug: string; kind: string }) => `Copied to the clipboard. After sending: net log ${p.slug} --kind ${p.kind}`,
  noClipboard: (why: string) => `No clipboard net can use (${why}); here is the draft to copy by hand.`,
  mailOpened: (email: string | null) => `Opened your mail client${email ? ` to ${email}` : ""}.`,
  noMail: (why: string) => `Could not open a mail client (${why}); here is the draft.`,
  afterSending: (p: { slug: string; kind: string }) => `After sending: net log ${p.slug} --kind ${p.kind}`,
  draftNumberHint: "run net nudge, then net draft <n> with a number it shows (or net draft <who>)",
  nothingToDraft: "nothing was due in today's list, so there is no number to draft for",
  noLongerDue: (n: number) => `#${n} is no longer due (done or snoozed)`,
  noLongerDueHint: "draft for the person instead: net draft <who>",
  aboutNoOne: (n: number) => `#${n} is about no one in particular: there is nobody to write to`,
  aboutNoOneHint: "net draft <who> drafts for a person",
  bothGiven: (flags: string) => `${flags} both given`,
  flagsJoin: " and ",
  useOne: "use one of them",
  notForTemplates: "--kind, --copy and --mailto are for a draft, not the templates",
  notForTemplatesHint: "e.g. net draft ada --copy",
  editTemplatesHint: "net draft templates > t.txt, edit it, then net draft templates --set t.txt",
  templatesUnchanged: "the templates were not changed",
  checkEditorOrSet: "check $EDITOR, or use --set",
  backToDefaults: "Back to the default templates.",
  notSaved: (problems: string) => `the templates were not saved: ${problems}`,
  problemAt: (p: { line: number; message: string }) => `line ${p.line}: ${p.message}`,
  placeholdersAre: (list: string) => `placeholders are ${list}`,
  savedOwn: (kinds: string) => `Templates saved (your own for: ${kinds}).`,
  savedDefaults: "Templates saved (all defaults).",
  cantRead: (p: { path: string; why: string }) => `can't read ${p.path}: ${p.why}`,
  cantReadHint: "give a templates file written by: net draft templates > t.txt",
  badTemplate: (p: { kind: string; problem: string }) => `your ${p.kind} template ${p.problem}`,
  badTemplateHint: "fix it with: net draft templates --edit",
  noClipboardWhy: "no clipboard",
  openerExited: (code: number) => `the opener exited with ${code}`,

  // -- the draft and its facts
  /** The first line of a draft as printed (and of a template): the subject. */
  subjectLine: (subject: string) => `Subject: ${subject}`,
  /** How the names of an introduction are joined: "Ada and Alan". */
  othersJoin: " and ",
  helpWhat: {
    help: "your help",
    intro: "the introduction",
    share: "sharing that with me",
    ask: "your advice",
  } as Record<string, string>,
  /** The occasion of a date, as a message says it ("birthday"; a milestone's own label otherwise). */
  occasion: (label: string) => label,
  today: "today",
  yesterday: "yesterday",
  fewDaysAgo: "a few days ago",
  lastWeek: "last week",
  fewWeeksAgo: "a few weeks ago",
  inMonth: (p: { month: string; year: string }) => `in ${p.month} ${p.year}`,
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  defaultSubjects: {
    thanks: "Thank you",
    congrats: "Congratulations",
    "follow-up": "Following up",
    reconnect: "Catching up",
    intro: "An introduction",
    first: "Good to meet you",
    ask: "Your advice",
  },

  // -- the templates file (net draft templates)
  placeholderHelp: {
    first: "first name",
    name: "full name",
    company: "their company",
    role: "their role",
    met_where: "where you met",
    met_when: "when you met (yesterday, last week, in March 2025)",
    last_note: "the latest note about them",
    news: "their news, as noted",
    occasion: "a birthday or milestone due",
    help_what: "what they did for you (your help, the introduction)",
    help_note: "the note of that help",
    promise: "what you said you would follow up on",
    other: "the other person of an introduction you made",
    card: "the first sentence of your narrative card",
  } as Record<string, string>,
  fileHead: (p: { kinds: string; placeholders: string }) => [
    `# net draft templates. Each variant starts with a line '## <kind>'; kinds: ${p.kinds}.`,
    "# The first line of a variant is 'Subject: ...'. One sentence per line: lines in a paragraph are joined.",
    "# A line naming a fact net doesn't have is left out; a line starting with '| ' replaces the line above when it is.",
    `# Placeholders: ${p.placeholders}.`,
    "# Lines starting with '#' are comments. A kind left out keeps its defaults.",
  ],
  placeholderEntry: (p: { name: string; what: string }) => `{${p.name}} ${p.what}`,
  placeholderSeparator: "; ",
  unknownPlaceholders: (list: string) => `unknown placeholders: ${list}`,
  unknownKind: (p: { name: string; kinds: string }) => `unknown kind '${p.name}' (kinds: ${p.kinds})`,
  textBeforeKind: "text before the first '## <kind>' line",
  unknownPlaceholderLine: (p: { count: number; list: string }) => `unknown placeholder${p.count > 1 ? "s" : ""} ${p.list}`,

  /** The default templates: a few variants per kind, two to five sentences each. */
  templates: {
    thanks: [
      `Subject: Thank you
Hi {first},

Thank you again for {help_what} ({help_note}).
| Thank you again for {help_what}.
| I wanted to thank you for your help along the way.
I wanted you to know it was appreciated.
If there is ever anything I can do in return, just say so.`,
      `Subject: A quick thank-you
Hi {first},

I wanted to write to thank you for {help_what} ({help_note}).
| I wanted to write to thank you for {help_what}.
| I wanted to write to say thank you.
It meant a lot to me.
I hope things are going well for you at {company}.
| I hope things are going well on your side.`,
    ],
    congrats: [
      `Subject: Happy {occasion}!
| Subject: Congratulations!
Hi {first},

Happy {occasion}!
| I just saw your news ({news}), congratulations!
| Congratulations on your news!
I hope you get to enjoy the moment.
I'd love to hear how it's going when you have a minute.`,
      `Subject: Happy {occasion}
| Subject: Great news
Hi {first},

Wishing you a very happy {occasion}!
| Congratulations on your news ({news})!
| Congratulations on your news!
I'm really glad for you.
Let me know if I can help with anything in this new chapter.`,
    ],
    "follow-up": [
      `Subject: Following up
Hi {first},

As promised, I'm coming back to you about this: {promise}.
| As promised, I'm following up on our last conversation.
Let me know what you think, or if anything has changed on your side.
Happy to find a time to talk if that's easier.`,
      `Subject: Coming back to our conversation
Hi {first},

I said I would follow up, so here I am: {promise}.
| I said I would follow up, so here I am.
Does it still make sense for you?
No rush at all.`,
    ],
    reconnect: [
      `Subject: Catching up
Hi {first},

It's been a while, and you came to mind.
I was thinking back to our last conversation ({last_note}).
How are things at {company}?
| How are things on your side?
No need for a long reply, I'd just be glad to hear your news.`,
      `Subject: Hello from me
Hi {first},

I was thinking of you today and wanted to say hello.
How are things going at {company}?
| How are things going for you these days?
I'd be glad to hear what you're working on.`,
      `Subject: How are you?
Hi {first},

I hope you're doing well.
Last time we talked, I noted this: {last_note}.
I'd be curious to hear how it turned out.
| I'd be curious to hear what you're up to these days.`,
    ],
    intro: [
      `Subject: How did it go with {other}?
| Subject: An introduction?
Hi {first},

I hope the introduction to {other} was useful.
| I'm happy to introduce you to someone in my network if it would help.
I'd love to hear whether you and {other} managed to talk.
| Tell me what you're looking for, and I'll think of who could help.
Either way, no pressure.`,
      `Subject: Checking in about {other}
| Subject: Anyone I could introduce you to?
Hi {first},

I wanted to check how things went with {other}.
| I wanted to ask if there is anyone you'd like to meet.
If it didn't click with {other}, no worries at all.
| I'd be glad to make an introduction if I know the right person.`,
    ],
    first: [
      `Subject: Good to meet you
Hi {first},

It was good to meet you at {met_where}.
| It was good to meet you {met_when}.
| It was good to meet you.
As a quick reminder of who I am: {card}
I'd be glad to stay in touch, and let me know if I can help with anything you're working on.`,
      `Subject: Great meeting you
Hi {first},

Thank you for the conversation at {met_where} {met_when}.
| Thank you for the conversation at {met_where}.
| Thank you for the conversation {met_when}.
| Thank you for the conversation.
In short, about me: {card}
I'd like to keep in touch.`,
    ],
    ask: [
      `Subject: Your advice
Hi {first},

I hope you're well.
I'm working on something where your experience at {company} would help, and I'd value your advice.
| I'm working on something where your perspective would help, and I'd value your advice.
Would you have 20 minutes for a call in the coming weeks?
No pressure at all if now isn't a good time.`,
      `Subject: A quick question
Hi {first},

I'd love your view on something I'm working on.
A short call would help a lot.
Would you be open to it in the next few weeks?`,
    ],
  },
};
