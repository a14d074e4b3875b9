import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/formats/detect.js";
import { FormatError } from "../../src/formats/errors.js";
import { labelsToTags, readGoogle, splitMulti } from "../../src/formats/google.js";
import { readLinkedIn } from "../../src/formats/linkedin.js";
import { readConnectedOn, readDay, urlKey } from "../../src/formats/record.js";
import { fixture } from "./fixtures.js";

describe("readLinkedIn", () => {
  it("finds the header after the Notes: preamble and maps columns by name (CRLF, quoted fields with doubled quotes)", () => {
    const people = readLinkedIn(fixture("linkedin-connections.csv"));
    expect(people.map((p) => p.name)).toEqual(["Ada Lovelace", "Grace Hopper", "Chidi Okafor", "Zoë Ñúñez-李", ""]);
    expect(people[0]).toMatchObject({
      line: 5,
      company: "Analytical Engines",
      role: "CTO",
      profileUrl: "https://www.linkedin.com/in/ada-lovelace",
      metOn: "2025-12-07",
      emails: [],
    });
    expect(people[1]?.emails).toEqual(["grace@navy.example"]);
    expect(people[2]).toMatchObject({ company: "Moral Philosophy, Inc.", role: 'Professor of "Ethics"', metOn: "2023-01-03" });
  });

  it("reads older exports that have no URL column", () => {
    const people = readLinkedIn(fixture("linkedin-old.csv"));
    expect(people).toHaveLength(2);
    expect(people[0]).toMatchObject({ name: "Ada Lovelace", emails: ["ada@analytical.example"], profileUrl: null, metOn: "2019-12-07" });
  });

  it("fails, naming the first line, when there is no LinkedIn header", () => {
    expect(() => readLinkedIn("a,b\n1,2\n")).toThrow(FormatError);
  });

  it.each([
    ["07 Dec 2025", "2025-12-07"],
    ["7 Dec 2025", "2025-12-07"],
    ["Dec 07, 2025", "2025-12-07"],
    ["2025-12-07", "2025-12-07"],
    ["31 Feb 2025", null],
    ["yesterday", null],
  ])("reads Connected On %j as %j", (text, expected) => {
    expect(readConnectedOn(text)).toBe(expected);
  });
});

describe("readGoogle", () => {
  it("reads the current layout: ` ::: ` multi-values, labels as tags without system labels, events as milestones", () => {
    const [margaret, katherine, acme, nobody] = readGoogle(fixture("google-current.csv"));
    expect(margaret).toMatchObject({
      name: "Margaret Hamilton",
      company: "MIT",
      role: "Director of Software Engineering",
      birthday: "1936-08-17",
      emails: ["margaret@mit.example", "mh@apollo.example"],
      phones: ["+1 617 555 0199"],
      tags: ["Work", "Space"],
      profileUrl: "https://linkedin.com/in/margaret-hamilton/",
      notes: "Apollo guidance software.\nAsk about the priority display.",
    });
    expect(katherine).toMatchObject({ birthday: "--08-26", tags: [], milestones: [{ label: "anniversary", date: "1939-11-25" }] });
    expect(acme?.name).toBe("Acme Plumbing");
    expect(nobody?.name).toBe("");
  });

  it("reads the legacy layout (Name, Given Name, …, Group Membership, E-mail 1 - Type)", () => {
    const [dorothy, mary] = readGoogle(fixture("google-legacy.csv"));
    expect(dorothy).toMatchObject({
      name: "Dorothy Vaughan",
      company: "NACA",
      role: "Supervisor",
      birthday: "1910-09-20",
      tags: ["Mentors"],
      emails: ["dorothy@nasa.example"],
      phones: ["+1 757 555 0142"],
    });
    expect(mary?.emails).toEqual(["mary@nasa.example", "mary.jackson@example.org"]);
  });

  it("splits multi-value cells and drops system labels", () => {
    expect(splitMulti("a ::: b :::  c ")).toEqual(["a", "b", "c"]);
    expect(labelsToTags("* myContacts ::: Work ::: * starred ::: Climbing")).toEqual(["Work", "Climbing"]);
  });
});

describe("readDay and urlKey", () => {
  it.each([
    ["1985-12-10", null, "1985-12-10"],
    ["19851210", null, "1985-12-10"],
    ["--12-10", null, "--12-10"],
    ["--1210", null, "--12-10"],
    ["1604-12-18", "1604", "--12-18"],
    ["1985-12-10T00:00:00Z", null, "1985-12-10"],
    ["2025-02-30", null, null],
  ])("reads %j (omit year %j) as %j", (text, omit, expected) => {
    expect(readDay(text, omit)).toBe(expected);
  });

  it("treats the same profile written differently as one key", () => {
    expect(urlKey("https://www.linkedin.com/in/Ada-L/")).toBe(urlKey("http://linkedin.com/in/ada-l?trk=x"));
  });
});

describe("detectFormat", () => {
  it.each([
    ["android-2.1.vcf", "vcard"],
    ["iphone-3.0.vcf", "vcard"],
    ["v4.vcf", "vcard"],
    ["bom.vcf", "vcard"],
    ["linkedin-connections.csv", "linkedin"],
    ["linkedin-old.csv", "linkedin"],
    ["google-current.csv", "google"],
    ["google-legacy.csv", "google"],
    ["unknown.csv", null],
  ])("recognises %s as %s", (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it("recognises a net JSON export", () => {
    expect(detectFormat('{\n  "format": "net",\n  "version": 1\n}')).toBe("json");
    expect(detectFormat('{"something": "else"}')).toBeNull();
  });
});
