/**
 * Deciding what an import does, without touching anything: who is added, who is merged (and which
 * fields), who is skipped and why. Pure: existing contacts and the clock reading come in, a plan
 * goes out; src/store/transfer.ts writes it in one transaction.
 */
import { mergeList, mergeTags, newContact } from "../domain/contacts.js";
import { type Contact, DEFAULT_TIER, type Interaction, type Milestone, type Tier } from "../domain/model.js";
import { foldName, uniqueSlug } from "../domain/names.js";
import type { NetExport, ReminderStateRecord, ReviewRecord } from "./json.js";
import { type ImportedPerson, urlKey } from "./record.js";

export type SkipReason = "no-name" | "up-to-date" | "archived" | "ambiguous" | "duplicate";

export const SKIP_REASONS: Record<SkipReason, string> = {
  "no-name": "without a name",
  "up-to-date": "already in your network, nothing new",
  archived: "archived in your network (net edit <who> --restore brings them back)",
  ambiguous: "several people in your network have that name",
  duplicate: "appear twice in the file",
};

export interface Skipped {
  line: number | null;
  name: string;
  reason: SkipReason;
  /** Who in the network it refers to, when anyone. */
  slug: string | null;
}

export interface JobChange {
  company: string | null;
  role: string | null;
  previous: { company: string | null; role: string | null };
  /** The `news` interaction's note: "new role: Position at Company". */
  note: string;
}

export interface Merged {
  line: number | null;
  contact: Contact;
  /** Fields that changed, in the order they changed. */
  fields: string[];
  jobChange: JobChange | null;
}

export interface Added {
  line: number | null;
  contact: Contact;
}

export interface ImportPlan {
  added: Added[];
  merged: Merged[];
  skipped: Skipped[];
}

export interface PlanOptions {
  /** LinkedIn exports are authoritative for someone's current company and position. */
  jobChanges: boolean;
  tier?: Tier;
  tags: string[];
  now: string;
  newId: () => string;
}

// ---------------------------------------------------------------------------
// Matching

interface Entry {
  contact: Contact;
  isNew: boolean;
  line: number | null;
  merged: Merged | null;
}

export type Match = { kind: "found"; entry: Entry } | { kind: "ambiguous"; entries: Entry[] } | { kind: "none" };

/** Everyone known (existing and planned), indexed by id, email, profile URL and folded name. */
class Index {
  private readonly byId = new Map<string, Entry>();
  private readonly byEmail = new Map<string, Entry>();
  private readonly byUrl = new Map<string, Entry>();
  private readonly byName = new Map<string, Entry[]>();
  readonly slugs = new Set<string>();

  constructor(existing: readonly Contact[]) {
    for (const contact of existing) this.add({ contact, isNew: false, line: null, merged: null });
  }

  add(entry: Entry): void {
    this.byId.set(entry.contact.id, entry);
    this.slugs.add(entry.contact.slug);
    const key = foldName(entry.contact.name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), entry]);
    this.reindex(entry);
  }

  /** After a merge: new emails and URLs find this entry too. */
  reindex(entry: Entry): void {
    for (const email of entry.contact.emails) if (!this.byEmail.has(email.toLowerCase())) this.byEmail.set(email.toLowerCase(), entry);
    if (entry.contact.profileUrl && !this.byUrl.has(urlKey(entry.contact.profileUrl)))
      this.byUrl.set(urlKey(entry.contact.profileUrl), entry);
  }

  /** An address is one person's: true when someone other than `entry` already has it. */
  ownedByOther(email: string, entry: Entry): boolean {
    const owner = this.byEmail.get(email.trim().toLowerCase());
    return owner !== undefined && owner !== entry;
  }

  hasId(id: string): boolean {
    return this.byId.has(id);
  }

  find(person: { id?: string | null; emails: readonly string[]; profileUrl: string | null; name: string }): Match {
    const byId = person.id ? this.byId.get(person.id) : undefined;
    if (byId) return { kind: "found", entry: byId };
    for (const email of person.emails) {
      const hit = this.byEmail.get(email.trim().toLowerCase());
      if (hit) return { kind: "found", entry: hit };
    }
    if (person.profileUrl) {
      const hit = this.byUrl.get(urlKey(person.profileUrl));
      if (hit) return { kind: "found", entry: hit };
    }
    const named = this.byName.get(foldName(person.name)) ?? [];
    if (named.length === 1) return { kind: "found", entry: named[0] as Entry };
    if (named.length > 1) return { kind: "ambiguous", entries: named };
    return { kind: "none" };
  }
}

