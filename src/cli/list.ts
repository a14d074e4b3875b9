import type { Command } from "commander";
import { nextDueOn } from "../domain/contacts.js";
import { daysBetween } from "../domain/dates.js";
import { type Contact, cadenceOf } from "../domain/model.js";
import { contactJson } from "../render/json.js";
import { table } from "../render/terminal.js";
import type { Context } from "./context.js";
import { choiceOption } from "./input.js";
import type { Runner } from "./runner.js";
import { tierCadences } from "./settings.js";

interface ListFlags {
  tag?: string;
  all?: boolean;
  sort: "name" | "due" | "last";
}

export function listCommand(program: Command, run: Runner) {
  program
    .command("list")
    .alias("ls")
    .summary("list the people in your network")
    .description("List your contacts: company, sector, tier, last contact and when each is next due for a gesture.")
    .option("-t, --tag <tag>", "only people with this tag")
    .option("-a, --all", "include archived people")
    .addOption(choiceOption("-s, --sort <order>", "order by name, next due date, or last contact", ["name", "due", "last"]).default("name"))
    .addHelpText("after", "\nExamples:\n  net list\n  net list --tag ai --json\n  net list --sort due")
    .action(run(listAction));
}

async function listAction(ctx: Context, flags: ListFlags): Promise<void> {
  const store = ctx.store();
  const cadences = tierCadences(store);
  const rows = store.contacts({ tag: flags.tag, includeArchived: flags.all }).map((contact) => ({
    contact,
    due: contact.archivedAt ? null : nextDueOn(contact, cadences),
  }));
  if (flags.sort === "due")
    rows.sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.contact.slug.localeCompare(b.contact.slug));
  if (flags.sort === "last")
    rows.sort(
      (a, b) =>
        (b.contact.lastInteractionOn ?? "").localeCompare(a.contact.lastInteractionOn ?? "") ||
        a.contact.slug.localeCompare(b.contact.slug),
    );

  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        rows.map((r) => contactJson(r.contact, cadences)),
        null,
        2,
      ),
    );
    return;
  }
  if (rows.length === 0) {
    ctx.say(
      flags.tag ? `No one is tagged '${flags.tag}'.` : 'No one here yet. Add the last person you met: net add "Ada Lovelace" --where "…"',
    );
    return;
  }
  const c = ctx.chalk;
  const dueCell = (cell: string, row: { contact: Contact; due: string | null }) => {
    if (!row.due || row.due > ctx.today) return cell;
    const overdue = daysBetween(row.due, ctx.today);
    return overdue > cadenceOf(row.contact, cadences) * 0.5 ? c.red(cell) : c.yellow(cell);
  };
  ctx.out(
    table(
      rows,
      [
        // Names and slugs (what people type next) get room first; sector, then company, give way.
        { header: "NAME", value: (r) => r.contact.name + (r.contact.archivedAt ? " (archived)" : ""), min: 12, keep: true },
        { header: "SLUG", value: (r) => r.contact.slug, min: 8, keep: true },
        { header: "COMPANY", value: (r) => r.contact.company ?? "", drop: 2 },
        { header: "SECTOR", value: (r) => r.contact.sector ?? "", drop: 1 },
        { header: "TIER", value: (r) => r.contact.tier, min: 7 },
        { header: "LAST CONTACT", value: (r) => r.contact.lastInteractionOn ?? "never", min: 10 },
        { header: "NEXT DUE", value: (r) => r.due ?? "", min: 10, paint: dueCell },
      ],
      // Piped or redirected, nothing is cut: the slug is what people type next.
      { width: process.stdout.isTTY ? ctx.width : Number.MAX_SAFE_INTEGER, header: (h) => c.bold(h) },
    ),
  );
}
