import { existsSync } from "node:fs";
import type { Command } from "commander";
import { type ContactFields, mergeTags, newContact } from "../domain/contacts.js";
import { addDays, daysBetween, formatDays, type IsoDate, relativeDay } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import type { Contact } from "../domain/model.js";
import { foldName, uniqueSlug } from "../domain/names.js";
import { contactJson } from "../render/json.js";
import { safeText, wrapLines } from "../render/terminal.js";
import { paramsOf } from "../rules/engine.js";
import { firstFollowUp } from "../rules/first-follow-up.js";
import { ruleSettings, tierCadences } from "../store/settings.js";
import { type NewInteraction, newId } from "../store/store.js";
import { addContactOptions, type ContactFlagValues, fieldsFromFlags } from "./contact-options.js";
import type { Context } from "./context.js";
import { findIntroducer, readPastDate, readWhen, transliteratorFor } from "./input.js";
import type { Runner } from "./runner.js";

interface AddFlags extends ContactFlagValues {
  date?: string;
  followUp?: string;
  force?: boolean;
}

export function addCommand(program: Command, run: Runner) {
  const command = program
    .command("add")
    .summary("add someone you just met")
    .description(
      "Add a person you met and record the first meeting (on --date, default today).\nWith no name, on a terminal, a short wizard asks for what the flags did not give; with --no-input or\nwithout a terminal, only the name is needed.",
    )
    .argument("[name]", "their full name");
  addContactOptions(command)
    .option("--date <date>", "when you met (today, yesterday, 'last friday', 2026-11-20)", "today")
    .option("--follow-up <when>", "schedule a follow-up (2d, 1w, or a date)")
    .option("--force", "add even if someone with the same name exists")
    .addHelpText(
      "after",
      `
Examples:
  net add "Ada Lovelace" --company "Analytical Engines" --role CTO \\
      --sector research --external --where "Paris AI meetup" \\
      --date yesterday --intent learn --tier active
  net add "Alan Turing" --via ada
  net add "Grace Hopper" --email grace@example.org --tag navy --follow-up 2d`,
    )
    .action(run(addAction));
}

async function addAction(ctx: Context, nameArg: string | undefined, flags: AddFlags): Promise<void> {
  let fields = fieldsFromFlags(flags);
  let name = nameArg?.trim();
  const metOn = await readPastDate(flags.date ?? "today", ctx.today, "the meeting date");
  let followUpOn = flags.followUp ? await readWhen(flags.followUp, metOn, ctx.today) : null;

  let wizard = false;
  if (!name) {
    if (!ctx.interactive)
      throw usageError(
        "who did you meet? a name is needed",
        'pass it: net add "Ada Lovelace" (no prompts without a terminal or with --no-input)',
      );
    // A first run must not leave a database behind when the wizard is interrupted.
    const store = existsSync(ctx.dbPath) ? ctx.store() : undefined;
    const { addWizard, terminalPrompter } = await import("./prompts.js");
    const answers = await addWizard(terminalPrompter(), {
      fields,
      followUpOn,
      followUpGiven: flags.followUp !== undefined,
      places: store?.recentPlaces(ctx.today) ?? [],
      sectors: store?.sectorsInUse() ?? [],
      today: metOn,
      checkName: (typed) => {
        const existing = flags.force ? undefined : store?.contactsWithNameKey(foldName(typed))[0];
        if (!existing) return true;
        const next = existing.archivedAt ? `net edit ${existing.slug} --restore` : `net log ${existing.slug}`;
        return `${safeText(existing.name, true)} is already in your network (${existing.slug}): another name, or Ctrl-C and ${next}`;
      },
    });
    name = answers.name;
    fields = answers.fields;
    followUpOn = answers.followUpOn;
    wizard = true;
  }
  if (!name) throw usageError("a name can't be empty", 'pass it: net add "Ada Lovelace"');
  if (followUpOn && followUpOn < metOn)
    throw usageError(`the follow-up (${followUpOn}) is before the meeting (${metOn})`, "give a later date or a duration like 2d");

  const transliterate = await transliteratorFor([name]);
  const store = ctx.store();
  const via = await findIntroducer(ctx, flags.via);
  const contact = store.transaction(() => {
    const sameName = store.contactsWithNameKey(foldName(name));
    if (sameName.length > 0 && !flags.force) {
      const existing = sameName[0] as (typeof sameName)[number];
      throw new UserError(`${existing.name} is already in your network (${existing.slug}${existing.archivedAt ? ", archived" : ""})`, {
        hint: existing.archivedAt
          ? `bring them back with: net edit ${existing.slug} --restore (or add anyway with --force)`
          : `log a gesture with: net log ${existing.slug} (or add a different person with --force)`,
      });
    }
    const planned = firstMeeting(
      { name, fields, metOn, followUpOn },
      { id: newId(), slug: uniqueSlug(name, (s) => store.slugTaken(s), transliterate), now: ctx.now },
    );
    const created = planned.contact;
    store.insertContact(created);
    store.insertInteraction(planned.meeting);
    if (via) store.setMetThrough([created.id], via.id);
    return { ...created, lastInteractionOn: metOn, metThrough: via?.id ?? null };
  });

  if (ctx.json) ctx.out(JSON.stringify(contactJson(contact, tierCadences(store)), null, 2));
  else ctx.out(contact.slug);
  if (wizard) {
    ctx.say(wrapLines(addSummary(contact, metOn, ctx.today, followUpOn), ctx.messageWidth, { rest: "  " }).join("\n"));
    return;
  }
  const where = contact.metWhere ? ` at ${safeText(contact.metWhere, true)}` : "";
  const through = via ? `, through ${safeText(via.name, true)}` : "";
  ctx.say(`Added ${safeText(contact.name, true)}, met ${relativeDay(metOn, ctx.today)}${where}${through}.`);
  if (followUpOn) ctx.say(`Follow-up scheduled for ${followUpOn}.`);
  else ctx.say(firstContactHint(contact.slug, metOn, ctx.today, paramsOf(firstFollowUp, ruleSettings(store)).days ?? 2));
}

