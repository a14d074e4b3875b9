/**
 * Deciding what an import does, without touching anything: who is added, who is merged (and which
 * fields), who is skipped and why. Pure: existing contacts and the clock reading come in, a plan
 * goes out; src/store/transfer.ts writes it in one transaction.
 */
import { mergeList, mergeTags, newContact } from "../domain/contacts.js";
import type { IsoDate } from "../domain/dates.js";
import { append } from "../domain/lists.js";
import { type Contact, DEFAULT_TIER, type Interaction, type Milestone, type Tier } from "../domain/model.js";
import { foldName, type Transliterate, uniqueSlug } from "../domain/names.js";
import { type ContactMemory, namesCompany, sameCompany } from "../domain/provenance.js";
import type { NetExport, ReminderStateRecord, ReviewRecord } from "./json.js";
import { type ImportedPerson, urlKey } from "./record.js";

export type SkipReason = "no-name" | "up-to-date" | "archived" | "ambiguous" | "duplicate" | "id-conflict";

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
  /** Milestones of the former company the job change ended ("joined MedCo"). */
  ended: Milestone[];
}

export interface Added {
  line: number | null;
  contact: Contact;
}

export interface ImportPlan {
  added: Added[];
  merged: Merged[];
  skipped: Skipped[];
  /** What to remember of where profiles came from (src/domain/provenance.ts), for the people whose memory changed. */
  memory: { id: string; memory: ContactMemory }[];
}

export interface PlanOptions {
  /**
   * A LinkedIn export: authoritative for someone's current company and position. What it says is
   * remembered, and a later export that says otherwise is a job change.
   */
  jobChanges: boolean;
  tier?: Tier;
  tags: string[];
  /** The clock reading (created_at of new people) and its day (a job change ends milestones on it). */
  now: string;
  today: IsoDate;
  newId: () => string;
  /** What is remembered of each person's sources, by id (absent: nothing). */
  memory?: ReadonlyMap<string, ContactMemory>;
  /** For slugs of names in other scripts; loaded by the caller only when a name needs it. */
  transliterate?: Transliterate;
}

// ---------------------------------------------------------------------------
// Matching

