import { Command, type CommanderError, Option } from "commander";
import { type UserError, usageError } from "../domain/errors.js";
import { editDistance } from "../domain/names.js";
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

const HELP_AFTER = `
The daily habit:
  net nudge                                  each morning: what is due, and why
  net add "Ada Lovelace" --where "meetup"    after meeting someone
  net log ada --kind share --note "article"  after each gesture
  net list                                   who is due, and when

Environment: NET_DB (database file), NET_TODAY=YYYY-MM-DD (pin today), NO_COLOR, NET_DEBUG=1 (stack traces).
Exit codes: 0 success, 1 failure (not found, invalid data), 2 usage error, 3 something due (nudge --exit-code), 130 interrupted.`;

/**
 * The program; given the command line's command, only that command is set up (each command's
 * options and help cost start-up time, and a run uses one): help and unknown words get them all.
 */
export function buildProgram(only?: string): Command {
  const program = new Command("net")
    .description("A networking habit tracker: small daily gestures that keep your ties alive.")
    .version(typeof NET_VERSION === "string" ? NET_VERSION : "dev", "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addOption(new Option("--db <file>", "database file (default: $XDG_DATA_HOME/net/net.db)").env("NET_DB"))
    .option("--json", "print results as JSON (read commands)")
    .option("--no-color", "no colours (also NO_COLOR=1)")
    .option("--no-input", "never prompt; fail when input is missing")
    .option("-q, --quiet", "print only results, no messages")
    .addOption(new Option("--lang <language>", "language to speak: en or fr (default: $NET_LANG, then your locale)"))
    .showSuggestionAfterError(true)
    // Piped help is laid out like other output: $COLUMNS, else 80.
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true, helpWidth: HELP_WIDTH() })
    .addHelpText("after", HELP_AFTER)
    // Help texts written by hand (examples, notes) are wrapped like commander's own: at spaces, with
    // a hanging indent. Set before the commands are added: they inherit it.
    .configureOutput({ writeOut: (text) => process.stdout.write(wrapHelp(text, HELP_WIDTH())) });
  // `net completion` describes every command, so it needs them all.
  const all = only === undefined || only === "completion";
  for (const [names, register] of COMMANDS) if (all || names.includes(only)) register(program, run);
  reportUsageErrors(program);
  return program;
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
  const [first = "", ...rest] = error.message.replace(/^error: /, "").split("\n");
  // commander adds "(Did you mean X?)" on a line of its own when something is close.
  const similar = /^\(Did you mean (.+)\?\)$/.exec(rest.join(" ").trim())?.[1];
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  const net = ["net", ...names].join(" ");
  const usage = `usage: ${net} ${command.usage()}`;
  switch (error.code) {
    case "commander.unknownCommand":
      return usageError(
        first,
        similar ? `did you mean ${net} ${similar}? (${net} --help lists every command)` : `${net} --help lists every command`,
      );
    case "commander.unknownOption":
      return usageError(first, similar ? `did you mean ${similar}? (${net} --help lists the options)` : `${net} --help lists the options`);
    case "commander.invalidArgument": {
      // "option '-k, --kind <kind>' argument 'lunch' is invalid. Allowed choices are a, b, c."
      const choice = /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '([\s\S]*)' is invalid\. Allowed choices are ([\s\S]*)\.$/.exec(first);
      if (choice) return usageError(`'${choice[2]}' is not a choice for ${choice[1]}`, `choose one of ${choice[3]}`);
      return usageError(first, `${net} --help describes the options`);
    }
    case "commander.optionMissingArgument": {
      // "option '--date <date>' argument missing": say what the value is, from the option's help.
      const flags = /^option '(.+)' argument missing$/.exec(first)?.[1];
      const option = command.options.find((o) => o.flags === flags);
      if (option) return usageError(`${option.long ?? option.flags} needs a value`, `${option.flags}: ${option.description}`);
      return usageError(first, `${usage} (${net} --help for more)`);
    }
    case "commander.excessArguments":
      // A command with subcommands of its own (`net rules sett`): the extra word is a subcommand mistyped.
      if (command.commands.length > 0 && command.registeredArguments.length === 0) {
        const word = command.args[0] ?? "";
        const close = command.commands
          .map((c) => c.name())
          .find((name) => editDistance(word, name) <= Math.max(1, Math.floor(name.length / 3)));
        const list = `${net} --help lists its commands`;
        return usageError(`unknown command '${names.at(-1)} ${word}'`, close ? `did you mean ${net} ${close}? (${list})` : list);
      }
      // Extra words are most often a name with a space in it.
      return usageError(first, command.registeredArguments.length > 0 ? `${usage} (quote a value with spaces)` : usage);
    case "commander.missingArgument":
      return usageError(first, usage);
    default:
      return usageError(first, `${usage} (${net} --help for more)`);
  }
}
