import type { Command } from "commander";
import { usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import type { Context } from "./context.js";
import { findPerson } from "./input.js";
import type { Runner } from "./runner.js";

export function rmCommand(program: Command, run: Runner) {
  const t = messages().people.rm;
  program
    .command("rm")
    .summary(t.summary)
    .description(t.description)
    .argument("<who>", messages().people.whoArgument)
    .option("--purge", t.purgeOption)
    .option("-y, --yes", t.yesOption)
    .addHelpText("after", t.examples)
    .action(run(rmAction));
}

async function rmAction(ctx: Context, who: string, flags: { purge?: boolean; yes?: boolean }): Promise<void> {
  const t = messages().people.rm;
  const store = ctx.store();
  const person = await findPerson(ctx, who, { includeArchived: Boolean(flags.purge) });
  const name = safeText(person.name, true);
  if (!flags.purge) {
    store.transaction(() => store.archiveContact(person.id));
    ctx.out(ctx.json ? JSON.stringify({ id: person.id, slug: person.slug, archived: true, purged: false }, null, 2) : person.slug);
    ctx.say(t.archived({ name, slug: person.slug }));
    return;
  }
  if (!flags.yes) {
    if (!ctx.interactive) throw usageError(t.needsConfirmation(name), t.needsConfirmationHint(person.slug));
    const { confirmPurge, terminalPrompter } = await import("./prompts.js");
    // Counted like purgeContact deletes: not events, and no one else in them.
    const own = store.interactionsOf(person.id).filter((i) => i.kind !== "event" && i.people.every((id) => id === person.id));
    if (!(await confirmPurge(terminalPrompter(), person.name, own.length))) {
      ctx.say(t.kept(name));
      return;
    }
  }
  const { interactionsDeleted } = store.transaction(() => store.purgeContact(person.id));
  ctx.out(
    ctx.json
      ? JSON.stringify({ id: person.id, slug: person.slug, archived: false, purged: true, interactionsDeleted }, null, 2)
      : person.slug,
  );
  ctx.say(t.deleted({ name, interactions: interactionsDeleted }));
}
