import type { Command } from "commander";
import { nextDueOn } from "../domain/contacts.js";
import { daysBetween } from "../domain/dates.js";
import { type Contact, cadenceOf, TIERS, type Tier } from "../domain/model.js";
import { foldName } from "../domain/names.js";
import { contactJson } from "../render/json.js";
import { table } from "../render/terminal.js";
import { tierCadences } from "../store/settings.js";
import type { Context } from "./context.js";
import { choiceOption } from "./input.js";
import type { Runner } from "./runner.js";

interface ListFlags {
  tag?: string;
  all?: boolean;
  sort: "name" | "due" | "last";
  company?: string;
  sector?: string;
  metAt?: string;
  tier?: Tier;
  due?: boolean;
}

/** The text filters, each a substring that ignores case and accents: "acme" finds "ACMÉ Labs". */
const TEXT_FILTERS = [
  ["company", (c: Contact) => c.company],
  ["sector", (c: Contact) => c.sector],
  ["metAt", (c: Contact) => c.metWhere],
] as const;

/** Whether a person passes --company, --sector, --met-at and --tier. */
function passes(contact: Contact, flags: ListFlags): boolean {
  if (flags.tier && contact.tier !== flags.tier) return false;
  for (const [flag, field] of TEXT_FILTERS) {
    const wanted = flags[flag];
    if (wanted === undefined) continue;
    const value = field(contact);
    if (value === null || !foldName(value).includes(foldName(wanted))) return false;
  }
  return true;
}

export function listCommand(program: Command, run: Runner) {
  program
    .command("list")
    .alias("ls")
    .summary("list the people in your network")
    .description("List your contacts: company, sector, tier, last contact and when each is next due for a gesture.")
    .option("-t, --tag <tag>", "only people with this tag")
    .option("--company <text>", "only people whose company contains this (case and accents ignored)")
    .option("--sector <text>", "only people whose sector contains this")
    .option("--met-at <text>", "only people met at a place or event containing this")
    .addOption(choiceOption("--tier <tier>", "only people of this tier", TIERS))
    .option("--due", "only people due for a gesture today (or overdue)")
    .option("-a, --all", "include archived people")
    .addOption(choiceOption("-s, --sort <order>", "order by name, next due date, or last contact", ["name", "due", "last"]).default("name"))
    .addHelpText(
      "after",
      '\nExamples:\n  net list\n  net list --tag ai --json\n  net list --sort due\n  net list --company acme --sector fintech --due\n  net list --met-at "Paris AI" --tier active',
    )
    .action(run(listAction));
}

async function listAction(ctx: Context, flags: ListFlags): Promise<void> {
  const store = ctx.store();
  const cadences = tierCadences(store);
  const rows = store
    .contacts({ tag: flags.tag, includeArchived: flags.all })
    .filter((contact) => passes(contact, flags))
    .map((contact) => ({
      contact,
      due: contact.archivedAt ? null : nextDueOn(contact, cadences),
    }))
    .filter((row) => !flags.due || (row.due !== null && row.due <= ctx.today));
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
      filtered(flags)
        ? "No one matches these filters."
        : flags.tag
          ? `No one is tagged '${flags.tag}'.`
          : 'No one here yet. Add the last person you met: net add "Ada Lovelace" --where "…"',
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

function filtered(flags: ListFlags): boolean {
  return Boolean(flags.company !== undefined || flags.sector !== undefined || flags.metAt !== undefined || flags.tier || flags.due);
}