/**
 * The hint after adding someone with no follow-up planned: a short message, timed by the meeting
 * day and first-follow-up's window (`days` after the meeting, tunable), so that `--date "last friday"`
 * doesn't promise a window that has already closed.
 */
export function firstContactHint(slug: string, metOn: IsoDate, today: IsoDate, days: number): string {
  const log = `net log ${slug} --kind message`;
  const until = addDays(metOn, days);
  const left = daysBetween(today, until);
  if (left < 0) return `A short message now, recalling what you talked about, still makes the first contact stick: ${log}`;
  const when = left === 0 ? "today" : left === 1 ? `by tomorrow (${until})` : `within ${left} days (by ${until})`;
  return `A short thank-you message ${when} makes the first contact stick: ${log}`;
}

/** What `net add` writes: the contact, and the first meeting (with the follow-up, if any). */
export function firstMeeting(
  input: { name: string; fields: ContactFields; metOn: IsoDate; followUpOn: IsoDate | null },
  ids: { id: string; slug: string; now: string },
): { contact: Contact; meeting: NewInteraction } {
  const contact = newContact({ ...input.fields, name: input.name, metOn: input.metOn, tags: mergeTags([], input.fields.tags ?? []) }, ids);
  return {
    contact,
    meeting: {
      date: input.metOn,
      kind: "meeting",
      direction: "mutual",
      note: contact.metWhere ? `first met at ${contact.metWhere}` : "first met",
      followUpOn: input.followUpOn,
      eventName: null,
      people: [contact.id],
    },
  };
}

/** The one line that ends the wizard: who, what they do, where you met, why, how often, what's next. */
export function addSummary(contact: Contact, metOn: IsoDate, today: IsoDate, followUpOn: IsoDate | null): string {
  const t = (text: string) => safeText(text, true);
  const work = [contact.role, contact.company]
    .filter((v): v is string => Boolean(v))
    .map(t)
    .join(" at ");
  const profile = [work, contact.sector && t(contact.sector), contact.circle].filter(Boolean).join(", ");
  const where = contact.metWhere ? ` at ${t(contact.metWhere)}` : "";
  const parts = [
    `met ${relativeDay(metOn, today)}${where}`,
    contact.intent,
    contact.cadenceDays ? `every ${formatDays(contact.cadenceDays)}` : contact.tier,
    followUpOn ? `follow-up ${followUpOn}` : "no follow-up",
  ];
  return `Added ${t(contact.name)}${profile ? ` (${profile})` : ""}: ${parts.filter(Boolean).join(" · ")}.`;
}
