import { type Command, Option } from "commander";
import { type ContactFields, parseBirthday, parseMilestone } from "../domain/contacts.js";
import { durationDays, parseDuration } from "../domain/dates.js";
import { usageError } from "../domain/errors.js";
import { INTENTS, type Intent, TIERS, type Tier } from "../domain/model.js";
import { messages } from "../i18n/index.js";
import { choiceOption, collect } from "./input.js";

/** The profile flags shared by `net add` and `net edit`. */
export function addContactOptions(command: Command): Command {
  const t = messages().people.options;
  return command
    .option("--company <name>", t.company)
    .option("--role <title>", t.role)
    .option("--sector <sector>", t.sector)
    .addOption(new Option("--internal", t.internal).conflicts("external"))
    .addOption(new Option("--external", t.external).conflicts("internal"))
    .option("--where <place>", t.where)
    .option("--via <person>", t.via)
    .addOption(choiceOption("--intent <intent>", t.intent, INTENTS))
    .addOption(choiceOption("--tier <tier>", t.tier, TIERS))
    .option("--cadence <duration>", t.cadence)
    .option("--email <address>", t.email, collect)
    .option("--phone <number>", t.phone, collect)
    .option("--tag <tag>", t.tag, collect)
    .option("--note <text>", t.note)
    .option("--birthday <MM-DD>", t.birthday)
    .option("--milestone <label:date>", t.milestone, collect)
    .option("--url <url>", t.url);
}

export interface ContactFlagValues {
  company?: string;
  role?: string;
  sector?: string;
  internal?: boolean;
  external?: boolean;
  where?: string;
  /** Who introduced you: a name, slug or id, resolved by the command (`""` clears). */
  via?: string;
  intent?: Intent;
  tier?: Tier;
  cadence?: string;
  email?: string[];
  phone?: string[];
  tag?: string[];
  note?: string;
  birthday?: string;
  milestone?: string[];
  url?: string;
}

/** An empty value (`--company ""`) clears a field. */
function text(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Turns flag values into contact fields, checking each. Fields not given stay undefined. */
export function fieldsFromFlags(flags: ContactFlagValues): ContactFields {
  const t = messages().people.fields;
  const fields: ContactFields = {};
  const set = <K extends keyof ContactFields>(key: K, value: ContactFields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set("company", text(flags.company));
  set("role", text(flags.role));
  set("sector", text(flags.sector));
  set("circle", flags.internal ? "internal" : flags.external ? "external" : undefined);
  set("metWhere", text(flags.where));
  set("intent", flags.intent);
  set("tier", flags.tier);
  if (flags.cadence !== undefined) {
    if (flags.cadence === "" || flags.cadence === "tier") fields.cadenceDays = null;
    else {
      const days = durationDays(parseDuration(flags.cadence, t.cadence));
      if (days > 3650) throw usageError(t.cadenceTooLong(flags.cadence), t.cadenceTooLongHint);
      fields.cadenceDays = days;
    }
  }
  set("emails", flags.email);
  set("phones", flags.phone);
  set("tags", flags.tag);
  set("notes", text(flags.note));
  if (flags.birthday !== undefined) fields.birthday = flags.birthday.trim() === "" ? null : parseBirthday(flags.birthday);
  set("milestones", flags.milestone?.map(parseMilestone));
  set("profileUrl", text(flags.url));
  for (const email of flags.email ?? []) {
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) throw usageError(t.notEmail(email), t.notEmailHint);
  }
  return fields;
}
