import type { Command } from "commander";
import { nextDueOn } from "../domain/contacts.js";
import { contextLines, personContext } from "../domain/context.js";
import { formatDays, relativeDay } from "../domain/dates.js";
import { usageError } from "../domain/errors.js";
import { append, largest } from "../domain/lists.js";
import { cadenceOf } from "../domain/model.js";
import { messages } from "../i18n/index.js";
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
  const t = messages().people.show;
  program
    .command("show")
    .summary(t.summary)
    .description(t.description)
    .argument("<who>", messages().people.whoArgument)
    .option("-l, --limit <n>", t.limitOption, (v) => {
      if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw usageError(t.badLimit(v), t.badLimitHint);
      return Number(v);
    })
    .addHelpText("after", t.examples)
    .action(run(showAction));
}

async function showAction(ctx: Context, who: string, flags: { limit?: number }): Promise<void> {
  const store = ctx.store();
  const person = await findPerson(ctx, who, { includeArchived: true });
  const contact = store.contact(person.id);
  if (!contact) throw new Error(`contact ${person.id} vanished`); // i18n-ignore: an internal assertion
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
  const m = messages().people;
  const t = m.show;
  const label = t.labels;
  const s = (t: string) => safeText(t, true);
  const lines: string[] = [];
  const title = m.roleAt([contact.role, contact.company].filter((v): v is string => Boolean(v)).map(s));
  lines.push(
    `${c.bold(s(contact.name))}${title ? ` — ${title}` : ""}  ${c.dim(contact.slug)}${contact.archivedAt ? c.yellow(t.archived) : ""}`,
  );
  // The labels' column: 11 wide in English, wider when a language's labels are longer.
  const labelWidth = largest(
    [...Object.values(label), ...Object.values(m.context.labels)].map((l) => l.length + 1),
    11,
  );
  const field = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`  ${c.dim(label.padEnd(labelWidth))}${s(value)}`);
  };
  field(label.sector, contact.sector);
  field(label.circle, contact.circle && m.circle[contact.circle]);
  field(label.met, t.met({ on: contact.metOn, where: contact.metWhere, through: metThrough?.name ?? null }) || null);
  field(label.introduced, introduced.length ? t.introduced(introduced.map((p) => p.name).join(", ")) : null);
  field(label.intent, contact.intent);
  const cadence = cadenceOf(contact, cadences);
  field(label.tier, t.tier({ tier: contact.tier, cadence: formatDays(cadence), own: Boolean(contact.cadenceDays) }));
  if (!contact.archivedAt) {
    const due = nextDueOn(contact, cadences);
    field(label.nextDue, `${due} (${relativeDay(due, ctx.today)})`);
  }
  field(label.email, contact.emails.join(", "));
  field(label.phone, contact.phones.join(", "));
  field(label.tags, contact.tags.join(", "));
  field(label.birthday, contact.birthday?.replace(/^--/, ""));
  field(label.milestones, contact.milestones.map((m) => `${m.label} ${m.date.replace(/^--/, "")}`).join(", "));
  field(
    label.ended,
    ended.map((m) => t.endedMilestone({ label: m.label, date: m.date.replace(/^--/, ""), endedOn: m.endedOn })).join(", "),
  );
  field(label.url, contact.profileUrl);
  // What helps to write to them: open promises, gestures lately, news, dates coming up (notes are in the timeline below).
  for (const [name, text] of contextLines(context, (day) => relativeDay(day, ctx.today)))
    if (name !== m.context.labels.note) field(name, text);
  if (contact.notes) {
    lines.push(`  ${c.dim(label.notes)}`);
    for (const line of safeText(contact.notes).split("\n")) lines.push(`    ${line}`);
  }
  lines.push("");
  if (interactions.length === 0) lines.push(c.dim(t.noInteractions));
  // Numbered, newest first: `net log edit <who>:<n>` and `net log rm <who>:<n>` name one by its number.
  const numberWidth = String(interactions.length).length;
  for (const [n, i] of interactions.entries()) {
    const others = i.people.filter((id) => id !== contact.id).map((id) => s(named.get(id)?.name ?? t.someone));
    const arrow = i.direction === "gave" ? "→" : i.direction === "received" ? "←" : "↔";
    const what = i.eventName ? t.event(s(i.eventName)) : (messages().log.kinds[i.kind] ?? i.kind);
    const parts = [`  ${c.dim(`${String(n + 1).padStart(numberWidth)}.`)} ${c.dim(i.date)}  ${arrow} ${what}`];
    if (others.length) parts.push(c.dim(t.with(others.join(", "))));
    if (i.note) parts.push(`— ${s(i.note)}`);
    if (i.followUpOn) parts.push(c.cyan(t.followUp(i.followUpOn)));
    // Wrapped at the terminal's width (80 in a pipe), continuation lines under the kind.
    append(lines, wrapLines(parts.join(" "), ctx.width, { rest: " ".repeat(numberWidth + 17) }));
  }
  ctx.out(lines.join("\n"));
}
