import { plural } from "../plural.js";

/** The card texts in English: `net card`, the narrative business card. */
export const card = {
  summary: "your narrative business card: show, set, edit",
  description: (wordsPerMinute: number) =>
    `Your narrative business card: who you are, in two minutes, clear and memorable.\nShows it with its word count and spoken time (at ${wordsPerMinute} words a minute); warns over 2 minutes.`,
  setOption: "replace the card with this text (- reads it from stdin)",
  editOption: "edit it in $VISUAL/$EDITOR (or, when neither is set, an editor prompt using your system's default editor)",
  examples:
    '\nExamples:\n  net card\n  net card --set "I help small teams ship reliable software…"\n  net card --edit\n  cat card.txt | net card --set -',
  setAndEdit: "--set and --edit both given",
  setAndEditHint: "use one of them",
  /** Said when the editor fails: nothing changed. */
  unchanged: "the card was not changed",
  editorHint: "check $EDITOR, or use --set",
  needsTerminal: "--edit needs a terminal",
  needsTerminalHint: 'set the text directly: net card --set "…" (or --set - to read stdin)',
  empty: "the card can't be empty",
  emptyHint: 'write a few sentences: net card --set "I help …"',
  none: 'No narrative card yet. Write one: net card --set "…" or net card --edit',
  /** The line under the card: "230 words · about 1 min 32 s spoken · updated 2026-11-20". */
  stats: (p: { words: number; spoken: string; updatedOn: string }) =>
    `${p.words} ${plural("en", p.words, { one: "word", other: "words" })} · about ${p.spoken} spoken · updated ${p.updatedOn}`,
  /** "1 min 20 s", "45 s". */
  spokenTime: (p: { minutes: number; seconds: number }) =>
    p.minutes === 0 ? `${p.seconds} s` : `${p.minutes} min${p.seconds ? ` ${p.seconds} s` : ""}`,
  tooLong: (spoken: string) => `Over 2 minutes spoken (${spoken}): keep one story and one ask.`,
  saved: "Card saved.",
  /** The editor prompt (when no $EDITOR is set). */
  editorMessage: "Your narrative business card (2 minutes spoken at most)",
  /** The guide above the text in the editor: each line starts with # and is dropped. */
  guide: [
    "# Your narrative business card: who you are, in two minutes (about 300 words), clear and lively.",
    "# Who you are and what you do; a short story that shows it; what you are looking for or can offer.",
    "# Lines starting with # are ignored. Save and close to keep it; leave it empty to change nothing.",
  ],
};
