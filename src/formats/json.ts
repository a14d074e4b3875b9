import { readYearlyDate } from "../domain/contacts.js";
import { addDays, type IsoDate, isIsoDate } from "../domain/dates.js";
import { CIRCLES, type Contact, DIRECTIONS, INTENTS, type Interaction, KINDS, type Milestone, TIERS } from "../domain/model.js";
import {
  cardTextProblem,
  GOAL_TARGETS,
  goalProblem,
  isIntent,
  type ParamUnit,
  type RuleUnits,
  ruleParamProblem,
} from "../domain/settings.js";
import { messages } from "../i18n/index.js";
import { FormatError } from "./errors.js";
import { MAX_FIELD_CHARS } from "./limits.js";

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
  /** On reading: settings in the file that are not imported (this machine's own, or unknown to this net). */
  settingsLeftOut?: string[];
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

/**
 * What a JSON import is checked against besides the file itself: `today` (days that can't be in
 * the future, such as a meeting, may be at most one day ahead: another machine's clock may be in a
 * later time zone) and the rules' parameter units (for the `rules` setting). Without `rules`, any
 * rule named in the settings is unknown.
 */
export interface JsonChecks {
  today?: IsoDate;
  rules?: RuleUnits;
}

type Check = (value: unknown) => boolean;

// Every value passes the check the command that sets it applies (`net add`, `net log`, `net rules
// set`…), and no text is longer than a field may be (src/formats/limits.ts).
const str: Check = (v) => typeof v === "string" && v.length <= MAX_FIELD_CHARS;
const nonEmpty: Check = (v) => str(v) && (v as string).trim() !== "";
const textOrNull: Check = (v) => v === null || str(v);
const key: Check = (v) => nonEmpty(v) && (v as string).length <= 1000;
const day: Check = (v) => typeof v === "string" && isIsoDate(v);
const dayOrNull: Check = (v) => v === null || day(v);
const texts: Check = (v) => Array.isArray(v) && v.every(str);
/** A created_at/updated_at stamp: a day in range, then the time. */
const stamp: Check = (v) =>
  typeof v === "string" && v.length <= 64 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && isIsoDate(v.slice(0, 10));
const stampOrNull: Check = (v) => v === null || stamp(v);
const yearly: Check = (v) => typeof v === "string" && readYearlyDate(v) === v;
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);

/** A day that can't be in the future (a meeting, an interaction), with a day of leeway for time zones. */
function pastDay(today: IsoDate | undefined): Check {
  const latest = today ? addDays(today, 1) : null;
  return (v) => day(v) && (latest === null || (v as string) <= latest);
}

function contactFields(checks: JsonChecks): Record<string, Check> {
  const past = pastDay(checks.today);
  return {
    id: key,
    slug: (v) => key(v) && /^[a-z0-9-]+$/.test(v as string),
    name: nonEmpty,
    emails: texts,
    phones: texts,
    company: textOrNull,
    role: textOrNull,
    sector: textOrNull,
    circle: (v) => v === null || oneOf(CIRCLES)(v),
    metWhere: textOrNull,
    metOn: (v) => v === null || past(v),
    // An empty intent is no intent (older exports wrote it so).
    intent: (v) => v === null || v === "" || oneOf(INTENTS)(v),
    tier: oneOf(TIERS),
    // As `--cadence`: a whole number of days, at most ten years.
    cadenceDays: (v) => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 3650),
    tags: texts,
    notes: textOrNull,
    birthday: (v) => v === null || yearly(v),
    milestones: (v) =>
      Array.isArray(v) && v.every((m) => m && typeof m === "object" && nonEmpty((m as Milestone).label) && yearly((m as Milestone).date)),
    profileUrl: textOrNull,
    source: oneOf(["added", "imported"]),
    createdAt: stamp,
    updatedAt: stamp,
    archivedAt: stampOrNull,
    // Written by `net done`, kept across machines; absent in older exports.
    keepInTouchDoneOn: (v) => v === undefined || v === null || past(v),
    // Who introduced you (an id of the export); absent in older exports.
    metThrough: (v) => v === undefined || v === null || key(v),
    // lastInteractionOn is derived (from the interactions): not read, worked out again on import.
  };
}

