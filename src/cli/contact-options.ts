import { type Command, Option } from "commander";
import { type ContactFields, parseBirthday, parseMilestone } from "../domain/contacts.js";
import { durationDays, parseDuration } from "../domain/dates.js";
import { usageError } from "../domain/errors.js";
import { INTENTS, type Intent, TIERS, type Tier } from "../domain/model.js";
import { choiceOption, collect } from "./input.js";

/** The profile flags shared by `net add` and `net edit`. */
export function addContactOptions(command: Command): Command {
  return command
    .option("--company <name>", "company or organisation")
    .option("--role <title>", "role or job title")
    .option("--sector <sector>", "sector or industry (e.g. research, fintech)")
    .addOption(new Option("--internal", "inside your organisation").conflicts("external"))
    .addOption(new Option("--external", "outside your organisation").conflicts("internal"))
    .option("--where <place>", "where you met (event, place, introduction)")
    .option("--via <person>", 'who introduced you (met through them); --via "" forgets it')
    .addOption(choiceOption("--intent <intent>", "why this person matters", INTENTS))
    .addOption(choiceOption("--tier <tier>", "closeness: close 14d, active 30d, network 90d, dormant 180d", TIERS))
    .option("--cadence <duration>", "keep-in-touch cadence overriding the tier (10d, 2w, 3m)")
    .option("--email <address>", "email address (repeatable)", collect)
    .option("--phone <number>", "phone number (repeatable)", collect)
    .option("--tag <tag>", "tag (repeatable)", collect)
    .option("--note <text>", "notes about this person")
    .option("--birthday <MM-DD>", "birthday, MM-DD or YYYY-MM-DD")
    .option("--milestone <label:date>", 'a date worth celebrating, "label:YYYY-MM-DD" (repeatable)', collect)
    .option("--url <url>", "profile URL (LinkedIn, website)");
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
      const days = durationDays(parseDuration(flags.cadence, "cadence"));
      if (days > 3650) throw usageError(`a cadence of ${flags.cadence} is longer than ten years`, "use something like 2w, 3m or 1y");
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
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) throw usageError(`'${email}' is not an email address`, "write it like ada@example.org");
  }
  return fields;
}
