import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newContact } from "../../src/domain/contacts.js";
import type { Contact } from "../../src/domain/model.js";
import type { NetExport } from "../../src/formats/json.js";
import { type LocalState, mergeInto, planImport, planJsonImport } from "../../src/formats/plan.js";
import { emptyPerson, type ImportedPerson } from "../../src/formats/record.js";

const NOW = "2026-11-26T09:00:00.000Z";

function contact(overrides: Partial<Contact>): Contact {
  const name = overrides.name ?? "Ada Lovelace";
  const ids = { id: `id-${name}`, slug: name.toLowerCase().replace(/\W+/g, "-"), now: "2026-01-01T00:00:00.000Z" };
  return { ...newContact({ name }, ids), ...overrides };
}

function person(line: number, overrides: Partial<ImportedPerson>): ImportedPerson {
  return { ...emptyPerson(line), ...overrides };
}

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

const options = (over: Partial<Parameters<typeof planImport>[2]> = {}) => ({
  jobChanges: false,
  tags: [],
  now: NOW,
  newId: ids(),
  ...over,
});

describe("planImport", () => {
  it("adds new people as imported, at the network tier, with unique slugs", () => {
    const plan = planImport([contact({})], [person(2, { name: "Grace Hopper" })], options());
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]?.contact).toMatchObject({
      name: "Grace Hopper",
      slug: "grace-hopper",
      source: "imported",
      tier: "network",
      createdAt: NOW,
    });
    const plan2 = planImport([contact({})], [person(3, { name: "Ada Lovelace Byron" })], options({ tier: "active" }));
    expect(plan2.added[0]?.contact).toMatchObject({ slug: "ada-lovelace-byron", tier: "active" });
  });

  it("gives a second person with a taken slug the next free one", () => {
    const plan = planImport(
      [contact({ name: "Ada Lovelace", archivedAt: null })],
      [person(1, { name: "ada-lovelace", emails: ["x@y"] })],
      options(),
    );
    // "ada-lovelace" is not the name "Ada Lovelace" (hyphen kept by folding): a new person whose slug is taken.
    expect(plan.added[0]?.contact.slug).toBe("ada-lovelace-2");
  });

  it.each([
    ["email (any case)", { name: "A. L.", emails: ["ADA@x.org"] }],
    ["profile URL (written differently)", { name: "A. L.", profileUrl: "http://linkedin.com/in/ada/" }],
    ["folded name", { name: "ÁDA lovelace" }],
    ["id", { name: "Someone Else", id: "id-Ada Lovelace" }],
  ])("merges a person already present by %s", (_what, incoming) => {
    const existing = contact({ emails: ["ada@x.org"], profileUrl: "https://www.linkedin.com/in/ada" });
    const plan = planImport([existing], [person(4, { ...incoming, company: "Analytical" })], options());
    expect(plan.added).toHaveLength(0);
    expect(plan.merged).toHaveLength(1);
    expect(plan.merged[0]).toMatchObject({ line: 4, fields: ["company"], contact: { id: existing.id, company: "Analytical" } });
  });

  it("fills empty fields and adds to lists, never overwriting what the user wrote", () => {
    const existing = contact({ company: "Mine", notes: "my note", emails: ["a@x"], phones: ["+33 6 12 34 56 78"], tags: ["Friends"] });
    const plan = planImport(
      [existing],
      [
        person(1, {
          name: "Ada Lovelace",
          company: "Theirs",
          role: "CTO",
          notes: "their note",
          emails: ["b@x", "A@X"],
          phones: ["+33612345678", "+1 555"],
          tags: ["friends", "maths"],
          birthday: "--12-10",
        }),
      ],
      options(),
    );
    expect(plan.merged[0]?.contact).toMatchObject({
      company: "Mine",
      role: "CTO",
      notes: "my note",
      emails: ["a@x", "b@x"],
      phones: ["+33 6 12 34 56 78", "+1 555"],
      tags: ["Friends", "maths"],
      birthday: "--12-10",
      source: "added",
    });
    expect(plan.merged[0]?.fields).toEqual(["role", "birthday", "emails", "phones", "tags"]);
  });

  it("is idempotent: the same people again add nobody and change nothing", () => {
    const people = [person(1, { name: "Ada Lovelace", emails: ["ada@x"], company: "A" }), person(2, { name: "Grace Hopper" })];
    const first = planImport([], people, options());
    const second = planImport(
      first.added.map((a) => a.contact),
      people,
      options(),
    );
    expect(second.added).toHaveLength(0);
    expect(second.merged).toHaveLength(0);
    expect(second.skipped.map((s) => s.reason)).toEqual(["up-to-date", "up-to-date"]);
  });

  it("skips people without a name, archived people and ambiguous names, saying why", () => {
    const existing = [
      contact({ name: "Gone Person", archivedAt: "2026-02-01T00:00:00.000Z" }),
      contact({ id: "j1", name: "John Smith", slug: "john-smith" }),
      contact({ id: "j2", name: "John Smith", slug: "john-smith-2" }),
    ];
    const plan = planImport(
      existing,
      [person(1, { name: " " }), person(2, { name: "Gone Person", company: "X" }), person(3, { name: "john smith" })],
      options(),
    );
    expect(plan.skipped).toEqual([
      { line: 1, name: "", reason: "no-name", slug: null },
      { line: 2, name: "Gone Person", reason: "archived", slug: "gone-person" },
      { line: 3, name: "john smith", reason: "ambiguous", slug: null },
    ]);
  });

  it("folds a person listed twice in the file into one, the second record filling gaps", () => {
    const plan = planImport(
      [],
      [person(1, { name: "Ada Lovelace", emails: ["ada@x"] }), person(2, { name: "Ada L.", emails: ["ada@x"], role: "CTO" })],
      options(),
    );
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]?.contact.role).toBe("CTO");
    expect(plan.skipped).toEqual([{ line: 2, name: "Ada L.", reason: "duplicate", slug: "ada-lovelace" }]);
  });

  it("turns an up-to-date person into a merge when a later duplicate brings something new", () => {
    const plan = planImport(
      [contact({ emails: ["ada@x"] })],
      [person(1, { name: "Ada Lovelace" }), person(2, { name: "Ada", emails: ["ada@x"], role: "CTO" })],
      options(),
    );
    expect(plan.merged.map((m) => m.fields)).toEqual([["role"]]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(["duplicate"]);
  });

  it("adds --tag tags to everyone in the file", () => {
    const plan = planImport(
      [contact({})],
      [person(1, { name: "Ada Lovelace" }), person(2, { name: "Grace Hopper" })],
      options({ tags: ["linkedin"] }),
    );
    expect(plan.added[0]?.contact.tags).toEqual(["linkedin"]);
    expect(plan.merged[0]?.contact.tags).toEqual(["linkedin"]);
  });

  it("reports a LinkedIn job change: company and role replaced, with the news note", () => {
    const existing = contact({ company: "Analytical Engines", role: "CTO", profileUrl: "https://www.linkedin.com/in/ada" });
    const plan = planImport(
      [existing],
      [
        person(5, {
          name: "Ada Lovelace",
          profileUrl: "https://www.linkedin.com/in/ada",
          company: "Babbage & Co",
          role: "Chief Scientist",
        }),
      ],
      options({ jobChanges: true }),
    );
    expect(plan.merged[0]).toMatchObject({
      fields: ["company", "role"],
      contact: { company: "Babbage & Co", role: "Chief Scientist" },
      jobChange: { note: "new role: Chief Scientist at Babbage & Co", previous: { company: "Analytical Engines", role: "CTO" } },
    });
  });

  it.each([
    ["a vCard (not authoritative for jobs)", false, "Analytical Engines", "CTO", "Babbage", "CEO"],
    ["the same job written differently", true, "Analytical Engines", "CTO", " analytical  engines", "cto"],
    ["a first job known (nothing to replace)", true, null, null, "Babbage", "CEO"],
  ])("reports no job change for %s", (_what, jobChanges, company, role, newCompany, newRole) => {
    const plan = planImport(
      [contact({ company, role })],
      [person(1, { name: "Ada Lovelace", company: newCompany, role: newRole })],
      options({ jobChanges }),
    );
    expect(plan.merged[0]?.jobChange ?? null).toBeNull();
  });
});