// ---------------------------------------------------------------------------
// Merging

const same = (a: string | null, b: string | null) =>
  (a ?? "").trim().replace(/\s+/g, " ").toLowerCase() === (b ?? "").trim().replace(/\s+/g, " ").toLowerCase();

/** A phone number as a comparison key: its digits (and a leading +). */
function phoneKey(phone: string): string {
  const t = phone.trim();
  return (t.startsWith("+") ? "+" : "") + t.replace(/\D/g, "");
}

function mergePhones(existing: readonly string[], added: readonly string[]): string[] {
  const out = [...existing];
  const keys = new Set(existing.map(phoneKey));
  for (const raw of added) {
    const phone = raw.trim();
    if (phone && !keys.has(phoneKey(phone))) {
      keys.add(phoneKey(phone));
      out.push(phone);
    }
  }
  return out;
}

function mergeMilestones(existing: readonly Milestone[], added: readonly Milestone[]): Milestone[] {
  const out = [...existing];
  for (const m of added)
    if (!out.some((o) => o.date === m.date && foldName(o.label) === foldName(m.label))) out.push({ label: m.label, date: m.date });
  return out;
}

export function jobNote(company: string | null, role: string | null): string {
  if (role && company) return `new role: ${role} at ${company}`;
  if (role) return `new role: ${role}`;
  return `new role at ${company ?? "a new company"}`;
}

type FillField = "company" | "role" | "notes" | "birthday" | "profileUrl" | "metOn" | "sector" | "circle" | "metWhere" | "intent";

/**
 * Brings what a file knows into a contact without overwriting anything the user wrote: empty
 * fields are filled, lists (emails, phones, tags, milestones) gain new values. With `jobChanges`,
 * a different company or position replaces the old one and is reported as a job change.
 */
export function mergeInto(
  existing: Contact,
  incoming: Partial<Omit<Contact, "id" | "emails" | "phones" | "tags" | "milestones">> &
    Pick<ImportedPerson, "emails" | "phones" | "tags" | "milestones">,
  options: { jobChanges: boolean; tags: readonly string[] },
): { contact: Contact; fields: string[]; jobChange: JobChange | null } {
  const c: Contact = { ...existing };
  const fields: string[] = [];
  let jobChange: JobChange | null = null;

  const newCompany = incoming.company?.trim() || null;
  const newRole = incoming.role?.trim() || null;
  if (
    options.jobChanges &&
    (existing.company || existing.role) &&
    ((newCompany && existing.company && !same(newCompany, existing.company)) || (newRole && existing.role && !same(newRole, existing.role)))
  ) {
    const company = newCompany ?? (same(newRole, existing.role) ? existing.company : null);
    jobChange = { company, role: newRole, previous: { company: existing.company, role: existing.role }, note: jobNote(company, newRole) };
    if (!same(company, existing.company)) fields.push("company");
    if (!same(newRole, existing.role)) fields.push("role");
    c.company = company;
    c.role = newRole;
  }

  const fill = (field: FillField) => {
    const value = incoming[field];
    if ((c[field] === null || c[field] === "") && value !== null && value !== undefined && value !== "") {
      (c as unknown as Record<string, unknown>)[field] = value;
      fields.push(field);
    }
  };
  for (const field of ["company", "role", "sector", "circle", "metWhere", "metOn", "intent", "birthday", "profileUrl", "notes"] as const)
    fill(field);
  if (c.cadenceDays === null && incoming.cadenceDays) {
    c.cadenceDays = incoming.cadenceDays;
    fields.push("cadenceDays");
  }

  const emails = mergeList(c.emails, incoming.emails);
  if (emails.length !== c.emails.length) fields.push("emails");
  c.emails = emails;
  const phones = mergePhones(c.phones, incoming.phones);
  if (phones.length !== c.phones.length) fields.push("phones");
  c.phones = phones;
  const tags = mergeTags(c.tags, [...incoming.tags, ...options.tags]);
  if (tags.length !== c.tags.length) fields.push("tags");
  c.tags = tags;
  const milestones = mergeMilestones(c.milestones, incoming.milestones);
  if (milestones.length !== c.milestones.length) fields.push("milestones");
  c.milestones = milestones;
  return { contact: c, fields, jobChange };
}

