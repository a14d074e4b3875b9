import { type IsoDate, isIsoDate } from "../domain/dates.js";
import { type Contact, DIRECTIONS, type Interaction, KINDS, TIERS } from "../domain/model.js";
import { FormatError } from "./errors.js";

export const JSON_FORMAT = "net";
export const JSON_VERSION = 1;

export interface ReminderStateRecord {
  key: string;
  doneOn: IsoDate | null;
  snoozedUntil: IsoDate | null;
  updatedAt: string;
}

export interface ReviewRecord {
  id: string;
  period: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  reviewedOn: IsoDate;
  createdAt: string;
}

/** Everything in a net database, as `net export --format json` writes it. */
export interface NetData {
  contacts: Contact[];
  interactions: Interaction[];
  reminderState: ReminderStateRecord[];
  reviews: ReviewRecord[];
  settings: Record<string, unknown>;
}

export interface NetExport extends NetData {
  format: typeof JSON_FORMAT;
  version: number;
  exportedOn: IsoDate;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The export, in a stable order (so two exports of the same data are the same text). */
export function writeJson(data: NetData, exportedOn: IsoDate): string {
  const doc: NetExport = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedOn,
    contacts: [...data.contacts].sort((a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id)),
    interactions: [...data.interactions]
      .map((i) => ({ ...i, people: [...i.people].sort() }))
      .sort((a, b) => byText(a.date, b.date) || byText(a.createdAt, b.createdAt) || byText(a.id, b.id)),
    reminderState: [...data.reminderState].sort((a, b) => byText(a.key, b.key)),
    reviews: [...data.reviews].sort((a, b) => byText(a.reviewedOn, b.reviewedOn) || byText(a.id, b.id)),
    settings: Object.fromEntries(Object.entries(data.settings).sort(([a], [b]) => byText(a, b))),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Line of a character offset in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

/** Whether the text looks like a net JSON export (for format detection). */
export function looksLikeNetJson(text: string): boolean {
  return /^\s*\{/.test(text) && /"format"\s*:\s*"net"/.test(text.slice(0, 2000));
}

type Check = (value: unknown) => boolean;
const str: Check = (v) => typeof v === "string";
const strOrNull: Check = (v) => v === null || typeof v === "string";
const day: Check = (v) => typeof v === "string" && isIsoDate(v);
const dayOrNull: Check = (v) => v === null || day(v);
const strings: Check = (v) => Array.isArray(v) && v.every(str);

const CONTACT_FIELDS: Record<string, Check> = {
  id: (v) => str(v) && (v as string).length > 0,
  slug: (v) => str(v) && /^[a-z0-9-]+$/.test(v as string),
  name: (v) => str(v) && (v as string).trim().length > 0,
  emails: strings,
  phones: strings,
  company: strOrNull,
  role: strOrNull,
  sector: strOrNull,
  circle: (v) => v === null || v === "internal" || v === "external",
  metWhere: strOrNull,
  metOn: dayOrNull,
  intent: strOrNull,
  tier: (v) => (TIERS as readonly unknown[]).includes(v),
  cadenceDays: (v) => v === null || (Number.isInteger(v) && (v as number) > 0),
  tags: strings,
  notes: strOrNull,
  birthday: strOrNull,
  milestones: (v) => Array.isArray(v) && v.every((m) => m && str(m.label) && str(m.date)),
  profileUrl: strOrNull,
  source: (v) => v === "added" || v === "imported",
  createdAt: str,
  updatedAt: str,
  archivedAt: strOrNull,
  lastInteractionOn: dayOrNull,
};

const INTERACTION_FIELDS: Record<string, Check> = {
  id: (v) => str(v) && (v as string).length > 0,
  date: day,
  kind: (v) => (KINDS as readonly unknown[]).includes(v),
  direction: (v) => (DIRECTIONS as readonly unknown[]).includes(v),
  note: strOrNull,
  followUpOn: dayOrNull,
  eventName: strOrNull,
  createdAt: str,
  people: strings,
};

const REMINDER_FIELDS: Record<string, Check> = { key: str, doneOn: dayOrNull, snoozedUntil: dayOrNull, updatedAt: str };
const REVIEW_FIELDS: Record<string, Check> = { id: str, period: str, periodFrom: day, periodTo: day, reviewedOn: day, createdAt: str };

/** Finds the line where `"id": "<id>"` first appears, to point at a bad record. */
function lineOfRecord(text: string, record: unknown): number | null {
  const id =
    record && typeof record === "object" ? ((record as { id?: unknown; key?: unknown }).id ?? (record as { key?: unknown }).key) : null;
  if (typeof id !== "string") return null;
  const at = text.indexOf(JSON.stringify(id));
  return at >= 0 ? lineOf(text, at) : null;
}

function checkList<T>(text: string, doc: Record<string, unknown>, key: string, fields: Record<string, Check>): T[] {
  const list = doc[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new FormatError(`"${key}" should be a list`, null);
  list.forEach((record, index) => {
    if (!record || typeof record !== "object") throw new FormatError(`${key}[${index}] is not an object`, null);
    for (const [field, check] of Object.entries(fields)) {
      const value = (record as Record<string, unknown>)[field];
      if (!check(value))
        throw new FormatError(
          `${key}[${index}].${field} is missing or not valid (${JSON.stringify(value) ?? "missing"})`,
          lineOfRecord(text, record),
        );
    }
  });
  return list as T[];
}

/** Reads and checks a net JSON export; a broken or foreign file fails with the line at fault. */
export function readJson(text: string): NetExport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+)/.exec(message);
    const line = position ? lineOf(text, Number(position[1])) : lineCol ? Number(lineCol[1]) : lineOf(text, text.length);
    // Cut by index: a `.*$` regex would retry from every position of a message quoting the file.
    const at = message.indexOf(" in JSON at position ");
    const reason = (at < 0 ? message : message.slice(0, at)).replace(/^JSON\.parse: /, "");
    throw new FormatError(`not valid JSON (${reason})`, line);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || (doc as { format?: unknown }).format !== JSON_FORMAT)
    throw new FormatError('not a net export (no "format": "net")', 1);
  const d = doc as Record<string, unknown>;
  if (typeof d.version !== "number" || d.version > JSON_VERSION)
    throw new FormatError(`written by a newer net (export version ${String(d.version)}; this net reads up to ${JSON_VERSION})`, null);
  const settings = d.settings ?? {};
  if (typeof settings !== "object" || settings === null || Array.isArray(settings))
    throw new FormatError('"settings" should be an object', null);
  return {
    format: JSON_FORMAT,
    version: d.version,
    exportedOn: typeof d.exportedOn === "string" ? d.exportedOn : "",
    // An empty intent is no intent (the rules and the store's ranking both read it so).
    contacts: checkList<Contact>(text, d, "contacts", CONTACT_FIELDS).map((c) =>
      c.intent === ("" as string) ? { ...c, intent: null } : c,
    ),
    interactions: checkList<Interaction>(text, d, "interactions", INTERACTION_FIELDS),
    reminderState: checkList<ReminderStateRecord>(text, d, "reminderState", REMINDER_FIELDS),
    reviews: checkList<ReviewRecord>(text, d, "reviews", REVIEW_FIELDS),
    settings: settings as Record<string, unknown>,
  };
}
