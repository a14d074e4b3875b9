import { messages } from "../i18n/index.js";
import { addDays, type IsoDate, isIsoDate } from "./dates.js";
import { usageError } from "./errors.js";
import { type Circle, type Contact, cadenceOf, DEFAULT_TIER, type Intent, type Milestone, TIER_CADENCE_DAYS, type Tier } from "./model.js";

/** The fields a person can give for a contact (on add, edit, or from an import). */
export interface ContactFields {
  name?: string;
  emails?: string[];
  phones?: string[];
  company?: string | null;
  role?: string | null;
  sector?: string | null;
  circle?: Circle | null;
  metWhere?: string | null;
  metOn?: IsoDate | null;
  intent?: Intent | null;
  tier?: Tier;
  cadenceDays?: number | null;
  tags?: string[];
  notes?: string | null;
  birthday?: string | null;
  milestones?: Milestone[];
  profileUrl?: string | null;
}

/**
 * A yearly date as net keeps it: `--MM-DD` (no year; `02-29` is a day) or `YYYY-MM-DD` in the
 * years 1000 to 9999. Null when the text is neither. Birthdays and milestones, typed or imported.
 */
export function readYearlyDate(text: string): string | null {
  const t = text.trim();
  const m = /^(?:--)?(\d{2})-(\d{2})$/.exec(t);
  if (m && isIsoDate(`2000-${m[1]}-${m[2]}`)) return `--${m[1]}-${m[2]}`;
  return isIsoDate(t) ? t : null;
}

/** Reads `--birthday 12-10` (or `1815-12-10`) into `--MM-DD` or `YYYY-MM-DD`; `what` names the field in errors. */
export function parseBirthday(text: string, what?: string): string {
  const day = readYearlyDate(text);
  if (day) return day;
  const t = messages().people.fields;
  throw usageError(t.unreadableDate({ text, what: what ?? t.birthday }), t.unreadableDateHint);
}

/** Reads `--milestone "label:YYYY-MM-DD"` (or `label:MM-DD` for a yearly date). */
export function parseMilestone(text: string): Milestone {
  const at = text.lastIndexOf(":");
  const label = at > 0 ? text.slice(0, at).trim() : "";
  const date = at > 0 ? text.slice(at + 1).trim() : "";
  const t = messages().people.fields;
  if (!label) throw usageError(t.unreadableMilestone(text), t.unreadableMilestoneHint);
  return { label, date: parseBirthday(date, t.milestoneDate) };
}

/** Tags are kept as typed, minus surrounding spaces and duplicates (compared without case). */
export function mergeTags(existing: readonly string[], added: readonly string[], removed: readonly string[] = []): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const drop = new Set(removed.map((t) => t.trim().toLowerCase()));
  for (const raw of [...existing, ...added]) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key) || drop.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export function mergeList(existing: readonly string[], added: readonly string[], removed: readonly string[] = []): string[] {
  const drop = new Set(removed.map((v) => v.trim().toLowerCase()));
  const out: string[] = [];
  for (const raw of [...existing, ...added]) {
    const value = raw.trim();
    if (value && !drop.has(value.toLowerCase()) && !out.some((v) => v.toLowerCase() === value.toLowerCase())) out.push(value);
  }
  return out;
}

/** A new contact from what the user gave; ids and clock readings come from the caller. */
export function newContact(fields: ContactFields & { name: string }, ids: { id: string; slug: string; now: string }): Contact {
  return {
    id: ids.id,
    slug: ids.slug,
    name: fields.name.trim(),
    emails: mergeList([], fields.emails ?? []),
    phones: mergeList([], fields.phones ?? []),
    company: fields.company ?? null,
    role: fields.role ?? null,
    sector: fields.sector ?? null,
    circle: fields.circle ?? null,
    metWhere: fields.metWhere ?? null,
    metOn: fields.metOn ?? null,
    intent: fields.intent ?? null,
    tier: fields.tier ?? DEFAULT_TIER,
    cadenceDays: fields.cadenceDays ?? null,
    tags: mergeTags([], fields.tags ?? []),
    notes: fields.notes ?? null,
    birthday: fields.birthday ?? null,
    milestones: fields.milestones ?? [],
    profileUrl: fields.profileUrl ?? null,
    source: "added",
    createdAt: ids.now,
    updatedAt: ids.now,
    archivedAt: null,
    lastInteractionOn: null,
    keepInTouchDoneOn: null,
    metThrough: null,
  };
}

/**
 * The day keep-in-touch counts from: the last interaction (else when met, or when imported), or
 * the day its reminder was last marked done, whichever is later. The store keeps it on each
 * person's row (contacts.keep_in_touch_since, src/store/kept.ts), where the daily reads find it.
 */
export function keepInTouchSince(
  contact: Pick<Contact, "lastInteractionOn" | "metOn" | "createdAt" | "source" | "keepInTouchDoneOn">,
): IsoDate {
  // Someone imported with no history counts from the import, not from a years-old "connected on".
  const start = contact.source === "imported" ? contact.createdAt.slice(0, 10) : (contact.metOn ?? contact.createdAt.slice(0, 10));
  const since = contact.lastInteractionOn ?? start;
  const done = contact.keepInTouchDoneOn;
  return done && done > since ? done : since;
}

/** The day a contact is next due for a keep-in-touch gesture. */
export function nextDueOn(
  contact: Pick<Contact, "lastInteractionOn" | "metOn" | "createdAt" | "cadenceDays" | "tier" | "source" | "keepInTouchDoneOn">,
  tierCadences: Record<Tier, number> = TIER_CADENCE_DAYS,
): IsoDate {
  return addDays(keepInTouchSince(contact), cadenceOf(contact, tierCadences));
}
