import { type Argument, Command, type CommanderError, Help, Option } from "commander";
import { type UserError, usageError } from "../domain/errors.js";
import { editDistance } from "../domain/names.js";
import { messages } from "../i18n/index.js";
import { displayWidth, outputWidth, wrapLines } from "../render/terminal.js";
import { addCommand } from "./add.js";
import { backupCommand } from "./backup.js";
import { cardCommand } from "./card.js";
import { completionCommand } from "./completion.js";
import { createContext } from "./context.js";
import { draftCommand } from "./draft.js";
import { editCommand } from "./edit.js";
import { exportCommand } from "./export.js";
import { goalsCommand } from "./goals.js";
import { hookCommand } from "./hook.js";
import { importCommand } from "./import.js";
import { listCommand } from "./list.js";
import { logCommand } from "./log.js";
import { logFixCommands } from "./log-fix.js";
import { mapCommand } from "./map.js";
import { nudgeCommands } from "./nudge.js";
import { remindCommand } from "./remind.js";
import { restoreCommand } from "./restore.js";
import { rmCommand } from "./rm.js";
import { rulesCommand } from "./rules.js";
import type { Runner } from "./runner.js";
import { searchCommand } from "./search.js";
import { showCommand } from "./show.js";
import { undoCommand } from "./undo.js";

declare const NET_VERSION: string;

/** Wraps a command's action: builds the context from the global options, then runs it. */
const run: Runner =
  (action) =>
  async (...args) => {
    const command = args[args.length - 1] as Command;
    const path: string[] = [];
    for (let c: Command | null = command; c?.parent; c = c.parent) path.unshift(c.name());
    const ctx = createContext(command.optsWithGlobals(), process.env, {
      command: path,
      dbSource: command.getOptionValueSourceWithGlobals("db"),
    });
    // bounded: commander passes one value per declared argument (a variadic one as one array), then the options
    await action(ctx, ...args.slice(0, -1), command);
  };

/** The commands, in the order help lists them, by the names that run them. */
const COMMANDS: readonly [names: readonly string[], register: (program: Command, run: Runner) => void][] = [
  [["nudge", "done", "snooze"], nudgeCommands],
  [["add"], addCommand],
  [
    ["log"],
    (program, run) => {
      logCommand(program, run);
      logFixCommands(program.commands.find((c) => c.name() === "log") as Command, run);
    },
  ],
  [["draft"], draftCommand],
  [["list", "ls"], listCommand],
  [["show"], showCommand],
  [["search"], searchCommand],
  [["edit"], editCommand],
  [["rm"], rmCommand],
  [["map"], mapCommand],
  [["card"], cardCommand],
  [["goals"], goalsCommand],
  [["rules"], rulesCommand],
  [["import"], importCommand],
  [["export"], exportCommand],
  [["backup"], backupCommand],
  [["restore"], restoreCommand],
  [["undo"], undoCommand],
  [["hook"], hookCommand],
  [["remind"], remindCommand],
  [["completion"], completionCommand],
];

/**
 * The command a command line runs: its first word that is not an option (nor --db's value).
 * Undefined when there is none, or when it is no command of net's (help, a typo: all are needed then).
 */
export function commandNamed(args: readonly string[]): string | undefined {
  for (let n = 0; n < args.length; n++) {
    const arg = args[n] as string;
    // `net --help list` is the program's help (which lists every command), not list's.
    if (arg === "--" || arg === "-h" || arg === "--help") return undefined;
    if (arg === "--db") n++;
    else if (!arg.startsWith("-")) return COMMANDS.some(([names]) => names.includes(arg)) ? arg : undefined;
  }
  return undefined;
}

const HELP_WIDTH = () => outputWidth(process.stdout.columns, process.env);

/** Wraps each line of help wider than `width`; its continuation lines are indented two more. */
export function wrapHelp(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const indent = line.length - line.trimStart().length;
      return wrapLines(line.trimStart(), width, { first: " ".repeat(indent), rest: " ".repeat(indent + 2) });
    })
    .join("\n");
}

/**
 * The program; given the command line's command, only that command is set up (each command's
 * options and help cost start-up time, and a run uses one): help and unknown words get them all.
 */
