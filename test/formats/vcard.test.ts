import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { newContact } from "../../src/domain/contacts.js";
import type { Contact } from "../../src/domain/model.js";
import { FormatError } from "../../src/formats/errors.js";
import { readVCards, writeVCards } from "../../src/formats/vcard.js";
import { logicalLines, reescape } from "../../src/formats/vcard-lines.js";
import { fixture } from "./fixtures.js";

function failure(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

describe("normalisation before the parser", () => {
  it("unfolds continuation lines and joins quoted-printable soft breaks, keeping each line's first line number", () => {
    const lines = logicalLines("BEGIN:VCARD\r\nFN:Ada Love\r\n lace\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb\r\nEND:VCARD");
    expect(lines).toEqual([
      { line: 1, text: "BEGIN:VCARD" },
      { line: 2, text: "FN:Ada Lovelace" },
      { line: 4, text: "NOTE;ENCODING=QUOTED-PRINTABLE:ab" },
      { line: 6, text: "END:VCARD" },
    ]);
  });

  it.each([
    ["a\\;b", false, "a;b"],
    ["a\\;b", true, "a\\;b"],
    ["a\\,b\\nc\\\\d", false, "a\\,b\\nc\\\\d"],
    ["line\nbreak", false, "line\\nbreak"],
    ["stray \\x", false, "stray \\\\x"],
  ])("rewrites the escapes of %j (structured: %s) as %j", (raw, structured, expected) => {
    expect(reescape(raw, structured)).toBe(expected);
  });

  it("escapes bare commas in single values so a NOTE isn't split, and keeps them in lists", () => {
    expect(reescape("a, b", false, false)).toBe("a\\, b");
    expect(reescape("a,b", false, true)).toBe("a,b");
  });
});

describe("readVCards", () => {
  it("reads Android's vCard 2.1: quoted-printable with soft breaks and charsets, bare TEL;CELL types, photo ignored", () => {
    const [marie, chidi, jurgen] = readVCards(fixture("android-2.1.vcf"));
    expect(marie).toMatchObject({
      line: 1,
      name: "Marie Éloïse",
      phones: ["+33 6 12 34 56 78", "+33 1 23 45 67 89"],
      emails: ["marie@example.fr"],
      company: "Boulangerie Durand",
      role: "Gérante",
      notes: "Rencontrée au salon du chocolat, \nadore les croissants aux amandes; et le café.",
    });
    expect(chidi).toMatchObject({ line: 17, name: "Chidi Okafor", phones: ["+44 7700 900123"], birthday: "1990-04-03" });
    expect(jurgen).toMatchObject({ name: "Jürgen Müller", phones: ["030 1234567"] });
  });

  it("reads the iPhone's vCard 3.0: grouped properties, a birthday without its year, labelled dates, folded lines", () => {
    const [ada, grace] = readVCards(fixture("iphone-3.0.vcf"));
    expect(ada).toMatchObject({
      name: "Ada Lovelace",
      company: "Analytical Engines",
      role: "CTO",
      emails: ["ada@analytical.example"],
      phones: ["+44 20 7946 0958"],
      birthday: "--12-10",
      milestones: [{ label: "anniversary", date: "2012-07-08" }],
      profileUrl: "https://www.linkedin.com/in/ada-lovelace",
      notes: "Met at the Difference Engine meetup, London; wants to talk about\nnotes on Menabrea.",
    });
    expect(grace).toMatchObject({ name: "Grace Murray Hopper", company: "US Navy", role: "Rear Admiral", birthday: "1906-12-09" });
  });

  it("reads Google's vCard 3.0: categories become tags without the system labels, --MM-DD birthdays", () => {
    const [linus] = readVCards(fixture("google-3.0.vcf"));
    expect(linus).toMatchObject({ name: "Linus Torvalds", tags: ["Open Source"], birthday: "--12-28", emails: ["linus@example.org"] });
  });

  it("reads vCard 4.0 with non-ASCII names, escaped commas, semicolons, newlines and backslashes", () => {
    const [zoe] = readVCards(fixture("v4.vcf"));
    expect(zoe).toMatchObject({
      id: "5f0c2f7e-8d1b-4c3a-9a43-2b7f3c1d9e10",
      name: "Zoë Ñúñez-李",
      company: "Café, Té & Co",
      role: "Head of R&D",
      phones: ["+34-600-123-456"],
      birthday: "--03-15",
      milestones: [{ label: "anniversary", date: "2015-06-20" }],
      notes: "Likes a, b; c\nsecond line with a backslash \\ here",
      tags: ["climbing", "coffee, tea"],
    });
  });

  it("reads a file that starts with a byte-order mark", () => {
    expect(readVCards(fixture("bom.vcf")).map((p) => p.name)).toEqual(["Søren Kierkegaard"]);
  });

  it("fails on a truncated file, naming the line of the card that never ends", () => {
    const error = failure(() => readVCards(fixture("truncated.vcf")));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/END:VCARD is missing/);
  });

  it("fails on a line that is not a property, naming it", () => {
    const error = failure(() => readVCards("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nthis is not a property\nEND:VCARD\n"));
    expect(error.line).toBe(4);
  });

  it("fails on text outside a card and on a card opened inside another", () => {
    expect(failure(() => readVCards("hello\nBEGIN:VCARD\nEND:VCARD")).line).toBe(1);
    expect(failure(() => readVCards("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD")).line).toBe(3);
  });

  it("ignores a birthday it can't read instead of failing the import", () => {
    const [p] = readVCards("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nBDAY:sometime in 1815\nEND:VCARD\n");
    expect(p?.birthday).toBeNull();
  });
});