// ---------------------------------------------------------------------------
// Plans

/** The plan for people read from a vCard, LinkedIn or Google file. */
export function planImport(existing: readonly Contact[], people: readonly ImportedPerson[], options: PlanOptions): ImportPlan {
  const index = new Index(existing);
  const plan: ImportPlan = { added: [], merged: [], skipped: [] };
  const added: Entry[] = [];

  for (const person of people) {
    const name = person.name.trim();
    if (!name) {
      plan.skipped.push({ line: person.line, name: "", reason: "no-name", slug: null });
      continue;
    }
    const match = index.find(person);
    if (match.kind === "ambiguous") {
      plan.skipped.push({ line: person.line, name, reason: "ambiguous", slug: null });
      continue;
    }
    if (match.kind === "none") {
      const id = person.id && !index.hasId(person.id) ? person.id : options.newId();
      const contact: Contact = {
        ...newContact(
          {
            name,
            emails: person.emails,
            phones: mergePhones([], person.phones),
            company: person.company,
            role: person.role,
            notes: person.notes,
            birthday: person.birthday,
            milestones: mergeMilestones([], person.milestones),
            profileUrl: person.profileUrl,
            metOn: person.metOn,
            tier: options.tier ?? DEFAULT_TIER,
            tags: mergeTags(person.tags, options.tags),
          },
          { id, slug: uniqueSlug(name, (s) => index.slugs.has(s)), now: options.now },
        ),
        source: "imported",
      };
      const entry: Entry = { contact, isNew: true, line: person.line, merged: null };
      index.add(entry);
      added.push(entry);
      continue;
    }

    const entry = match.entry;
    if (!entry.isNew && entry.contact.archivedAt) {
      plan.skipped.push({ line: person.line, name, reason: "archived", slug: entry.contact.slug });
      continue;
    }
    // An address someone else already has stays theirs: copying it would make the next import
    // find the wrong person (and imports would stop being repeatable).
    const emails = person.emails.filter((e) => !index.ownedByOther(e, entry));
    const result = mergeInto(entry.contact, { ...person, emails }, { jobChanges: options.jobChanges && !entry.isNew, tags: options.tags });
    entry.contact = result.contact;
    index.reindex(entry);
    if (entry.isNew || entry.merged) {
      // The same person twice in one file: what the second record adds goes to the first.
      const merged = entry.merged;
      if (merged) {
        merged.contact = result.contact;
        merged.fields.push(...result.fields.filter((f) => !merged.fields.includes(f)));
        merged.jobChange ??= result.jobChange;
        if (merged.fields.length > 0 && !plan.merged.includes(merged)) {
          // It was up to date until this record: a merge after all.
          plan.merged.push(merged);
          const stale = plan.skipped.findIndex((s) => s.reason === "up-to-date" && s.line === merged.line);
          if (stale >= 0) plan.skipped.splice(stale, 1);
        }
      }
      plan.skipped.push({ line: person.line, name, reason: "duplicate", slug: entry.contact.slug });
      continue;
    }
    if (result.fields.length === 0) {
      plan.skipped.push({ line: person.line, name, reason: "up-to-date", slug: entry.contact.slug });
      // A later duplicate of this row in the same file is then a duplicate, not a second merge.
      entry.merged = { line: person.line, contact: entry.contact, fields: [], jobChange: null };
      continue;
    }
    entry.merged = { line: person.line, contact: result.contact, fields: result.fields, jobChange: result.jobChange };
    plan.merged.push(entry.merged);
  }
  plan.added = added.map((e) => ({ line: e.line, contact: e.contact }));
  return plan;
}

// ---------------------------------------------------------------------------
// A net JSON export

export interface LocalState {
  contacts: readonly Contact[];
  interactionIds: ReadonlySet<string>;
  reminderState: ReadonlyMap<string, ReminderStateRecord>;
  reviewIds: ReadonlySet<string>;
  settingKeys: ReadonlySet<string>;
}

export interface JsonPlan extends ImportPlan {
  interactions: Interaction[];
  interactionsSkipped: number;
  reminderState: ReminderStateRecord[];
  reviews: ReviewRecord[];
  settings: [string, unknown][];
  /** Contacts whose latest interaction must be worked out again. */
  touched: string[];
}

