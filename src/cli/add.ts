import { existsSync } from "node:fs";
import { type Command, Option } from "commander";
import { type ContactFields, mergeTags, newContact } from "../domain/contacts.js";
import { addDays, daysBetween, formatDays, type IsoDate, relativeDay } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import type { Contact } from "../domain/model.js";
import { foldName, uniqueSlug } from "../domain/names.js";
import { messages } from "../i18n/index.js";
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
  const t = messages().people.add;
  const command = program.command("add").summary(t.summary).description(t.description).argument("[name]", t.nameArgument);
  addContactOptions(command)
    .addOption(new Option("--date <date>", t.dateOption).default("today", t.dateDefault))
    .option("--follow-up <when>", t.followUpOption)
    .option("--force", t.forceOption)
    .addHelpText("after", t.examples)
    .action(run(addAction));
}

async function addAction(ctx: Context, nameArg: string | undefined, flags: AddFlags): Promise<void> {
  const t = messages().people.add;
  let fields = fieldsFromFlags(flags);
  let name = nameArg?.trim();
  const metOn = await readPastDate(flags.date ?? "today", ctx.today, t.meetingDate);
  let followUpOn = flags.followUp ? await readWhen(flags.followUp, metOn, ctx.today) : null;

  let wizard = false;
  if (!name) {
    if (!ctx.interactive) throw usageError(t.noName, t.noNameHint);
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
        // i18n-ignore: a command to run, the same in every language
        const next = existing.archivedAt ? `net edit ${existing.slug} --restore` : `net log ${existing.slug}`;
        return t.alreadyInWizard({ name: safeText(existing.name, true), slug: existing.slug, next });
      },
    });
    name = answers.name;
    fields = answers.fields;
    followUpOn = answers.followUpOn;
    wizard = true;
  }
  if (!name) throw usageError(t.emptyName, t.emptyNameHint);
  if (followUpOn && followUpOn < metOn)
    throw usageError(t.followUpBeforeMeeting({ followUp: followUpOn, metOn }), t.followUpBeforeMeetingHint);

  const transliterate = await transliteratorFor([name]);
  const store = ctx.store();
  const via = await findIntroducer(ctx, flags.via);
  const contact = store.transaction(() => {
    const sameName = store.contactsWithNameKey(foldName(name));
    if (sameName.length > 0 && !flags.force) {
      const existing = sameName[0] as (typeof sameName)[number];
      throw new UserError(t.alreadyIn({ name: existing.name, slug: existing.slug, archived: Boolean(existing.archivedAt) }), {
        hint: existing.archivedAt ? t.restoreOrForceHint(existing.slug) : t.logOrForceHint(existing.slug),
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
  ctx.say(
    t.added({
      name: safeText(contact.name, true),
      when: relativeDay(metOn, ctx.today),
      where: contact.metWhere ? safeText(contact.metWhere, true) : null,
      through: via ? safeText(via.name, true) : null,
    }),
  );
  if (followUpOn) ctx.say(t.followUpScheduled(followUpOn));
  else ctx.say(firstContactHint(contact.slug, metOn, ctx.today, paramsOf(firstFollowUp, ruleSettings(store)).days ?? 2));
}

/**
 * The hint after adding someone with no follow-up planned: a short message, timed by the meeting
 * day and first-follow-up's window (`days` after the meeting, tunable), so that `--date "last friday"`
 * doesn't promise a window that has already closed.
 */
export function firstContactHint(slug: string, metOn: IsoDate, today: IsoDate, days: number): string {
  const log = `net log ${slug} --kind message`; // i18n-ignore: a command
  const until = addDays(metOn, days);
  const left = daysBetween(today, until);
  const t = messages().people.add;
  return left < 0 ? t.firstContactLate(log) : t.firstContact({ left, until, log });
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
      note: messages().people.add.firstMetNote(contact.metWhere),
      followUpOn: input.followUpOn,
      eventName: null,
      people: [contact.id],
    },
  };
}

/** The one line that ends the wizard: who, what they do, where you met, why, how often, what's next. */
export function addSummary(contact: Contact, metOn: IsoDate, today: IsoDate, followUpOn: IsoDate | null): string {
  const m = messages().people;
  const t = (text: string) => safeText(text, true);
  const work = m.roleAt([contact.role, contact.company].filter((v): v is string => Boolean(v)).map(t));
  const profile = [work, contact.sector && t(contact.sector), contact.circle && m.circle[contact.circle]].filter(Boolean).join(", ");
  const parts = [
    m.add.summaryMet({ when: relativeDay(metOn, today), where: contact.metWhere ? t(contact.metWhere) : null }),
    contact.intent,
    contact.cadenceDays ? m.add.summaryEvery(formatDays(contact.cadenceDays)) : contact.tier,
    followUpOn ? m.add.summaryFollowUp(followUpOn) : m.add.summaryNoFollowUp,
  ];
  return m.add.wizardSummary({ name: t(contact.name), profile, parts: parts.filter((p): p is string => Boolean(p)) });
}