function interactionFields(checks: JsonChecks): Record<string, Check> {
  const past = pastDay(checks.today);
  return {
    id: key,
    date: past,
    kind: oneOf(KINDS),
    direction: oneOf(DIRECTIONS),
    note: textOrNull,
    followUpOn: dayOrNull,
    eventName: textOrNull,
    createdAt: stamp,
    people: (v) => Array.isArray(v) && v.every(key),
  };
}

const REMINDER_FIELDS: Record<string, Check> = { key, doneOn: dayOrNull, snoozedUntil: dayOrNull, updatedAt: stamp };
const REVIEW_FIELDS: Record<string, Check> = {
  id: key,
  period: (v) => key(v) && (v as string).length <= 100,
  periodFrom: day,
  periodTo: day,
  reviewedOn: day,
  createdAt: stamp,
};

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
  const says = messages().transfer;
  if (!Array.isArray(list)) throw new FormatError(says.notAList(key), null);
  list.forEach((record, index) => {
    if (!record || typeof record !== "object") throw new FormatError(says.recordNotObject({ key, index }), null);
    for (const [field, check] of Object.entries(fields)) {
      const value = (record as Record<string, unknown>)[field];
      if (!check(value))
        throw new FormatError(says.fieldInvalid({ key, index, field, value: JSON.stringify(value) ?? null }), lineOfRecord(text, record));
    }
  });
  return list as T[];
}

/** Settings that belong to the machine they were made on: never imported. */
const LOCAL_SETTINGS = new Set(["nudge.shown"]);

