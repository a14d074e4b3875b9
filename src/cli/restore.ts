import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import { safeText } from "../render/terminal.js";
import { copyPathNow, copyTo, type DatabaseSummary, keepBytes, replaceWith, restoreInto, summarise } from "../store/backup.js";
import { journalRestore } from "../store/journal.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function restoreCommand(program: Command, run: Runner) {
  program
    .command("restore")
    .summary("put a copy of the database back")
    .description(
      "Replace the database with a copy (one listed by net backup --list, or any file made by net backup).\n" +
        "Shows what will be replaced and asks first (--yes without a terminal); the current database is\n" +
        "copied first, as <name>.backup-<day>-<hhmmss>-before-restore.",
    )
    .argument("<copy>", "the copy: a file, or a name from net backup --list")
    .option("-y, --yes", "don't ask for confirmation")
    .addHelpText("after", "\nExamples:\n  net backup --list\n  net restore net.db.backup-2026-11-20")
    .action(run(restoreAction));
}

function describe(s: DatabaseSummary): string {
  const people = `${s.people} ${s.people === 1 ? "person" : "people"}`;
  const interactions = `${s.interactions} ${s.interactions === 1 ? "interaction" : "interactions"}`;
  return `${people}, ${interactions}${s.lastInteraction ? `, the last on ${s.lastInteraction}` : ""}`;
}

async function restoreAction(ctx: Context, copy: string, flags: { yes?: boolean }): Promise<void> {
  const file = resolve(ctx.dbPath);
  // A bare name from `net backup --list` is looked for beside the database.
  const from = existsSync(copy) || copy.includes("/") ? resolve(copy) : join(dirname(file), copy);
  if (from === file) throw usageError("that is the database itself", "give a copy: see net backup --list");
  const incoming = summarise(from);
  if (!existsSync(file))
    throw new UserError(`there is no net database at ${file} to restore into`, {
      hint: `copy the file there yourself: cp ${from} ${file}`,
    });
  // A damaged database is what a restore is most often for: it is replaced all the same.
  let current: string;
  let readable = true;
  try {
    current = describe(summarise(file));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    readable = false;
    current = `it can't be read: ${error.message.slice(file.length + 1)}`;
  }
  ctx.say(`This replaces ${file} (${current})\n  with ${safeText(from, true)} (${describe(incoming)}).`);
  if (!flags.yes) {
    if (!ctx.interactive) throw usageError("restoring a copy needs confirmation", `pass --yes: net restore ${copy} --yes`);
    const { terminalPrompter } = await import("./prompts.js");
    if (!(await terminalPrompter().confirm({ name: "restore", message: "Restore this copy?", default: false }))) {
      ctx.say("Nothing was changed.");
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
  journalRestore(file, { at: ctx.now, command: `net restore ${copy}` });
  ctx.out(ctx.json ? JSON.stringify({ restored: from, kept }, null, 2) : kept);
  ctx.say(`Restored ${safeText(from, true)}. The database as it was is kept as ${kept}.`);
}
