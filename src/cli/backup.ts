import { resolve } from "node:path";
import type { Command } from "commander";
import { UserError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import { copyPathNow, copyTo, diskFull, keptCopies } from "../store/backup.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function backupCommand(program: Command, run: Runner) {
  const text = messages().transfer;
  program
    .command("backup")
    .summary(text.backupSummary)
    .description(text.backupDescription)
    .argument("[file]", text.backupFile)
    .option("--list", text.backupList)
    .addHelpText("after", text.backupExamples)
    .action(run(backupAction));
}

function size(bytes: number): string {
  const text = messages().transfer;
  if (bytes < 1024 * 1024) return text.kilobytes(Math.max(1, Math.round(bytes / 1024)));
  const tenths = Math.round((bytes / 1024 / 1024) * 10);
  return text.megabytes({ whole: Math.floor(tenths / 10), tenth: tenths % 10 });
}

async function backupAction(ctx: Context, file: string | undefined, flags: { list?: boolean }): Promise<void> {
  const text = messages().transfer;
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
      ctx.say(text.noCopies(ctx.dbPath));
      return;
    }
    const width = copies.reduce((w, c) => Math.max(w, c.name.length), 0);
    const kindWidth = Object.values(text.copyKinds).reduce((w, k) => Math.max(w, k.length), 0);
    for (const c of copies)
      ctx.out(`${safeText(c.name.padEnd(width), true)}  ${text.copyKinds[c.kind].padEnd(kindWidth)}  ${size(c.bytes).padStart(8)}`);
    return;
  }
  const db = ctx.store().db;
  if (db.memory) throw new UserError(text.noDatabaseToCopy(ctx.dbPath), { hint: text.noDatabaseToCopyHint });
  const stamp = ctx.now.slice(11, 19).replaceAll(":", "");
  const target = file ?? copyPathNow(ctx.dbPath, ctx.today, stamp);
  try {
    copyTo(db, target);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (diskFull(error)) throw new UserError(text.noRoomForCopy(target), { hint: text.noRoomForCopyHint });
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(text.cantWriteCopy({ target, why: code ?? (error as Error).message }), { hint: text.cantWriteCopyHint });
  }
  ctx.out(ctx.json ? JSON.stringify({ path: resolve(target) }, null, 2) : resolve(target));
  ctx.say(text.copied(resolve(target)));
}