describe("mergeInto", () => {
  it("changes nothing when the file knows nothing new", () => {
    const c = contact({ emails: ["a@x"], tags: ["t"] });
    expect(mergeInto(c, { emails: ["A@x"], phones: [], tags: ["T"], milestones: [] }, { jobChanges: false, tags: [] })).toEqual({
      contact: c,
      fields: [],
      jobChange: null,
    });
  });
});

describe("planJsonImport", () => {
  const doc = (contacts: Contact[], extra: Partial<NetExport> = {}): NetExport => ({
    format: "net",
    version: 1,
    exportedOn: "2026-11-26",
    contacts,
    interactions: [],
    reminderState: [],
    reviews: [],
    settings: {},
    ...extra,
  });
  const local = (contacts: Contact[], over: Partial<LocalState> = {}): LocalState => ({
    contacts,
    interactionIds: new Set(),
    reminderState: new Map(),
    reviewIds: new Set(),
    settingKeys: new Set(),
    ...over,
  });

  it("adds everyone into an empty database exactly as exported", () => {
    const ada = contact({ tier: "close", source: "added", metOn: "2026-01-01" });
    const plan = planJsonImport(local([]), doc([ada]));
    expect(plan.added.map((a) => a.contact)).toEqual([ada]);
  });

  it("takes the export's profile for the same id when it was edited later, and only fills gaps otherwise", () => {
    const mine = contact({ company: "Mine", role: null, updatedAt: "2026-05-01T00:00:00.000Z" });
    const newer = { ...mine, company: "Theirs", updatedAt: "2026-06-01T00:00:00.000Z" };
    const older = { ...mine, company: "Theirs", role: "CTO", updatedAt: "2026-04-01T00:00:00.000Z" };
    expect(planJsonImport(local([mine]), doc([newer])).merged[0]?.contact.company).toBe("Theirs");
    expect(planJsonImport(local([mine]), doc([older])).merged[0]?.contact).toMatchObject({ company: "Mine", role: "CTO" });
    expect(planJsonImport(local([mine]), doc([mine])).skipped[0]?.reason).toBe("up-to-date");
  });

  it("links interactions of someone matched under another id to the local person, and skips interactions already present", () => {
    const mine = contact({ id: "local-ada", emails: ["ada@x"] });
    const theirs = contact({ id: "remote-ada", emails: ["ada@x"] });
    const interaction = {
      id: "i1",
      date: "2026-02-01",
      kind: "share" as const,
      direction: "gave" as const,
      note: null,
      followUpOn: null,
      eventName: null,
      createdAt: "2026-02-01T00:00:00.000Z",
      people: ["remote-ada"],
    };
    const plan = planJsonImport(
      local([mine], { interactionIds: new Set(["i0"]) }),
      doc([theirs], {
        interactions: [{ ...interaction, id: "i0" }, interaction],
        reminderState: [{ key: "keep-in-touch:remote-ada:2026-03-01", doneOn: "2026-03-01", snoozedUntil: null, updatedAt: "x" }],
      }),
    );
    expect(plan.interactions.map((i) => [i.id, i.people])).toEqual([["i1", ["local-ada"]]]);
    expect(plan.interactionsSkipped).toBe(1);
    expect(plan.touched).toEqual(["local-ada"]);
    expect(plan.reminderState[0]?.key).toBe("keep-in-touch:local-ada:2026-03-01");
  });

  it("keeps local settings and reviews, adding only the missing ones", () => {
    const plan = planJsonImport(
      local([], { settingKeys: new Set(["card"]), reviewIds: new Set(["r1"]) }),
      doc([], {
        settings: { card: { text: "theirs" }, goals: { newPeoplePerMonth: 2 } },
        reviews: [
          { id: "r1", period: "2026Q1", periodFrom: "2026-01-01", periodTo: "2026-03-31", reviewedOn: "2026-03-30", createdAt: "x" },
          { id: "r2", period: "2026Q2", periodFrom: "2026-04-01", periodTo: "2026-06-30", reviewedOn: "2026-06-29", createdAt: "x" },
        ],
      }),
    );
    expect(plan.settings).toEqual([["goals", { newPeoplePerMonth: 2 }]]);
    expect(plan.reviews.map((r) => r.id)).toEqual(["r2"]);
  });
});

