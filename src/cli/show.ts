import type { Command } from "commander";
import { nextDueOn } from "../domain/contacts.js";
import { contextLines, personContext } from "../domain/context.js";
import { formatDays, relativeDay } from "../domain/dates.js";
import { usageError } from "../domain/errors.js";
import { append } from "../domain/lists.js";
import { cadenceOf } from "../domain/model.js";
import { contactDetailJson, interactionJson } from "../render/json.js";
import { safeText, wrapLines } from "../render/terminal.js";
import { introducedBy, introducedTo } from "../store/met-through.js";
import type { Context } from "./context.js";
import { findPerson } from "./input.js";
import type { Runner } from "./runner.js";

/** How many of a person's latest interactions the context reads. */
const CONTEXT_HISTORY = 200;

import { tierCadences } from "../store/settings.js";

export function showCommand(program: Command, run: Runner) {
  program
    .command("show")
    .summary("a person's profile and timeline")
    .description("Show everything about one person: profile, cadence, and the timeline of your interactions, newest first.")
    .argument("<who>", "slug, id or name")
    .option("-l, --limit <n>", "show only the latest n interactions", (v) => {
      if (!/^\d+$/.test(v.trim()) || Number(v) < 1)
        throw usageError(`--limit takes a number of interactions, not '${v}'`, "e.g. net show ada --limit 10");
      return Number(v);
    })
    .addHelpText("after", "\nExamples:\n  net show ada\n  net show ada-lovelace --json")
    .action(run(showAction));
}

async function showAction(ctx: Context, who: string, flags: { limit?: number }): Promise<void> {
  const store = ctx.store();
  const person = await findPerson(ctx, who, { includeArchived: true });
  const contact = store.contact(person.id);
  if (!contact) throw new Error(`contact ${person.id} vanished`);
  const interactions = store.interactionsOf(contact.id, flags.limit && flags.limit > 0 ? flags.limit : -1);
  const cadences = tierCadences(store);
  const named = new Map(store.namedContacts(true).map((p) => [p.id, p]));
  // Milestones of a former company, ended by a job change a LinkedIn import found.
  const ended = store.contactMemory(contact.id).ended ?? [];

  const context = personContext(
    contact,
    flags.limit ? store.interactionsOf(contact.id, CONTEXT_HISTORY) : interactions.slice(0, CONTEXT_HISTORY),
    ctx.today,
  );
  const metThrough = introducedBy(store, contact.id);
  const introduced = introducedTo(store, contact.id);
  if (ctx.json) {
    const person = (p: { id: string; slug: string; name: string }) => ({ id: p.id, slug: p.slug, name: p.name });
    ctx.out(
      JSON.stringify(
        {
          contact: {
            ...contactDetailJson(contact, cadences),
            endedMilestones: ended,
            metThrough: metThrough && person(metThrough),
            introducedYouTo: introduced.map(person),
          },
          interactions: interactions.map((i) => interactionJson(i, (id) => named.get(id))),
          context,
        },
        null,
        2,
      ),
    );
    return;
  }
  const c = ctx.chalk;
  const s = (t: string) => safeText(t, true);
  const lines: string[] = [];
  const title = [contact.role, contact.company]
    .filter(Boolean)
    .map((t) => s(t as string))
    .join(" at ");
  lines.push(
    `${c.bold(s(contact.name))}${title ? ` — ${title}` : ""}  ${c.dim(contact.slug)}${contact.archivedAt ? c.yellow("  (archived)") : ""}`,
  );
  const field = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`  ${c.dim(label.padEnd(11))}${s(value)}`);
  };
  field("sector", contact.sector);
  field("circle", contact.circle);
  field(
    "met",
    [contact.metOn, contact.metWhere ? `at ${contact.metWhere}` : null, metThrough ? `through ${metThrough.name}` : null]
      .filter(Boolean)
      .join(" ") || null,
  );
  field("introduced", introduced.length ? `you to ${introduced.map((p) => p.name).join(", ")}` : null);
  field("intent", contact.intent);
  const cadence = cadenceOf(contact, cadences);
  field("tier", `${contact.tier}, every ${formatDays(cadence)}${contact.cadenceDays ? " (own cadence)" : ""}`);
  if (!contact.archivedAt) {
    const due = nextDueOn(contact, cadences);
    field("next due", `${due} (${relativeDay(due, ctx.today)})`);
  }
  field("email", contact.emails.join(", "));
  field("phone", contact.phones.join(", "));
  field("tags", contact.tags.join(", "));
  field("birthday", contact.birthday?.replace(/^--/, ""));
  field("milestones", contact.milestones.map((m) => `${m.label} ${m.date.replace(/^--/, "")}`).join(", "));
  field("ended", ended.map((m) => `${m.label} ${m.date.replace(/^--/, "")} (until ${m.endedOn})`).join(", "));
  field("url", contact.profileUrl);
  // What helps to write to them: open promises, gestures lately, news, dates coming up (notes are in the timeline below).
  for (const [label, text] of contextLines(context, (day) => relativeDay(day, ctx.today))) if (label !== "note") field(label, text);
  if (contact.notes) {
    lines.push(`  ${c.dim("notes")}`);
    for (const line of safeText(contact.notes).split("\n")) lines.push(`    ${line}`);
  }
  lines.push("");
  if (interactions.length === 0) lines.push(c.dim("  No interactions yet."));
  // Numbered, newest first: `net log edit <who>:<n>` and `net log rm <who>:<n>` name one by its number.
  const numberWidth = String(interactions.length).length;
  for (const [n, i] of interactions.entries()) {
    const others = i.people.filter((id) => id !== contact.id).map((id) => s(named.get(id)?.name ?? "someone"));
    const arrow = i.direction === "gave" ? "→" : i.direction === "received" ? "←" : "↔";
    const what = i.eventName ? `event ${s(i.eventName)}` : i.kind;
    const parts = [`  ${c.dim(`${String(n + 1).padStart(numberWidth)}.`)} ${c.dim(i.date)}  ${arrow} ${what}`];
    if (others.length) parts.push(c.dim(`with ${others.join(", ")}`));
    if (i.note) parts.push(`— ${s(i.note)}`);
    if (i.followUpOn) parts.push(c.cyan(`(follow up ${i.followUpOn})`));
    // Wrapped at the terminal's width (80 in a pipe), continuation lines under the kind.
    append(lines, wrapLines(parts.join(" "), ctx.width, { rest: " ".repeat(numberWidth + 17) }));
  }
  ctx.out(lines.join("\n"));
}
