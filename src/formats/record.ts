import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat.js";
import utc from "dayjs/plugin/utc.js";
import { FIRST_YEAR, type IsoDate, isIsoDate } from "../domain/dates.js";
import type { Milestone } from "../domain/model.js";

/** The formats `net import` reads. */
export const IMPORT_FORMATS = ["vcard", "linkedin", "google", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A person as read from an import file, before it is matched against the network. */
export interface ImportedPerson {
  /** The line of the file where this person's record starts (for messages). */
  line: number;
  /** A net id when the file carries one (a net vCard's UID). */
  id: string | null;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  notes: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  birthday: string | null;
  milestones: Milestone[];
  tags: string[];
  profileUrl: string | null;
  metOn: IsoDate | null;
}

export function emptyPerson(line: number): ImportedPerson {
  return {
    line,
    id: null,
    name: "",
    emails: [],
    phones: [],
    company: null,
    role: null,
    notes: null,
    birthday: null,
    milestones: [],
    tags: [],
    profileUrl: null,
    metOn: null,
  };
}

/** Trimmed text, or null when empty. */
export function textOrNull(value: string | undefined | null): string | null {
  const t = value?.trim() ?? "";
  return t === "" ? null : t;
}

/** Joins name parts with single spaces. */
export function joinName(...parts: (string | undefined | null)[]): string {
  return parts
    .map((p) => p?.trim() ?? "")
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ");
}

/**
 * Reads the birthday and anniversary forms exports use: `1985-12-10`, `19851210`,
 * `--12-10`, `--1210`, with or without a time after it. Null when it isn't a valid day.
 * A year before 1000 is read as no year (`--MM-DD`).
 * `omitYear` (Apple's X-APPLE-OMIT-YEAR) marks a placeholder year.
 */
export function readDay(text: string | null | undefined, omitYear?: string | null): string | null {
  // Cut at the time by index: /T.*$/ retries from every T of a long field, quadratic in its length.
  const full = (text ?? "").trim();
  const time = full.search(/t/i);
  const t = time < 0 ? full : full.slice(0, time);
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [m[1] as string, m[2] as string, m[3] as string];
    // A year before 1000 (`0000`, `0001`) is a placeholder for "no year", as Apple's omitted one is.
    const noYear = Number(y) < FIRST_YEAR || (omitYear && omitYear.trim() === y);
    if (!isIsoDate(`${noYear ? "2000" : y}-${mo}-${d}`)) return null;
    if (noYear) return `--${mo}-${d}`;
    return `${y}-${mo}-${d}`;
  }
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  if (m && isIsoDate(`2000-${m[1]}-${m[2]}`)) return `--${m[1]}-${m[2]}`;
  return null;
}

// LinkedIn's dates go through dayjs's customParseFormat (strict: "31 Feb 2025" is no day), once the
// spellings exports use are brought to one: any case, a month of three letters or more ("Dec",
// "DEC", "December", "Dec."), dashes or spaces, the day first or the month first.
dayjs.extend(customParseFormat);
dayjs.extend(utc);

/** LinkedIn's `Connected On`: `07 Dec 2025` (also `Dec 07, 2025` and ISO days). Null when unreadable. */
export function readConnectedOn(text: string): IsoDate | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  let m = /^(\d{1,2})[ -]([A-Za-z]{3,})\.?[ -](\d{4})$/.exec(t);
  if (m) [day, month, year] = [m[1], m[2], m[3]];
  m = /^([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) [month, day, year] = [m[1], m[2], m[3]];
  if (!day || !month || !year) return null;
  const name = `${month.charAt(0).toUpperCase()}${month.slice(1, 3).toLowerCase()}`;
  const parsed = dayjs.utc(`${Number(day)} ${name} ${year}`, "D MMM YYYY", true);
  if (!parsed.isValid()) return null;
  const iso = parsed.format("YYYY-MM-DD");
  return isIsoDate(iso) ? iso : null;
}

/**
 * A profile URL as a comparison key: no scheme, no `www.`, no query or trailing slash, lower case.
 * `https://www.linkedin.com/in/Ada-L/` and `http://linkedin.com/in/ada-l` are the same person.
 */
export function urlKey(url: string): string {
  const key = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/^www\./, "");
  // Cut by index, not with /[?#].*$/ and /\/+$/: those retry from every ? or / of a long value
  // (an imported field can be anything), quadratic in its length.
  const query = key.search(/[?#]/);
  const path = query < 0 ? key : key.slice(0, query);
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}

/** Whether a URL is someone's profile page (LinkedIn and the like), worth keeping as the profile URL. */
export function isProfileUrl(url: string): boolean {
  return /(^|\.)linkedin\.com\/in\//.test(urlKey(url)) || /^(xing\.com\/profile|github\.com\/[^/]+$)/.test(urlKey(url));
}

/** Emails compared without case or surrounding spaces; `mailto:` dropped. */
export function cleanEmail(value: string): string {
  return value.trim().replace(/^mailto:/i, "");
}
