import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import { copyPathNow, copyTo, type DatabaseSummary, keepBytes, replaceWith, restoreInto, summarise } from "../store/backup.js";
import { journalRestore } from "../store/journal.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function restoreCommand(program: Command, run: Runner) {
  const text = messages().transfer;
  program
    .command("restore")
    .summary(text.restoreSummary)
    .description(text.restoreDescription)
    .argument("<copy>", text.restoreCopy)
    .option("-y, --yes", text.restoreYes)
    .addHelpText("after", text.restoreExamples)
    .action(run(restoreAction));
}

function describe(s: DatabaseSummary): string {
  return messages().transfer.holds({ people: s.people, interactions: s.interactions, last: s.lastInteraction });
}

async function restoreAction(ctx: Context, copy: string, flags: { yes?: boolean }): Promise<void> {
  const file = resolve(ctx.dbPath);
  const text = messages().transfer;
  // A bare name from `net backup --list` is looked for beside the database.
  const from = existsSync(copy) || copy.includes("/") ? resolve(copy) : join(dirname(file), copy);
  if (from === file) throw usageError(text.isTheDatabase, text.isTheDatabaseHint);
  const incoming = summarise(from);
  if (!existsSync(file)) throw new UserError(text.noDatabaseToRestore(file), { hint: text.noDatabaseToRestoreHint({ from, file }) });
  // A damaged database is what a restore is most often for: it is replaced all the same.
  let current: string;
  let readable = true;
  try {
    current = describe(summarise(file));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    readable = false;
    // The message names the file first: what follows says what is wrong with it.
    current = text.unreadable(error.message.startsWith(file) ? error.message.slice(file.length + 1) : error.message);
  }
  ctx.say(text.replaces({ file, current, from: safeText(from, true), incoming: describe(incoming) }));
  if (!flags.yes) {
    if (!ctx.interactive) throw usageError(text.needsConfirmation, text.needsConfirmationHint(copy));
    const { terminalPrompter } = await import("./prompts.js");
    if (!(await terminalPrompter().confirm({ name: "restore", message: text.confirmRestore, default: false }))) {
      ctx.say(text.nothingChanged);
      return;
    }
  }
  const stamp = ctx.now.slice(11, 19).replaceAll(":", "");
  const kept = copyPathNow(file, ctx.today, stamp, "-before-restore");
  if (readable) {
    const db = ctx.store().db;
    copyTo(db, kept);
    db.close();
    await restoreInto(from, file);
  } else {
    // Kept as the bytes it is (SQLite can't read it whole), then replaced by a rename.
    keepBytes(file, kept);
    replaceWith(from, file);
  }
  // Undo can't take a restore back (the copy kept before it can): its entry says so.
  journalRestore(file, { at: ctx.now, command: `net restore ${copy}` }); // i18n-ignore: the command line as typed
  ctx.out(ctx.json ? JSON.stringify({ restored: from, kept }, null, 2) : kept);
  ctx.say(text.restored({ from: safeText(from, true), kept }));
}