const PROFILE_FIELDS = [
  "name",
  "emails",
  "phones",
  "company",
  "role",
  "sector",
  "circle",
  "metWhere",
  "metOn",
  "intent",
  "tier",
  "cadenceDays",
  "tags",
  "notes",
  "birthday",
  "milestones",
  "profileUrl",
  "archivedAt",
] as const;

/**
 * The plan for a net JSON export. New people keep their ids (so later exports keep merging);
 * a person with the same id is updated from the export when the export's copy was edited later,
 * otherwise only their empty fields are filled; someone matched by email, URL or name is merged.
 * Interactions, reminder state, reviews and settings already present are kept as they are.
 */
export function planJsonImport(local: LocalState, doc: NetExport): JsonPlan {
  const index = new Index(local.contacts);
  const plan: JsonPlan = {
    added: [],
    merged: [],
    skipped: [],
    interactions: [],
    interactionsSkipped: 0,
    reminderState: [],
    reviews: [],
    settings: [],
    touched: [],
  };
  /** Export id → id in this database (absent: the person was skipped). */
  const ids = new Map<string, string>();

  for (const incoming of doc.contacts) {
    const match = index.find(incoming);
    if (match.kind === "ambiguous") {
      plan.skipped.push({ line: null, name: incoming.name, reason: "ambiguous", slug: null });
      continue;
    }
    if (match.kind === "none") {
      const contact: Contact = {
        ...incoming,
        slug: index.slugs.has(incoming.slug) ? uniqueSlug(incoming.name, (s) => index.slugs.has(s)) : incoming.slug,
      };
      index.add({ contact, isNew: true, line: null, merged: null });
      plan.added.push({ line: null, contact });
      ids.set(incoming.id, contact.id);
      continue;
    }
    const entry = match.entry;
    ids.set(incoming.id, entry.contact.id);
    if (entry.isNew) {
      plan.skipped.push({ line: null, name: incoming.name, reason: "duplicate", slug: entry.contact.slug });
      continue;
    }
    const before = entry.contact;
    let after: Contact;
    let fields: string[];
    if (before.id === incoming.id && incoming.updatedAt > before.updatedAt) {
      // The same person, edited later elsewhere: the export's profile wins.
      after = { ...before };
      for (const field of PROFILE_FIELDS) (after as unknown as Record<string, unknown>)[field] = incoming[field];
      after.createdAt = [incoming.createdAt, before.createdAt].sort()[0] as string;
      fields = PROFILE_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
    } else {
      const emails = incoming.emails.filter((e) => !index.ownedByOther(e, entry));
      ({ contact: after, fields } = mergeInto(before, { ...incoming, emails }, { jobChanges: false, tags: [] }));
    }
    if (fields.length === 0) {
      plan.skipped.push({ line: null, name: incoming.name, reason: "up-to-date", slug: before.slug });
      continue;
    }
    entry.contact = after;
    index.reindex(entry);
    plan.merged.push({ line: null, contact: after, fields, jobChange: null });
  }

  const touched = new Set<string>();
  for (const interaction of doc.interactions) {
    if (local.interactionIds.has(interaction.id)) {
      plan.interactionsSkipped++;
      continue;
    }
    const people = [...new Set(interaction.people.flatMap((id) => (ids.has(id) ? [ids.get(id) as string] : [])))];
    if (people.length === 0 && interaction.people.length > 0) {
      plan.interactionsSkipped++;
      continue;
    }
    for (const id of people) touched.add(id);
    plan.interactions.push({ ...interaction, people });
  }
  plan.touched = [...touched];

  const remap = (key: string) => {
    let out = key;
    for (const [from, to] of ids) if (from !== to && out.includes(from)) out = out.split(from).join(to);
    return out;
  };
  for (const state of doc.reminderState) {
    const key = remap(state.key);
    const mine = local.reminderState.get(key);
    if (!mine || state.updatedAt > mine.updatedAt) plan.reminderState.push({ ...state, key });
  }
  plan.reviews = doc.reviews.filter((r) => !local.reviewIds.has(r.id));
  plan.settings = Object.entries(doc.settings).filter(([key]) => !local.settingKeys.has(key));
  return plan;
}
