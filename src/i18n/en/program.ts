import { plural } from "../plural.js";

const arguments_ = (n: number) => `${n} ${plural("en", n, { one: "argument", other: "arguments" })}`;

/** The program's frame in English: global help and options, commander's usage errors, the error and hint lines. */
export const program = {
  description: "A networking habit tracker: small daily gestures that keep your ties alive.",
  version: "print the version",
  help: "show help",
  helpCommand: "display help for command",
  options: {
    db: "database file (default: $XDG_DATA_HOME/net/net.db)",
    json: "print results as JSON (read commands)",
    color: "no colours (also NO_COLOR=1)",
    input: "never prompt; fail when input is missing",
    quiet: "print only results, no messages",
    lang: "language to speak: en or fr (default: $NET_LANG, then your locale)",
  },
  /** The text after the program's help: the daily habit, the environment, the exit codes. */
  after: `
The daily habit:
  net nudge                                  each morning: what is due, and why
  net add "Ada Lovelace" --where "meetup"    after meeting someone
  net log ada --kind share --note "article"  after each gesture
  net list                                   who is due, and when

Environment: NET_DB (database file), NET_TODAY=YYYY-MM-DD (pin today), NET_LANG=en|fr (language), NO_COLOR, NET_DEBUG=1 (stack traces).
Exit codes: 0 success, 1 failure (not found, invalid data), 2 usage error, 3 something due (nudge --exit-code), 130 interrupted.`,
  /** Help's section titles, by commander's English title. */
  titles: {
    "Usage:": "Usage:",
    "Options:": "Options:",
    "Global Options:": "Global Options:",
    "Commands:": "Commands:",
    "Arguments:": "Arguments:",
  } as Record<string, string>,
  /** The notes help adds after an option's description: "(choices: ..., default: ...)". */
  choices: (list: string) => `choices: ${list}`,
  default: (value: string) => `default: ${value}`,
  preset: (value: string) => `preset: ${value}`,
  env: (name: string) => `env: ${name}`,

  // -- lines on stderr ---------------------------------------------------------------------------
  errorLine: (text: string) => `error: ${text}`,
  hintLine: (text: string) => `hint: ${text}`,
  warningLine: (text: string) => `warning: ${text}`,
  interrupted: "Interrupted: nothing was changed.",
  notBuilt: "net is not built (or is being rebuilt)",
  notBuiltHint: "run npm run build in net's folder, then try again",
  unexpected: (message: string) => `unexpected failure: ${message}`,
  unexpectedHint: "run again with NET_DEBUG=1 for details, and please report it",
  unknownLanguage: (p: { value: string; from: string }) => `unknown language "${p.value}" in ${p.from}`,
  unknownLanguageHint: "net speaks en (English) and fr (French)",

  // -- commander's usage errors --------------------------------------------------------------------
  /** "net list" or "net list or net ls": the commands close to a mistyped one. */
  alternatives: (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "")),
  unknownCommand: (name: string) => `unknown command '${name}'`,
  didYouMeanCommand: (p: { suggestion: string; net: string }) => `did you mean ${p.suggestion}? (${p.net} --help lists every command)`,
  listsCommands: (net: string) => `${net} --help lists every command`,
  didYouMeanSubcommand: (p: { suggestion: string; net: string }) => `did you mean ${p.suggestion}? (${p.net} --help lists its commands)`,
  listsSubcommands: (net: string) => `${net} --help lists its commands`,
  unknownOption: (flag: string) => `unknown option '${flag}'`,
  didYouMeanOption: (p: { suggestion: string; net: string }) => `did you mean ${p.suggestion}? (${p.net} --help lists the options)`,
  listsOptions: (net: string) => `${net} --help lists the options`,
  notAChoice: (p: { value: string; flag: string }) => `'${p.value}' is not a choice for ${p.flag}`,
  chooseOneOf: (list: string) => `choose one of ${list}`,
  invalidValue: (p: { value: string; flag: string }) => `option '${p.flag}' argument '${p.value}' is invalid`,
  describesOptions: (net: string) => `${net} --help describes the options`,
  needsValue: (flag: string) => `${flag} needs a value`,
  optionHelp: (p: { flags: string; description: string }) => `${p.flags}: ${p.description}`,
  usage: (line: string) => `usage: ${line}`,
  usageMore: (p: { usage: string; net: string }) => `${p.usage} (${p.net} --help for more)`,
  quoteSpaces: (usage: string) => `${usage} (quote a value with spaces)`,
  missingArgument: (name: string) => `missing required argument '${name}'`,
  tooManyArguments: (p: { command: string; expected: number; got: number }) =>
    `too many arguments for '${p.command}'. Expected ${arguments_(p.expected)} but got ${p.got}.`,
  tooManyArgumentsTop: (p: { expected: number; got: number }) => `too many arguments. Expected ${arguments_(p.expected)} but got ${p.got}.`,
  conflicting: (p: { one: string; other: string }) => `option '${p.one}' cannot be used with option '${p.other}'`,
  requiredOption: (flags: string) => `required option '${flags}' not specified`,

  // -- the context: today, the database file -----------------------------------------------------
  badToday: (value: string) => `NET_TODAY='${value}' is not a date`,
  badTodayHint: "set it as YYYY-MM-DD, e.g. NET_TODAY=2026-11-20, or unset it",
  blankNetDb: "NET_DB is blank",
  blankNetDbHint: "set it to a database file, e.g. NET_DB=/tmp/try.db, or unset it for the default",
  blankDb: "--db needs a file name (it was empty)",
  blankDbHint: "give a file, e.g. --db /tmp/try.db, or leave --db out for the default",
  upgrading: (backup: string) => `Upgrading the database for this version of net (one time; a copy is kept as ${backup})…`,
  diskFull: "the disk is full",
  noDailyCopy: (why: string) => `could not keep today's copy of the database (${why}); going on without it`,
  theDatabase: "the database",
};