interface Entry {
  contact: Contact;
  isNew: boolean;
  line: number | null;
  merged: Merged | null;
  /** What is remembered of this person's sources, as this import leaves it. */
  memory?: ContactMemory;
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

/**
 * The note of the `news` interaction a job change logs: stored in the database and shown by --json,
 * so in net's own words whatever the language (the import's report says it in the language spoken).
 */
export function jobNote(company: string | null, role: string | null): string {
  // i18n-ignore: stored data, see above
  if (role && company) return `new role: ${role} at ${company}`;
  if (role) return `new role: ${role}`; // i18n-ignore: stored data
  return `new role at ${company ?? "a new company"}`; // i18n-ignore: stored data
}

type FillField = "company" | "role" | "notes" | "birthday" | "profileUrl" | "metOn" | "sector" | "circle" | "metWhere" | "intent";

export interface MergeResult {
  contact: Contact;
  fields: string[];
  jobChange: JobChange | null;
  ended: Milestone[];
  memory: ContactMemory;
}

/**
 * Brings what a file knows into a contact without overwriting anything the user wrote: empty
 * fields are filled (not those the user emptied on purpose), lists (emails, phones, tags,
 * milestones) gain new values.
 *
 * With `jobChanges` (a LinkedIn export), the company and position are compared with what the last
 * LinkedIn import said, not with the profile, which another source or the user may have written
 * another way ("Chief Technology Officer" at "Analytical Engines, Ltd." from a phone). A different
 * company (compared without case, punctuation or legal form) or position there is a job change:
 * the profile takes the new one, the milestones naming the former company end, and it is news.
 * An empty value is never news, and neither is the first LinkedIn import of someone.
 */
export function mergeInto(
  existing: Contact,
  incoming: Partial<Omit<Contact, "id" | "emails" | "phones" | "tags" | "milestones">> &
    Pick<ImportedPerson, "emails" | "phones" | "tags" | "milestones">,
  options: { jobChanges: boolean; tags: readonly string[]; memory?: ContactMemory; today?: IsoDate },
): MergeResult {
  const c: Contact = { ...existing };
  const fields: string[] = [];
  const memory: ContactMemory = { ...options.memory };
  const cleared = new Set<string>(memory.cleared ?? []);
  let jobChange: JobChange | null = null;
  let ended: Milestone[] = [];

  if (options.jobChanges) {
    const newCompany = incoming.company?.trim() || null;
    const newRole = incoming.role?.trim() || null;
    const said = memory.linkedin;
    const companyChanged = Boolean(said?.company && newCompany && !sameCompany(said.company, newCompany));
    const roleChanged = Boolean(said?.role && newRole && !same(said.role, newRole));
    if (companyChanged || roleChanged) {
      const company = companyChanged ? newCompany : (newCompany ?? said?.company ?? null);
      jobChange = { company, role: newRole, previous: { company: existing.company, role: existing.role }, note: jobNote(company, newRole) };
      const set = (field: "company" | "role", value: string | null) => {
        if (cleared.has(field) || same(c[field], value)) return;
        c[field] = value;
        fields.push(field);
      };
      if (companyChanged) {
        set("company", newCompany);
        // A position at the former company is not one at the new one.
        set("role", newRole);
        const former = [said?.company, existing.company].filter(
          (f): f is string => Boolean(f) && !sameCompany(f as string, newCompany as string),
        );
        ended = c.milestones.filter((m) => former.some((f) => namesCompany(m.label, f)));
        if (ended.length > 0) {
          c.milestones = c.milestones.filter((m) => !ended.includes(m));
          fields.push("milestones");
          memory.ended = [...(memory.ended ?? []), ...ended.map((m) => ({ ...m, endedOn: options.today ?? "" }))];
        }
      } else set("role", newRole);
    }
    // An empty cell keeps what LinkedIn said before: a later value is compared with that.
    memory.linkedin = {
      company: newCompany ?? said?.company ?? null,
      role: newRole ?? (companyChanged ? null : (said?.role ?? null)),
    };
  }

  const fill = (field: FillField) => {
    const value = incoming[field];
    if (cleared.has(field)) return;
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
  // A milestone a job change ended does not come back with the next phone import.
  const gone = memory.ended ?? [];
  const milestones = mergeMilestones(
    c.milestones,
    incoming.milestones.filter((m) => !gone.some((g) => g.date === m.date && foldName(g.label) === foldName(m.label))),
  );
  if (milestones.length !== c.milestones.length && !fields.includes("milestones")) fields.push("milestones");
  c.milestones = milestones;
  return { contact: c, fields, jobChange, ended, memory };
}

// ---------------------------------------------------------------------------
// Plans

/** The plan for people read from a vCard, LinkedIn or Google file. */
export function planImport(existing: readonly Contact[], people: readonly ImportedPerson[], options: PlanOptions): ImportPlan {
  const index = new Index(existing);
  const plan: ImportPlan = { added: [], merged: [], skipped: [], memory: [] };
  const added: Entry[] = [];
  /** People whose memory this import read, with what it was before (to write only the changed ones). */
  const remembered = new Map<Entry, string>();
  const memoryOf = (entry: Entry): ContactMemory => {
    if (!remembered.has(entry)) {
      entry.memory ??= options.memory?.get(entry.contact.id) ?? {};
      remembered.set(entry, JSON.stringify(entry.memory));
    }
    return entry.memory as ContactMemory;
  };

  for (const read of people) {
    // A meeting can't be in the future (as for `net add`): a later "connected on" is not kept, so
    // every day stored passes the check a JSON import of its export applies.
    const person = read.metOn && read.metOn > options.today ? { ...read, metOn: null } : read;
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
          { id, slug: uniqueSlug(name, (s) => index.slugs.has(s), options.transliterate), now: options.now },
        ),
        source: "imported",
      };
      const entry: Entry = { contact, isNew: true, line: person.line, merged: null, memory: {} };
      remembered.set(entry, "{}");
      // What LinkedIn says now is what the next export is compared with.
      if (options.jobChanges) entry.memory = { linkedin: { company: contact.company, role: contact.role } };
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
    const result = mergeInto(
      entry.contact,
      { ...person, emails },
      { jobChanges: options.jobChanges && !entry.isNew, tags: options.tags, memory: memoryOf(entry), today: options.today },
    );
    entry.contact = result.contact;
    entry.memory = result.memory;
    index.reindex(entry);
    if (entry.isNew || entry.merged) {
      // The same person twice in one file: what the second record adds goes to the first.
      const merged = entry.merged;
      if (merged) {
        merged.contact = result.contact;
        append(
          merged.fields,
          result.fields.filter((f) => !merged.fields.includes(f)),
        );
        merged.jobChange ??= result.jobChange;
        append(merged.ended, result.ended);
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
    // A job change is news even when the profile keeps its fields (a company the user cleared).
    if (result.fields.length === 0 && !result.jobChange) {
      plan.skipped.push({ line: person.line, name, reason: "up-to-date", slug: entry.contact.slug });
      // A later duplicate of this row in the same file is then a duplicate, not a second merge.
      entry.merged = { line: person.line, contact: entry.contact, fields: [], jobChange: null, ended: [] };
      continue;
    }
    entry.merged = { line: person.line, contact: result.contact, fields: result.fields, jobChange: result.jobChange, ended: result.ended };
    plan.merged.push(entry.merged);
  }
  plan.added = added.map((e) => ({ line: e.line, contact: e.contact }));
  for (const [entry, before] of remembered)
    if (entry.memory && JSON.stringify(entry.memory) !== before) plan.memory.push({ id: entry.contact.id, memory: entry.memory });
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
  /** Days keep-in-touch was marked done (`net done`) on the other machine, later than here. */
  keptInTouch: { id: string; day: IsoDate }[];
  /** Who introduced whom ("met through"), for people here who have no one recorded yet. */
  metThrough: { id: string; via: string }[];
  /** Settings in the file that are not imported (unknown to this net). */
  settingsLeftOut: string[];
  interactions: Interaction[];
  interactionsSkipped: number;
  reminderState: ReminderStateRecord[];
  reviews: ReviewRecord[];
  settings: [string, unknown][];
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

/** Whether two records with the same id are the same person: the same name, or an email or profile in common. */
function samePerson(a: Contact, b: Contact): boolean {
  if (foldName(a.name) === foldName(b.name)) return true;
  const emails = new Set(a.emails.map((e) => e.trim().toLowerCase()));
  if (b.emails.some((e) => emails.has(e.trim().toLowerCase()))) return true;
  return Boolean(a.profileUrl && b.profileUrl && urlKey(a.profileUrl) === urlKey(b.profileUrl));
}

export interface JsonPlanOptions {
  transliterate?: Transliterate;
  /**
   * `--force-ids`: a record whose id is someone's here is that person, whatever its name. Without
   * it, an id match with a different person (another name, no email or profile in common) is a
   * conflict: skipped with its reason, never an overwrite of the person here.
   */
  forceIds?: boolean;
}

/**
 * The plan for a net JSON export. New people keep their ids (so later exports keep merging);
 * a person with the same id is updated from the export when the export's copy was edited later,
 * otherwise only their empty fields are filled; someone matched by email, URL or name is merged.
 * Interactions, reminder state, reviews and settings already present are kept as they are.
 * Derived values (a person's latest interaction) are not taken from the file: the store works
 * them out again from the interactions (src/store/kept.ts).
 */
export function planJsonImport(local: LocalState, doc: NetExport, options: JsonPlanOptions = {}): JsonPlan {
  const index = new Index(local.contacts);
  const plan: JsonPlan = {
    added: [],
    merged: [],
    skipped: [],
    memory: [],
    keptInTouch: [],
    metThrough: [],
    settingsLeftOut: doc.settingsLeftOut ?? [],
    interactions: [],
    interactionsSkipped: 0,
    reminderState: [],
    reviews: [],
    settings: [],
  };
  /** Export id → id in this database (absent: the person was skipped). */
  const ids = new Map<string, string>();
  /** Export ids that name someone else here: nothing of theirs is imported. */
  const conflicting = new Set<string>();
  const keptInTouch = (id: string, mine: IsoDate | null | undefined, theirs: IsoDate | null | undefined) => {
    if (theirs && (!mine || theirs > mine)) plan.keptInTouch.push({ id, day: theirs });
  };

  for (const incoming of doc.contacts) {
    const match = index.find(incoming);
    if (match.kind === "ambiguous") {
      plan.skipped.push({ line: null, name: incoming.name, reason: "ambiguous", slug: null });
      continue;
    }
    if (match.kind === "none") {
      const contact: Contact = {
        ...incoming,
        slug: index.slugs.has(incoming.slug) ? uniqueSlug(incoming.name, (s) => index.slugs.has(s), options.transliterate) : incoming.slug,
        // Worked out from the interactions once they are written.
        lastInteractionOn: null,
      };
      index.add({ contact, isNew: true, line: null, merged: null });
      plan.added.push({ line: null, contact });
      keptInTouch(contact.id, null, incoming.keepInTouchDoneOn);
      ids.set(incoming.id, contact.id);
      continue;
    }
    const entry = match.entry;
    if (!entry.isNew && entry.contact.id === incoming.id && !options.forceIds && !samePerson(entry.contact, incoming)) {
      plan.skipped.push({ line: null, name: incoming.name, reason: "id-conflict", slug: entry.contact.slug });
      conflicting.add(incoming.id);
      continue;
    }
    ids.set(incoming.id, entry.contact.id);
    if (entry.isNew) {
      plan.skipped.push({ line: null, name: incoming.name, reason: "duplicate", slug: entry.contact.slug });
      continue;
    }
    const before = entry.contact;
    keptInTouch(before.id, before.keepInTouchDoneOn, incoming.keepInTouchDoneOn);
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
    plan.merged.push({ line: null, contact: after, fields, jobChange: null, ended: [] });
  }

  // "Met through" points at a person of the file (or one already here): taken for the people who
  // have no one recorded yet, when that person is known here after the import; otherwise left out.
  const localById = new Map(local.contacts.map((c) => [c.id, c]));
  for (const incoming of doc.contacts) {
    const id = ids.get(incoming.id);
    if (!id || !incoming.metThrough || conflicting.has(incoming.metThrough)) continue;
    const via = ids.get(incoming.metThrough) ?? (localById.has(incoming.metThrough) ? incoming.metThrough : undefined);
    if (!via || via === id || localById.get(id)?.metThrough) continue;
    if (!plan.metThrough.some((m) => m.id === id)) plan.metThrough.push({ id, via });
  }

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
    plan.interactions.push({ ...interaction, people });
  }

  const remap = (key: string) => {
    let out = key;
    for (const [from, to] of ids) if (from !== to && out.includes(from)) out = out.split(from).join(to);
    return out;
  };
  for (const state of doc.reminderState) {
    // A reminder about someone whose id is another person's here is not theirs to take.
    if ([...conflicting].some((id) => state.key.includes(id))) continue;
    const key = remap(state.key);
    const mine = local.reminderState.get(key);
    if (!mine || state.updatedAt > mine.updatedAt) plan.reminderState.push({ ...state, key });
  }
  plan.reviews = doc.reviews.filter((r) => !local.reviewIds.has(r.id));
  plan.settings = Object.entries(doc.settings).filter(([key]) => !local.settingKeys.has(key));
  return plan;
}