/** The line of a settings key, to point at a bad value: the key's first appearance after "settings". */
function lineOfSetting(text: string, name: string): number | null {
  const from = text.indexOf('"settings"');
  if (from < 0) return null;
  const at = text.indexOf(JSON.stringify(name), from);
  return at >= 0 ? lineOf(text, at) : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The settings a net export brings, each checked as the command that sets it checks it (`net
 * rules set`, `net goals set`, `net card`); a bad one fails the file, naming it. Settings of the
 * machine they were made on (nudge's numbered list) are left out; settings this net doesn't know
 * are left out and listed.
 */
function checkSettings(
  text: string,
  settings: Record<string, unknown>,
  checks: JsonChecks,
): { settings: Record<string, unknown>; leftOut: string[] } {
  const kept: Record<string, unknown> = {};
  const leftOut: string[] = [];
  const says = messages().transfer;
  const fail = (what: string, problem: string, at: string): never => {
    throw new FormatError(says.settingIs({ what, problem }), lineOfSetting(text, at));
  };
  for (const [name, value] of Object.entries(settings)) {
    // Not data: what nudge last showed on the other machine (`net done 2` there).
    if (LOCAL_SETTINGS.has(name)) continue;
    if (name === "rules") {
      if (!isObject(value)) fail("rules", says.notAnObject, name);
      for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
        const units = checks.rules?.[id];
        if (!units) fail(`rules.${id}`, says.unknownRule, id);
        if (!isObject(entry)) fail(`rules.${id}`, says.notAnObject, id);
        const { enabled, params, ...rest } = entry as Record<string, unknown>;
        const extra = Object.keys(rest)[0];
        if (extra !== undefined) fail(`rules.${id}.${extra}`, says.notForRule, extra);
        if (enabled !== undefined && typeof enabled !== "boolean") fail(`rules.${id}.enabled`, says.notTrueOrFalse, id);
        if (params === undefined) continue;
        if (!isObject(params)) fail(`rules.${id}.params`, says.notAnObject, id);
        for (const [param, v] of Object.entries(params as Record<string, unknown>)) {
          const unit = (units as Record<string, ParamUnit>)[param];
          if (!unit) fail(`rules.${id}.params.${param}`, says.unknownParam(id), param);
          const problem = ruleParamProblem(unit as ParamUnit, v);
          if (problem) fail(`rules.${id}.params.${param}`, says.withValue({ problem, value: JSON.stringify(v) }), param);
        }
      }
    } else if (name === "goals") {
      if (!isObject(value)) fail("goals", says.notAnObject, name);
      const known = new Set<string>(Object.values(GOAL_TARGETS));
      for (const [goal, v] of Object.entries(value as Record<string, unknown>)) {
        if (!known.has(goal)) fail(`goals.${goal}`, says.unknownGoal, goal);
        const problem = goalProblem(v);
        if (problem) fail(`goals.${goal}`, says.withValue({ problem, value: JSON.stringify(v) }), goal);
      }
    } else if (name === "intentions") {
      if (!Array.isArray(value) || !value.every(isIntent)) fail("intentions", says.notAListOf(INTENTS.join(", ")), name);
    } else if (name === "card") {
      if (!isObject(value)) fail("card", says.notAnObject, name);
      const card = value as Record<string, unknown>;
      const problem = cardTextProblem(card.text) ?? (str(card.text) ? null : says.longerThan(says.characters(MAX_FIELD_CHARS)));
      if (problem) fail("card.text", says.withValue({ problem, value: String(JSON.stringify(card.text)).slice(0, 40) }), name);
      if (!day(card.updatedOn)) fail("card.updatedOn", says.notADay(String(JSON.stringify(card.updatedOn))), name);
    } else {
      leftOut.push(name);
      continue;
    }
    kept[name] = value;
  }
  return { settings: kept, leftOut };
}

/** Reads and checks a net JSON export; a broken or foreign file fails with the line at fault. */
export function readJson(text: string, checks: JsonChecks = {}): NetExport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+)/.exec(message);
    const line = position ? lineOf(text, Number(position[1])) : lineCol ? Number(lineCol[1]) : lineOf(text, text.length);
    // Cut by index: a `.*$` regex would retry from every position of a message quoting the file.
    const at = message.indexOf(" in JSON at position "); // i18n-ignore: JSON.parse's own words, cut off
    const reason = (at < 0 ? message : message.slice(0, at)).replace(/^JSON\.parse: /, "");
    throw new FormatError(messages().transfer.notValidJson(reason), line);
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || (doc as { format?: unknown }).format !== JSON_FORMAT)
    throw new FormatError(messages().transfer.notNetExport, 1);
  const d = doc as Record<string, unknown>;
  if (typeof d.version !== "number" || d.version > JSON_VERSION)
    throw new FormatError(messages().transfer.newerExport({ version: String(d.version), known: JSON_VERSION }), null);
  const settings = d.settings ?? {};
  if (!isObject(settings)) throw new FormatError(messages().transfer.settingsNotObject, null);
  const checked = checkSettings(text, settings, checks);
  return {
    format: JSON_FORMAT,
    version: d.version,
    exportedOn: typeof d.exportedOn === "string" ? d.exportedOn : "",
    contacts: checkList<Contact>(text, d, "contacts", contactFields(checks)).map((c) => ({
      ...c,
      // An empty intent is no intent (the rules and the store's ranking both read it so).
      intent: c.intent === ("" as string) ? null : c.intent,
      // Derived from the interactions: worked out again once they are in, never taken as given.
      lastInteractionOn: null,
      keepInTouchDoneOn: c.keepInTouchDoneOn ?? null,
      metThrough: c.metThrough ?? null,
    })),
    interactions: checkList<Interaction>(text, d, "interactions", interactionFields(checks)),
    reminderState: checkList<ReminderStateRecord>(text, d, "reminderState", REMINDER_FIELDS),
    reviews: checkList<ReviewRecord>(text, d, "reviews", REVIEW_FIELDS),
    settings: checked.settings,
    settingsLeftOut: checked.leftOut,
  };
}