export function buildProgram(only?: string): Command {
  const text = messages().program;
  const program = new Command("net")
    .description(text.description)
    .version(typeof NET_VERSION === "string" ? NET_VERSION : "dev", "-V, --version", text.version)
    .helpOption("-h, --help", text.help)
    .helpCommand("help [command]", text.helpCommand)
    .addOption(new Option("--db <file>", text.options.db).env("NET_DB"))
    .option("--json", text.options.json)
    .option("--no-color", text.options.color)
    .option("--no-input", text.options.input)
    .option("-q, --quiet", text.options.quiet)
    .addOption(new Option("--lang <language>", text.options.lang))
    .showSuggestionAfterError(true)
    // Piped help is laid out like other output: $COLUMNS, else 80. Titles and notes in the language spoken.
    .configureHelp({
      sortSubcommands: false,
      showGlobalOptions: true,
      helpWidth: HELP_WIDTH(),
      styleTitle: (title) => text.titles[title] ?? title,
      optionDescription: (option) => describe(option.description, optionNotes(option)),
      argumentDescription: (argument) => describe(argument.description, argumentNotes(argument)),
      // Commander wraps at any \s, no-break spaces too: French puts one before a colon, to keep it there.
      boxWrap(this: Help, str: string, width: number) {
        return Help.prototype.boxWrap.call(this, str.replaceAll("\u00a0", "\u0001"), width).replaceAll("\u0001", "\u00a0");
      },
    })
    .addHelpText("after", text.after)
    // Help texts written by hand (examples, notes) are wrapped like commander's own: at spaces, with
    // a hanging indent. Set before the commands are added: they inherit it.
    .configureOutput({ writeOut: (text) => process.stdout.write(wrapHelp(text, HELP_WIDTH())) });
  // `net completion` describes every command, so it needs them all.
  const all = only === undefined || only === "completion";
  for (const [names, register] of COMMANDS) if (all || names.includes(only)) register(program, run);
  reportUsageErrors(program);
  return program;
}

/** A description followed by its notes in parentheses, as commander writes it. */
function describe(description: string, notes: string[]): string {
  if (notes.length === 0) return description;
  return description ? `${description} (${notes.join(", ")})` : `(${notes.join(", ")})`;
}

/** Commander's notes on an option (choices, default, preset, env), in the language spoken. */
function optionNotes(option: Option): string[] {
  const text = messages().program;
  const notes: string[] = [];
  if (option.argChoices) notes.push(text.choices(option.argChoices.map((c) => JSON.stringify(c)).join(", ")));
  const shownDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean");
  if (option.defaultValue !== undefined && shownDefault)
    notes.push(text.default(option.defaultValueDescription || JSON.stringify(option.defaultValue)));
  if (option.presetArg !== undefined && option.optional) notes.push(text.preset(JSON.stringify(option.presetArg)));
  if (option.envVar !== undefined) notes.push(text.env(option.envVar));
  return notes;
}

/** Commander's notes on an argument (choices, default), in the language spoken. */
function argumentNotes(argument: Argument): string[] {
  const text = messages().program;
  const notes: string[] = [];
  if (argument.argChoices) notes.push(text.choices(argument.argChoices.map((c) => JSON.stringify(c)).join(", ")));
  if (argument.defaultValue !== undefined)
    notes.push(text.default(argument.defaultValueDescription || JSON.stringify(argument.defaultValue)));
  return notes;
}

/**
 * Commander's own errors (unknown command or option, missing or extra argument, a value outside
 * the choices) leave as usage errors like any other, for main.ts to print: one line plus a hint
 * naming this command, not commander's message followed by "(add --help for usage)". Help and
 * version end the run as CommanderErrors. Set on every command, once they are all registered.
 */
function reportUsageErrors(command: Command): void {
  command.configureOutput({ outputError: () => {} });
  command.exitOverride((error) => {
    // exitCode 0: help or version shown; commander.help: help shown on stderr for a missing subcommand.
    if (error.exitCode === 0 || error.code === "commander.help") throw error;
    throw usageFromCommander(error, command);
  });
  for (const sub of command.commands) reportUsageErrors(sub);
}

