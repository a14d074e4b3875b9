import type { Command } from "commander";
import { mergeList, mergeTags } from "../domain/contacts.js";
import { UserError, usageError } from "../domain/errors.js";
import type { Contact } from "../domain/model.js";
import { foldName, uniqueSlug } from "../domain/names.js";
import { afterEdit, CLEARABLE_FIELDS } from "../domain/provenance.js";
import { messages } from "../i18n/index.js";
import { contactJson } from "../render/json.js";
import { safeText } from "../render/terminal.js";
import { tierCadences } from "../store/settings.js";
import { addContactOptions, type ContactFlagValues, fieldsFromFlags } from "./contact-options.js";
import type { Context } from "./context.js";
import { collect, findIntroducer, findPerson, readPastDate, transliteratorFor } from "./input.js";
import type { Runner } from "./runner.js";

interface EditFlags extends ContactFlagValues {
  name?: string;
  metOn?: string;
  untag?: string[];
  removeEmail?: string[];
  removePhone?: string[];
  restore?: boolean;
}

export function editCommand(program: Command, run: Runner) {
  const t = messages().people.edit;
  const command = program.command("edit").summary(t.summary).description(t.description).argument("<who>", messages().people.whoArgument);
  addContactOptions(command)
    .option("--name <name>", t.nameOption)
    .option("--met-on <date>", t.metOnOption)
    .option("--untag <tag>", t.untagOption, collect)
    .option("--remove-email <address>", t.removeEmailOption, collect)
    .option("--remove-phone <number>", t.removePhoneOption, collect)
    .option("--restore", t.restoreOption)
    .addHelpText("after", t.examples)
    .action(run(editAction));
}

/** Applies the given changes to a contact; what was not given stays as it was. */
export function applyEdits(contact: Contact, flags: EditFlags, extra: { metOn?: string }): Contact {
  const fields = fieldsFromFlags(flags);
  const next: Contact = { ...contact };
  for (const key of ["company", "role", "sector", "circle", "metWhere", "intent", "tier", "notes", "birthday", "profileUrl"] as const) {
    if (fields[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = fields[key];
  }
  if (fields.cadenceDays !== undefined) next.cadenceDays = fields.cadenceDays;
  next.tags = mergeTags(contact.tags, fields.tags ?? [], flags.untag ?? []);
  next.emails = mergeList(contact.emails, fields.emails ?? [], flags.removeEmail ?? []);
  next.phones = mergeList(contact.phones, fields.phones ?? [], flags.removePhone ?? []);
  if (fields.milestones) next.milestones = [...contact.milestones, ...fields.milestones];
  if (flags.name !== undefined) next.name = flags.name.trim();
  if (extra.metOn) next.metOn = extra.metOn;
  if (flags.restore) next.archivedAt = null;
  return next;
}

async function editAction(ctx: Context, who: string, flags: EditFlags): Promise<void> {
  const t = messages().people.edit;
  const given = Object.keys(flags).filter((k) => (flags as Record<string, unknown>)[k] !== undefined);
  if (given.length === 0) throw usageError(t.nothingToChange, t.nothingToChangeHint(who));
  if (flags.name !== undefined && flags.name.trim() === "") throw usageError(t.emptyName, t.emptyNameHint);
  const metOn = flags.metOn ? await readPastDate(flags.metOn, ctx.today, messages().people.add.meetingDate) : undefined;

  const store = ctx.store();
  const person = await findPerson(ctx, who, { includeArchived: true });
  const transliterate = person.slug === "person" && flags.name ? await transliteratorFor([flags.name]) : undefined;
  const via = await findIntroducer(ctx, flags.via);
  if (via && via.id === person.id) throw usageError(t.selfIntroduced(person.name), t.selfIntroducedHint(who));
  const updated = store.transaction(() => {
    const contact = store.contact(person.id);
    if (!contact) throw new UserError(messages().people.find.noOne(who));
    const next = applyEdits(contact, flags, { metOn });
    if (flags.name !== undefined && foldName(next.name) !== foldName(contact.name)) {
      const clash = store.contactsWithNameKey(foldName(next.name)).find((c) => c.id !== contact.id);
      if (clash) throw new UserError(t.nameTaken({ name: clash.name, slug: clash.slug }), { hint: t.nameTakenHint });
    }
    if (contact.slug === "person" && flags.name) next.slug = uniqueSlug(next.name, (s) => store.slugTaken(s), transliterate);
    store.updateContact(next);
    if (via !== undefined) {
      store.setMetThrough([contact.id], via?.id ?? null);
      next.metThrough = via?.id ?? null;
    }
    // A field emptied here stays empty through later imports; one given a value is the user's again.
    const fields = fieldsFromFlags(flags);
    const given = new Set(CLEARABLE_FIELDS.filter((f) => fields[f] !== undefined));
    if (given.size > 0) {
      const memory = store.contactMemory(contact.id);
      const remembered = afterEdit(memory, next, given);
      if (JSON.stringify(remembered) !== JSON.stringify(memory)) store.setContactMemory(contact.id, remembered);
    }
    return next;
  });
  if (ctx.json) ctx.out(JSON.stringify(contactJson(updated, tierCadences(store)), null, 2));
  else ctx.out(updated.slug);
  ctx.say(t.updated({ name: safeText(updated.name, true), restored: Boolean(flags.restore) }));
}
