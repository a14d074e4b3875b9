import type { Command } from "commander";
import { mergeList, mergeTags } from "../domain/contacts.js";
import { UserError, usageError } from "../domain/errors.js";
import type { Contact } from "../domain/model.js";
import { foldName, uniqueSlug } from "../domain/names.js";
import { afterEdit, CLEARABLE_FIELDS } from "../domain/provenance.js";
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
  const command = program
    .command("edit")
    .summary("change a person's details")
    .description(
      'Change a person\'s profile. Tags, emails, phones and milestones given are added; an empty value (--company "") clears a field.',
    )
    .argument("<who>", "slug, id or name");
  addContactOptions(command)
    .option("--name <name>", "rename (the slug stays, so scripts keep working)")
    .option("--met-on <date>", "when you first met")
    .option("--untag <tag>", "remove a tag (repeatable)", collect)
    .option("--remove-email <address>", "remove an email address (repeatable)", collect)
    .option("--remove-phone <number>", "remove a phone number (repeatable)", collect)
    .option("--restore", "bring back an archived person")
    .addHelpText(
      "after",
      '\nExamples:\n  net edit ada --company "Babbage & Co" --tier close\n  net edit ada --tag mentor --untag speaker\n  net edit ada --cadence 3w\n  net edit alan --via ada\n  net edit ada --restore',
    )
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
  const given = Object.keys(flags).filter((k) => (flags as Record<string, unknown>)[k] !== undefined);
  if (given.length === 0)
    throw usageError("nothing to change", `pass the fields to change, e.g. net edit ${who} --company "Babbage & Co" (see net edit --help)`);
  if (flags.name !== undefined && flags.name.trim() === "")
    throw usageError("a name can't be empty", 'give a name, e.g. --name "Ada King"');
  const metOn = flags.metOn ? await readPastDate(flags.metOn, ctx.today, "the meeting date") : undefined;

  const store = ctx.store();
  const person = await findPerson(ctx, who, { includeArchived: true });
  const transliterate = person.slug === "person" && flags.name ? await transliteratorFor([flags.name]) : undefined;
  const via = await findIntroducer(ctx, flags.via);
  if (via && via.id === person.id)
    throw usageError(
      `${person.name} can't have introduced you to themselves`,
      `name the person who introduced you: net edit ${who} --via <who>`,
    );
  const updated = store.transaction(() => {
    const contact = store.contact(person.id);
    if (!contact) throw new UserError(`no one called '${who}'`);
    const next = applyEdits(contact, flags, { metOn });
    if (flags.name !== undefined && foldName(next.name) !== foldName(contact.name)) {
      const clash = store.contactsWithNameKey(foldName(next.name)).find((c) => c.id !== contact.id);
      if (clash)
        throw new UserError(`${clash.name} is already in your network (${clash.slug})`, { hint: "choose a name that tells them apart" });
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
  ctx.say(`Updated ${safeText(updated.name, true)}${flags.restore ? " (restored)" : ""}.`);
}
