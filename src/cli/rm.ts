import type { Command } from "commander";
import { usageError } from "../domain/errors.js";
import { safeText } from "../render/terminal.js";
import type { Context } from "./context.js";
import { findPerson } from "./input.js";
import type { Runner } from "./runner.js";

export function rmCommand(program: Command, run: Runner) {
  program
    .command("rm")
    .summary("archive (or delete) a person")
    .description(
      "Archive a person: hidden from lists and reminders, history kept (net edit <who> --restore brings them back).\nWith --purge, delete them and the interactions that were theirs alone, for good.",
    )
    .argument("<who>", "slug, id or name")
    .option("--purge", "delete for good instead of archiving")
    .option("-y, --yes", "don't ask for confirmation (with --purge)")
    .addHelpText("after", "\nExamples:\n  net rm ada\n  net rm ada --purge --yes")
    .action(run(rmAction));
}

async function rmAction(ctx: Context, who: string, flags: { purge?: boolean; yes?: boolean }): Promise<void> {
  const store = ctx.store();
  const person = await findPerson(ctx, who, { includeArchived: Boolean(flags.purge) });
  const name = safeText(person.name, true);
  if (!flags.purge) {
    store.transaction(() => store.archiveContact(person.id));
    ctx.out(ctx.json ? JSON.stringify({ id: person.id, slug: person.slug, archived: true, purged: false }, null, 2) : person.slug);
    ctx.say(`Archived ${name}. Their history is kept; bring them back with: net edit ${person.slug} --restore`);
    return;
  }
  if (!flags.yes) {
    if (!ctx.interactive)
      throw usageError(`deleting ${name} for good needs confirmation`, `pass --yes: net rm ${person.slug} --purge --yes`);
    const { confirmPurge, terminalPrompter } = await import("./prompts.js");
    // Counted like purgeContact deletes: not events, and no one else in them.
    const own = store.interactionsOf(person.id).filter((i) => i.kind !== "event" && i.people.every((id) => id === person.id));
    if (!(await confirmPurge(terminalPrompter(), person.name, own.length))) {
      ctx.say(`Kept ${name}; nothing was deleted.`);
      return;
    }
  }
  const { interactionsDeleted } = store.transaction(() => store.purgeContact(person.id));
  ctx.out(
    ctx.json
      ? JSON.stringify({ id: person.id, slug: person.slug, archived: false, purged: true, interactionsDeleted }, null, 2)
      : person.slug,
  );
  ctx.say(
    `Deleted ${name} and ${interactionsDeleted} ${interactionsDeleted === 1 ? "interaction that was" : "interactions that were"} theirs alone.`,
  );
}
