import { CommanderError } from "commander";
import { Interrupted, usageError } from "../domain/errors.js";
import { messages, useLanguage } from "../i18n/index.js";
import { chooseLanguage } from "../i18n/language.js";
import { safeText } from "../render/terminal.js";
import { toUserError } from "./context.js";
import { buildProgram, commandNamed } from "./program.js";

/** The one exit point: every outcome of a command becomes a message on stderr and an exit code here. */
function report(error: unknown): number {
  const text = messages().program;
  if (error instanceof CommanderError) {
    // Help and version are successes; commander's usage errors arrive as UserErrors (program.ts),
    // but for help shown after a missing subcommand.
    return error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2;
  }
  if (error instanceof Interrupted) {
    process.stderr.write(`\n${text.interrupted}\n`);
    return 130;
  }
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && /\.cjs'/.test(error.message)) {
    // A part of the built CLI loaded on first use is missing: dist/ is being rebuilt, or half there.
    process.stderr.write(`${text.errorLine(text.notBuilt)}\n${text.hintLine(text.notBuiltHint)}\n`);
    return 1;
  }
  const userError = toUserError(error);
  if (process.env.NET_DEBUG === "1" && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  if (userError) {
    // Messages quote names and what was typed: neutralise them like any user text on a terminal.
    process.stderr.write(`${text.errorLine(safeText(userError.message, true))}\n`);
    if (userError.hint) process.stderr.write(`${text.hintLine(safeText(userError.hint, true))}\n`);
    return userError.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${text.errorLine(text.unexpected(safeText(message, true)))}\n${text.hintLine(text.unexpectedHint)}\n`);
  return 1;
}

async function main(argv: string[]): Promise<number> {
  // `net list | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const choice = chooseLanguage(argv.slice(2), process.env);
  if ("unknown" in choice) {
    // Said in the language of the locale, the one net would speak without the name it can't read.
    const fallback = chooseLanguage([], { ...process.env, NET_LANG: undefined });
    await useLanguage("language" in fallback ? fallback.language : "en");
    const text = messages().program;
    return report(usageError(text.unknownLanguage({ value: choice.unknown, from: choice.from }), text.unknownLanguageHint));
  }
  await useLanguage(choice.language);
  const program = buildProgram(commandNamed(argv.slice(2)));
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv);
    // A command may end with a status of its own that is no failure (`net nudge --exit-code`: 3).
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    return report(error);
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
