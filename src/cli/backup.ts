import { resolve } from "node:path";
import type { Command } from "commander";
import { UserError } from "../domain/errors.js";
import { safeText } from "../render/terminal.js";
import { copyPathNow, copyTo, diskFull, keptCopies } from "../store/backup.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function backupCommand(program: Command, run: Runner) {
  program
    .command("backup")
    .summary("copy the database now, or list the copies kept")
    .description(
      "Copy the database now (a consistent copy, even while another net writes), to <file> or beside it as\n" +
        "<name>.backup-<day>-<hhmmss>. net also keeps one copy a day by itself, before the day's first change\n" +
        "(the last 7 days, and the first copy of each of the last 4 weeks). --list shows the copies kept.",
    )
    .argument("[file]", "where to write the copy (a new file)")
    .option("--list", "list the copies kept beside the database")
    .addHelpText(
      "after",
      "\nExamples:\n  net backup\n  net backup ~/safe/net-2026-11.db\n  net backup --list\n  net restore net.db.backup-2026-11-20",
    )
    .action(run(backupAction));
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function backupAction(ctx: Context, file: string | undefined, flags: { list?: boolean }): Promise<void> {
  if (flags.list) {
    const copies = keptCopies(ctx.dbPath);
    if (ctx.json) {
      ctx.out(
        JSON.stringify(
          copies.map(({ path, name, kind, day, bytes }) => ({ name, path, kind, day, bytes })),
          null,
          2,
        ),
      );
      return;
    }
    if (copies.length === 0) {
      ctx.say(`No copies beside ${ctx.dbPath} yet; net makes one before the first change of each day, or now with: net backup`);
      return;
    }
    const width = copies.reduce((w, c) => Math.max(w, c.name.length), 0);
    for (const c of copies) ctx.out(`${safeText(c.name.padEnd(width), true)}  ${c.kind.padEnd(14)}  ${size(c.bytes).padStart(8)}`);
    return;
  }
  const db = ctx.store().db;
  if (db.memory) throw new UserError(`there is no net database at ${ctx.dbPath} to copy`, { hint: `start one with: net add "<name>"` });
  const stamp = ctx.now.slice(11, 19).replaceAll(":", "");
  const target = file ?? copyPathNow(ctx.dbPath, ctx.today, stamp);
  try {
    copyTo(db, target);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (diskFull(error))
      throw new UserError(`no room for a copy at ${target}: the disk is full`, { hint: "free some space, or give another place" });
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`can't write a copy at ${target} (${code ?? (error as Error).message})`, {
      hint: "check the folder exists and is writable",
    });
  }
  ctx.out(ctx.json ? JSON.stringify({ path: resolve(target) }, null, 2) : resolve(target));
  ctx.say(`Copied the database to ${resolve(target)}.`);
}
