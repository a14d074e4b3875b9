import type { Command } from "commander";
import { nextDueOn } from "../domain/contacts.js";
import { daysBetween } from "../domain/dates.js";
import { type Contact, cadenceOf, TIERS, type Tier } from "../domain/model.js";
import { foldName } from "../domain/names.js";
import { messages } from "../i18n/index.js";
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
  const t = messages().people.list;
  program
    .command("list")
    .alias("ls")
    .summary(t.summary)
    .description(t.description)
    .option("-t, --tag <tag>", t.tagOption)
    .option("--company <text>", t.companyOption)
    .option("--sector <text>", t.sectorOption)
    .option("--met-at <text>", t.metAtOption)
    .addOption(choiceOption("--tier <tier>", t.tierOption, TIERS))
    .option("--due", t.dueOption)
    .option("-a, --all", t.allOption)
    .addOption(choiceOption("-s, --sort <order>", t.sortOption, ["name", "due", "last"]).default("name"))
    .addHelpText("after", t.examples)
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
  const t = messages().people.list;
  if (rows.length === 0) {
    ctx.say(filtered(flags) ? t.noMatch : flags.tag ? t.noTag(flags.tag) : t.empty);
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
        { header: t.headers.name, value: (r) => r.contact.name + (r.contact.archivedAt ? t.archived : ""), min: 12, keep: true },
        { header: t.headers.slug, value: (r) => r.contact.slug, min: 8, keep: true },
        { header: t.headers.company, value: (r) => r.contact.company ?? "", drop: 2 },
        { header: t.headers.sector, value: (r) => r.contact.sector ?? "", drop: 1 },
        { header: t.headers.tier, value: (r) => r.contact.tier, min: 7 },
        { header: t.headers.lastContact, value: (r) => r.contact.lastInteractionOn ?? t.never, min: 10 },
        { header: t.headers.nextDue, value: (r) => r.due ?? "", min: 10, paint: dueCell },
      ],
      // Piped or redirected, nothing is cut: the slug is what people type next.
      { width: process.stdout.isTTY ? ctx.width : Number.MAX_SAFE_INTEGER, header: (h) => c.bold(h) },
    ),
  );
}

function filtered(flags: ListFlags): boolean {
  return Boolean(flags.company !== undefined || flags.sector !== undefined || flags.metAt !== undefined || flags.tier || flags.due);
}