/** A commander error as net's message and hint; `command` is the one whose command line was wrong. */
export function usageFromCommander(error: CommanderError, command: Command): UserError {
  const text = messages().program;
  const [first = "", ...rest] = error.message.replace(/^error: /, "").split("\n");
  // commander adds "(Did you mean X?)" or "(Did you mean one of X, Y?)" on a line of its own when something is close.
  const close = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join(" ").trim())?.[1]?.split(", ");
  // The words commander quotes in its message ('lst', '--bogus').
  const quoted = first.match(/'[^']*'/g)?.map((q) => q.slice(1, -1)) ?? [];
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  const net = ["net", ...names].join(" ");
  const usage = text.usage(`${net} ${command.usage()}`);
  switch (error.code) {
    case "commander.unknownCommand": {
      const message = text.unknownCommand(quoted[0] ?? "");
      if (!close) return usageError(message, text.listsCommands(net));
      return usageError(message, text.didYouMeanCommand({ suggestion: text.alternatives(close.map((c) => `${net} ${c}`)), net }));
    }
    case "commander.unknownOption": {
      const message = text.unknownOption(quoted[0] ?? "");
      return usageError(message, close ? text.didYouMeanOption({ suggestion: text.alternatives(close), net }) : text.listsOptions(net));
    }
    case "commander.invalidArgument": {
      // "option '-k, --kind <kind>' argument 'lunch' is invalid. Allowed choices are a, b, c."
      const choice = /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '([\s\S]*)' is invalid\. Allowed choices are ([\s\S]*)\.$/.exec(first);
      if (choice) return usageError(text.notAChoice({ value: choice[2] ?? "", flag: choice[1] ?? "" }), text.chooseOneOf(choice[3] ?? ""));
      const other = /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '([\s\S]*)' is invalid\./.exec(first);
      if (other) return usageError(text.invalidValue({ value: other[2] ?? "", flag: other[1] ?? "" }), text.describesOptions(net));
      return usageError(first, text.describesOptions(net));
    }
    case "commander.optionMissingArgument": {
      // "option '--date <date>' argument missing": say what the value is, from the option's help.
      const flags = /^option '(.+)' argument missing$/.exec(first)?.[1];
      const option = command.options.find((o) => o.flags === flags);
      if (option)
        return usageError(
          text.needsValue(option.long ?? option.flags),
          text.optionHelp({ flags: option.flags, description: option.description }),
        );
      return usageError(text.needsValue(flags ?? ""), text.usageMore({ usage, net }));
    }
    case "commander.excessArguments": {
      // A command with subcommands of its own (`net rules sett`): the extra word is a subcommand mistyped.
      if (command.commands.length > 0 && command.registeredArguments.length === 0) {
        const word = command.args[0] ?? "";
        const near = command.commands
          .map((c) => c.name())
          .find((name) => editDistance(word, name) <= Math.max(1, Math.floor(name.length / 3)));
        const message = text.unknownCommand(`${names.at(-1)} ${word}`);
        return usageError(message, near ? text.didYouMeanSubcommand({ suggestion: `${net} ${near}`, net }) : text.listsSubcommands(net));
      }
      // "too many arguments for 'x'. Expected 1 argument but got 2."
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(first);
      const expected = Number(counts?.[1] ?? 0);
      const got = Number(counts?.[2] ?? 0);
      const message = names.length
        ? text.tooManyArguments({ command: names.join(" "), expected, got })
        : text.tooManyArgumentsTop({ expected, got });
      // Extra words are most often a name with a space in it.
      return usageError(message, command.registeredArguments.length > 0 ? text.quoteSpaces(usage) : usage);
    }
    case "commander.missingArgument":
      return usageError(text.missingArgument(quoted[0] ?? ""), usage);
    case "commander.missingMandatoryOptionValue":
      return usageError(text.requiredOption(quoted[0] ?? ""), text.usageMore({ usage, net }));
    case "commander.conflictingOption": {
      const both = /^option '([^']*)' cannot be used with option '([^']*)'$/.exec(first);
      if (both) return usageError(text.conflicting({ one: both[1] ?? "", other: both[2] ?? "" }), text.usageMore({ usage, net }));
      return usageError(first, text.usageMore({ usage, net }));
    }
    default:
      return usageError(first, text.usageMore({ usage, net }));
  }
}