describe("planImport properties", () => {
  const name = fc.constantFrom("Ada Lovelace", "Grace Hopper", "Zoë Ñúñez", "Alan Turing", "ada lovelace", "Ádá Lovelace", "", "  ");
  const email = fc.constantFrom("ada@x.org", "ADA@x.org", "grace@navy.example", "alan@bletchley.example");
  const incoming = fc.array(
    fc.record({
      name,
      emails: fc.array(email, { maxLength: 2 }),
      company: fc.option(fc.constantFrom("Acme", "Navy", "Café Té"), { nil: null }),
      tags: fc.array(fc.constantFrom("a", "B", "b"), { maxLength: 2 }),
    }),
    { maxLength: 12 },
  );

  it("is idempotent when a merge copied an address another person already had (found by fast-check)", () => {
    const people = [
      { name: "Ada Lovelace", emails: ["grace@navy.example"], company: null, tags: [] },
      { name: "Alan Turing", emails: ["ada@x.org"], company: null, tags: ["a"] },
      { name: "Ada Lovelace", emails: ["grace@navy.example", "ada@x.org"], company: null, tags: [] },
    ].map((r, i) => person(i + 1, r));
    const first = planImport([], people, options());
    const after = [...first.added.map((a) => a.contact), ...first.merged.map((m) => m.contact)];
    const second = planImport(after, people, options());
    expect(second.added).toEqual([]);
    expect(second.merged).toEqual([]);
  });

  it("is idempotent: importing the same records a second time adds and changes nobody", () => {
    fc.assert(
      fc.property(incoming, (records) => {
        const people = records.map((r, i) => person(i + 1, r));
        const first = planImport([], people, options());
        const after = [...first.added.map((a) => a.contact), ...first.merged.map((m) => m.contact)];
        const second = planImport(after, people, options());
        expect(second.added).toEqual([]);
        expect(second.merged).toEqual([]);
      }),
    );
  });

  it("never gives two people the same id or slug, and accounts for every record", () => {
    fc.assert(
      fc.property(incoming, (records) => {
        const people = records.map((r, i) => person(i + 1, r));
        const plan = planImport([contact({})], people, options());
        const added = plan.added.map((a) => a.contact);
        expect(new Set(added.map((c) => c.slug)).size).toBe(added.length);
        expect(added.some((c) => c.slug === "ada-lovelace")).toBe(false);
        expect(plan.added.length + plan.merged.length + plan.skipped.length).toBe(people.length);
      }),
    );
  });
});