function contact(overrides: Partial<Contact>): Contact {
  const ids = { id: "0b8f6a52-6d1f-4d38-9a8e-6a4b8e3f2c11", slug: "ada-lovelace", now: "2026-01-01T00:00:00.000Z" };
  return { ...newContact({ name: "Ada Lovelace" }, ids), updatedAt: "2026-01-02T00:00:00.000Z", ...overrides };
}

describe("writeVCards", () => {
  const ada = contact({
    emails: ["ada@analytical.example"],
    phones: ["+44 20 7946 0958"],
    company: "Analytical Engines; Babbage & Co",
    role: "CTO, research",
    notes: "Long note about the Analytical Engine, Bernoulli numbers and a backslash \\ — with ünïcödé — on\nseveral lines",
    birthday: "--12-10",
    milestones: [
      { label: "anniversary", date: "2012-07-08" },
      { label: "joined Acme", date: "2024-03-01" },
    ],
    tags: ["maths", "a, b"],
    profileUrl: "https://www.linkedin.com/in/ada-lovelace",
  });

  it("writes vCard 4.0 that ical.js parses, with the net id as UID", () => {
    const text = writeVCards([ada]);
    const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(card.getFirstPropertyValue("version")).toBe("4.0");
    expect(card.getFirstPropertyValue("uid")).toBe(`urn:uuid:${ada.id}`);
    expect(card.getFirstPropertyValue("fn")).toBe("Ada Lovelace");
    expect(card.getFirstPropertyValue("note")).toBe(ada.notes);
    expect(card.getFirstProperty("categories")?.getValues()).toEqual(["maths", "a, b"]);
  });

  it("folds lines at 75 octets without splitting a character, with CRLF endings", () => {
    const text = writeVCards([ada]);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).not.toContain("\uFFFD");
  });

  it("reads back what it writes", () => {
    const [back] = readVCards(writeVCards([ada]));
    expect(back).toMatchObject({
      id: ada.id,
      name: ada.name,
      emails: ada.emails,
      phones: ada.phones,
      company: ada.company,
      role: ada.role,
      notes: ada.notes,
      birthday: ada.birthday,
      milestones: ada.milestones,
      tags: ada.tags,
      profileUrl: ada.profileUrl,
    });
  });

  it("round-trips any name, note and tag through its own reader", () => {
    const text = fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => s.trim() !== "" && !/[\r\0]/.test(s));
    fc.assert(
      fc.property(text, text, text, (name, notes, tag) => {
        const c = contact({ name: name.trim(), notes: notes.trim() || null, tags: [tag.trim()], company: tag.trim() });
        const [back] = readVCards(writeVCards([c]));
        expect(back?.name).toBe(c.name.replace(/\s+/g, " "));
        expect(back?.notes).toBe(c.notes);
        expect(back?.tags).toEqual(c.tags.filter((t) => t && !/^(mycontacts|starred)$/i.test(t) && !t.startsWith("*")));
        expect(back?.company).toBe(c.company);
      }),
      { numRuns: 200 },
    );
  });
});
