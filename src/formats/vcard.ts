import ICAL from "ical.js";
import type { Contact } from "../domain/model.js";
import { messages } from "../i18n/index.js";
import { contentLine, escapeText, joinContentLines } from "./content-line.js";
import { FormatError } from "./errors.js";
import { cleanEmail, emptyPerson, type ImportedPerson, isProfileUrl, joinName, readDay, textOrNull } from "./record.js";
import { normaliseCard, readCards } from "./vcard-lines.js";

type JProp = [string, Record<string, string | string[]>, string, ...unknown[]];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function values(prop: JProp): unknown[] {
  return prop.slice(3);
}

/** A property's first value as text (structured values give their first component). */
function first(prop: JProp | undefined): string {
  if (!prop) return "";
  const v = prop[3];
  if (Array.isArray(v)) return String(v[0] ?? "");
  return v === undefined || v === null ? "" : String(v);
}

function structured(prop: JProp | undefined): string[] {
  if (!prop) return [];
  const v = prop[3];
  if (Array.isArray(v)) return v.map((c) => (Array.isArray(c) ? c.join(" ") : String(c ?? "")));
  return [String(v ?? "")];
}

/** Apple's labels: `_$!<Anniversary>!$_` → `anniversary`. */
function appleLabel(text: string): string {
  const m = /^_\$!<(.*)>!\$_$/.exec(text.trim());
  return (m ? (m[1] as string) : text.trim()).toLowerCase();
}

/** One parsed card (jCard) as a person. */
function toPerson(jcard: unknown, line: number): ImportedPerson {
  const props = ((jcard as [string, JProp[]])[1] ?? []) as JProp[];
  const all = (name: string) => props.filter((p) => p[0] === name);
  const one = (name: string) => props.find((p) => p[0] === name);
  const person = emptyPerson(line);

  const n = structured(one("n"));
  person.name = joinName(first(one("fn"))) || joinName(n[3], n[1], n[2], n[0], n[4]) || first(one("org")) || first(one("email"));
  person.emails = all("email")
    .map((p) => cleanEmail(first(p)))
    .filter(Boolean);
  person.phones = all("tel")
    .map((p) => first(p).replace(/^tel:/i, "").trim())
    .filter(Boolean);
  person.company = textOrNull(first(one("org")));
  person.role = textOrNull(first(one("title"))) ?? textOrNull(first(one("role")));
  const notes = all("note")
    .map((p) => first(p).trim())
    .filter(Boolean);
  person.notes = notes.length ? notes.join("\n") : null;
  person.tags = all("categories").flatMap((p) => values(p).map((v) => String(v).trim()));
  person.tags = person.tags.filter((t) => t && !/^(mycontacts|starred)$/i.test(t) && !t.startsWith("*"));

  const bday = one("bday");
  if (bday) {
    const omit = bday[1]["x-apple-omit-year"];
    person.birthday = readDay(first(bday), typeof omit === "string" ? omit : null);
  }
  for (const p of all("anniversary").concat(all("x-anniversary"))) {
    const date = readDay(first(p));
    if (date) person.milestones.push({ label: "anniversary", date });
  }
  // Apple's custom dates: item2.X-ABDATE with item2.X-ABLabel; net's own milestones on export.
  for (const p of all("x-abdate").concat(all("x-net-milestone"))) {
    const omit = p[1]["x-apple-omit-year"];
    const date = readDay(first(p), typeof omit === "string" ? omit : null);
    if (!date) continue;
    const group = p[1].group;
    const labelProp = group ? props.find((q) => q[0] === "x-ablabel" && q[1].group === group) : undefined;
    const explicit = p[1].label;
    const label = typeof explicit === "string" ? explicit : labelProp ? appleLabel(first(labelProp)) : "date";
    person.milestones.push({ label, date });
  }
  const urls = all("url").map((p) => first(p).trim());
  person.profileUrl = urls.find(isProfileUrl) ?? null;
  const uid = first(one("uid")).replace(/^urn:uuid:/i, "");
  person.id = UUID.test(uid) ? uid.toLowerCase() : null;
  return person;
}

/**
 * Reads vCard 2.1, 3.0 and 4.0: the normalisation step (vcard-lines.ts) makes each card clean,
 * then ical.js parses it. PHOTO and other binaries are ignored.
 */
export function readVCards(text: string): ImportedPerson[] {
  const people: ImportedPerson[] = [];
  for (const card of readCards(text)) {
    let parsed: unknown;
    try {
      parsed = ICAL.parse(normaliseCard(card));
    } catch (error) {
      throw new FormatError(messages().transfer.cardUnreadable((error as Error).message), card.line);
    }
    people.push(toPerson(parsed, card.line));
  }
  return people;
}

/** The N property's guess from a display name: last word is the family name. */
function nameParts(name: string): [string, string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [name.trim(), ""];
  return [words[words.length - 1] as string, words.slice(0, -1).join(" ")];
}

function vDate(date: string): string {
  return date.startsWith("--") ? `--${date.slice(2).replace("-", "")}` : date.replace(/-/g, "");
}

/** One vCard 4.0 per contact, UTF-8, lines folded at 75 octets, CRLF. The UID is the net id. */
export function writeVCards(contacts: readonly Contact[]): string {
  const lines: string[] = [];
  for (const c of contacts) {
    const [family, given] = nameParts(c.name);
    lines.push("BEGIN:VCARD", "VERSION:4.0");
    lines.push(contentLine("UID", UUID.test(c.id) ? `urn:uuid:${c.id}` : escapeText(c.id)));
    lines.push(contentLine("FN", escapeText(c.name)));
    lines.push(contentLine("N", `${escapeText(family)};${escapeText(given)};;;`));
    for (const email of c.emails) lines.push(contentLine("EMAIL", escapeText(email)));
    for (const phone of c.phones) lines.push(contentLine("TEL;VALUE=text", escapeText(phone)));
    if (c.company) lines.push(contentLine("ORG", escapeText(c.company)));
    if (c.role) lines.push(contentLine("TITLE", escapeText(c.role)));
    if (c.birthday) lines.push(contentLine("BDAY", vDate(c.birthday)));
    for (const m of c.milestones) {
      if (m.label.toLowerCase() === "anniversary") lines.push(contentLine("ANNIVERSARY", vDate(m.date)));
      else lines.push(contentLine(`X-NET-MILESTONE;LABEL="${m.label.replace(/["\r\n]/g, "'")}"`, vDate(m.date)));
    }
    if (c.tags.length) lines.push(contentLine("CATEGORIES", c.tags.map((t) => escapeText(t)).join(",")));
    if (c.profileUrl) lines.push(contentLine("URL", c.profileUrl.replace(/[\r\n]/g, "")));
    if (c.notes) lines.push(contentLine("NOTE", escapeText(c.notes)));
    lines.push(contentLine("REV", `${c.updatedAt.replace(/[-:]/g, "").replace(/\.\d+/, "")}`));
    lines.push("END:VCARD");
  }
  return joinContentLines(lines);
}
