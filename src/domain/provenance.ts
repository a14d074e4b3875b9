/**
 * What net remembers about where a person's profile came from, beside the profile itself (table
 * contact_memory, read and written by import and edit only):
 * - what the last LinkedIn import said (company, position), so a later export is compared with
 *   LinkedIn's own previous word, not with a phone card that wrote the same job another way;
 * - the fields the user emptied on purpose (`net edit --company ""`), which no import fills again;
 * - the milestones a job change ended ("joined MedCo"), kept out of the congratulations.
 * Pure: the clock's day comes in.
 */
import type { IsoDate } from "./dates.js";
import type { Contact, Milestone } from "./model.js";
import { foldName } from "./names.js";

/** The fields `net edit` empties with `--field ""`, and imports fill when empty. */
export const CLEARABLE_FIELDS = ["company", "role", "sector", "metWhere", "notes", "birthday", "profileUrl"] as const;
export type ClearableField = (typeof CLEARABLE_FIELDS)[number];

export interface EndedMilestone extends Milestone {
  /** The day the job change that ended it was imported. */
  endedOn: IsoDate;
}

export interface ContactMemory {
  /** What the last LinkedIn import said; an empty cell there keeps the value before it. */
  linkedin?: { company: string | null; role: string | null };
  /** Fields the user emptied on purpose: imports leave them empty until the user fills them. */
  cleared?: ClearableField[];
  /** Milestones of a former company, ended by a job change. */
  ended?: EndedMilestone[];
}

/** Whether there is nothing to remember (the row can go). */
export function isEmptyMemory(memory: ContactMemory): boolean {
  return !memory.linkedin && !memory.cleared?.length && !memory.ended?.length;
}

// Legal forms dropped from the end of a company name when comparing ("Analytical Engines, Ltd.").
const LEGAL_SUFFIXES = new Set([
  "ltd",
  "limited",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "llc",
  "llp",
  "lp",
  "plc",
  "gmbh",
  "ag",
  "kg",
  "ug",
  "sa",
  "sas",
  "sasu",
  "sarl",
  "sca",
  "srl",
  "spa",
  "bv",
  "nv",
  "ab",
  "as",
  "asa",
  "oy",
  "oyj",
  "aps",
  "pty",
  "pvt",
  "kk",
  "sl",
  "se",
]);

/**
 * A company name as a comparison key: no case, accents or punctuation, without its legal form
 * ("Analytical Engines, Ltd." and "analytical engines" are one company; "S.A." is "sa").
 * The name itself when it is nothing but a legal form.
 */
export function companyKey(name: string): string {
  const words = foldName(name)
    .replace(/[.'\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let end = words.length;
  // "Babbage & Co." and "Foo Holdings Co., Ltd.": drop trailing legal forms, and an "and" left before one.
  while (end > 1 && (LEGAL_SUFFIXES.has(words[end - 1] as string) || (end < words.length && words[end - 1] === "and"))) end--;
  return words.slice(0, end).join(" ");
}

export function sameCompany(a: string, b: string): boolean {
  return companyKey(a) === companyKey(b);
}

/** Whether a milestone's label names the company ("joined MedCo" for "MedCo Inc."). */
export function namesCompany(label: string, company: string): boolean {
  const key = companyKey(company);
  if (!key) return false;
  const words = ` ${foldName(label)
    .replace(/[.'\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(" ")} `;
  return words.includes(` ${key} `);
}

/**
 * The memory after a `net edit`: a field emptied is remembered as cleared on purpose, a field
 * given a value is no longer.
 */
export function afterEdit(memory: ContactMemory, after: Contact, given: ReadonlySet<ClearableField>): ContactMemory {
  const cleared = new Set(memory.cleared ?? []);
  for (const field of CLEARABLE_FIELDS) {
    if (!given.has(field)) continue;
    if (after[field] === null || after[field] === "") cleared.add(field);
    else cleared.delete(field);
  }
  const next: ContactMemory = { ...memory, cleared: CLEARABLE_FIELDS.filter((f) => cleared.has(f)) };
  if (next.cleared?.length === 0) delete next.cleared;
  return next;
}
