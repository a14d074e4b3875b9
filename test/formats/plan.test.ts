import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newContact } from "../../src/domain/contacts.js";
import type { Contact } from "../../src/domain/model.js";
import type { ContactMemory } from "../../src/domain/provenance.js";
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
  today: NOW.slice(0, 10),
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
    const memory = new Map([[existing.id, { linkedin: { company: "Analytical Engines", role: "CTO" } }]]);
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
      options({ jobChanges: true, memory }),
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

describe("planImport, LinkedIn against its own last word (issue 12)", () => {
  const linkedin = (company: string | null, role: string | null) => person(1, { name: "Ada Lovelace", company, role });
  const plan1 = (existing: Contact, memory: ContactMemory | undefined, incoming: ImportedPerson) =>
    planImport([existing], [incoming], options({ jobChanges: true, memory: new Map(memory ? [[existing.id, memory]] : []) }));

  it.each<
    [
      string,
      [string | null, string | null],
      ContactMemory | undefined,
      [string | null, string | null],
      string | null,
      [string | null, string | null],
    ]
  >([
    // what, profile (company, role), what LinkedIn said last, what it says now, news, profile after
    [
      "a phone's card, then LinkedIn's first word on the same job",
      ["Analytical Engines, Ltd.", "Chief Technology Officer"],
      undefined,
      ["Analytical Engines", "CTO"],
      null,
      ["Analytical Engines, Ltd.", "Chief Technology Officer"],
    ],
    [
      "a company written with another legal form or case",
      ["Analytical Engines", "CTO"],
      { linkedin: { company: "Analytical Engines Ltd", role: "CTO" } },
      ["ANALYTICAL ENGINES, LTD.", "cto"],
      null,
      ["Analytical Engines", "CTO"],
    ],
    [
      "a position filled where LinkedIn had none",
      ["Analytical Engines", null],
      { linkedin: { company: "Analytical Engines", role: null } },
      ["Analytical Engines", "CTO"],
      null,
      ["Analytical Engines", "CTO"],
    ],
    [
      "a company filled where LinkedIn had none",
      [null, "CTO"],
      { linkedin: { company: null, role: "CTO" } },
      ["Analytical Engines", "CTO"],
      null,
      ["Analytical Engines", "CTO"],
    ],
    [
      "empty cells",
      ["Analytical Engines", "CTO"],
      { linkedin: { company: "Analytical Engines", role: "CTO" } },
      [null, null],
      null,
      ["Analytical Engines", "CTO"],
    ],
    [
      "a new company",
      ["Analytical Engines, Ltd.", "Chief Technology Officer"],
      { linkedin: { company: "Analytical Engines", role: "CTO" } },
      ["Babbage & Co", "CTO"],
      "new role: CTO at Babbage & Co",
      ["Babbage & Co", "CTO"],
    ],
    [
      "a new company without a position: the old position goes",
      ["Analytical Engines", "CTO"],
      { linkedin: { company: "Analytical Engines", role: "CTO" } },
      ["Babbage & Co", null],
      "new role at Babbage & Co",
      ["Babbage & Co", null],
    ],
    [
      "a new position at the same company",
      ["Analytical Engines, Ltd.", "CTO"],
      { linkedin: { company: "Analytical Engines", role: "CTO" } },
      ["Analytical Engines", "CEO"],
      "new role: CEO at Analytical Engines",
      ["Analytical Engines, Ltd.", "CEO"],
    ],
  ])("%s", (_what, [company, role], memory, [newCompany, newRole], news, [companyAfter, roleAfter]) => {
    const existing = contact({ company, role });
    const plan = plan1(existing, memory, linkedin(newCompany, newRole));
    const after = plan.merged[0]?.contact ?? existing;
    expect(plan.merged[0]?.jobChange?.note ?? null).toBe(news);
    expect([after.company, after.role]).toEqual([companyAfter, roleAfter]);
  });

  it.each<[string, ContactMemory | undefined, [string | null, string | null], ContactMemory["linkedin"]]>([
    ["the first import", undefined, ["Analytical Engines", "CTO"], { company: "Analytical Engines", role: "CTO" }],
    [
      "an empty cell keeps the word before",
      { linkedin: { company: "MedCo", role: "CTO" } },
      [null, null],
      { company: "MedCo", role: "CTO" },
    ],
    [
      "a new company without a position",
      { linkedin: { company: "MedCo", role: "CTO" } },
      ["NewCo", null],
      { company: "NewCo", role: null },
    ],
  ])("remembers what LinkedIn said: %s", (_what, memory, [company, role], remembered) => {
    const existing = contact({ company: "MedCo", role: "CTO" });
    const plan = plan1(existing, memory, linkedin(company, role));
    // Written only when it changed.
    const written = plan.memory.map((m) => m.memory.linkedin);
    expect(written).toEqual(JSON.stringify(remembered) === JSON.stringify(memory?.linkedin) ? [] : [remembered]);
  });

  it("remembers what LinkedIn said of the people it adds, and nothing for a phone's card", () => {
    const people = [person(1, { name: "Grace Hopper", company: "US Navy", role: "Rear Admiral" })];
    expect(planImport([], people, options({ jobChanges: true })).memory).toEqual([
      { id: "new-1", memory: { linkedin: { company: "US Navy", role: "Rear Admiral" } } },
    ]);
    expect(planImport([], people, options()).memory).toEqual([]);
  });

  it("finds a job change across an export with an empty cell in between", () => {
    const existing = contact({ company: "MedCo", role: "CTO" });
    let memory: ContactMemory = { linkedin: { company: "MedCo", role: "CTO" } };
    let current = existing;
    const notes: (string | null)[] = [];
    for (const [company, role] of [
      [null, null],
      ["NewCo", "CTO"],
      ["NewCo", "CTO"],
    ] as const) {
      const plan = plan1(current, memory, linkedin(company, role));
      notes.push(plan.merged[0]?.jobChange?.note ?? null);
      current = plan.merged[0]?.contact ?? current;
      memory = plan.memory[0]?.memory ?? memory;
    }
    expect(notes).toEqual([null, "new role: CTO at NewCo", null]);
  });

  it.each([
    ["the milestone naming the former company", ["joined MedCo:2023-11-27", "wedding:2019-06-01"], ["joined MedCo"], ["wedding"]],
    ["the profile's own spelling of it", ["10 years at Medco:2016-03-01"], ["10 years at Medco"], []],
    ["none naming it", ["joined the board:2024-01-01"], [], ["joined the board"]],
  ])("a job change ends %s", (_what, given, ended, kept) => {
    const milestones = given.map((m) => ({ label: m.split(":")[0] as string, date: m.split(":")[1] as string }));
    const existing = contact({ company: "MedCo Inc.", role: "CTO", milestones });
    const plan = plan1(existing, { linkedin: { company: "MedCo", role: "CTO" } }, linkedin("NewCo", "CTO"));
    expect(plan.merged[0]?.ended.map((m) => m.label)).toEqual(ended);
    expect(plan.merged[0]?.contact.milestones.map((m) => m.label)).toEqual(kept);
    expect(plan.memory[0]?.memory.ended ?? []).toEqual(
      milestones.filter((m) => ended.includes(m.label)).map((m) => ({ ...m, endedOn: NOW.slice(0, 10) })),
    );
  });

  it("keeps a new position at the same company from ending its milestones", () => {
    const existing = contact({ company: "MedCo", role: "CTO", milestones: [{ label: "joined MedCo", date: "2023-11-27" }] });
    const plan = plan1(existing, { linkedin: { company: "MedCo", role: "CTO" } }, linkedin("MedCo", "CEO"));
    expect(plan.merged[0]).toMatchObject({ ended: [], contact: { milestones: [{ label: "joined MedCo" }] } });
  });

  it("does not bring an ended milestone back with a phone's card", () => {
    const existing = contact({ company: "NewCo" });
    const memory = { ended: [{ label: "joined MedCo", date: "2023-11-27", endedOn: "2026-11-26" }] };
    const card = person(1, { name: "Ada Lovelace", milestones: [{ label: "Joined MedCo", date: "2023-11-27" }] });
    const plan = planImport([existing], [card], options({ memory: new Map([[existing.id, memory]]) }));
    expect(plan.merged).toEqual([]);
  });
});

describe("planImport, fields the user cleared (issue 12)", () => {
  it.each<[string, Partial<ImportedPerson>]>([
    ["company", { company: "Analytical Engines" }],
    ["role", { role: "CTO" }],
    ["notes", { notes: "from the phone" }],
    ["birthday", { birthday: "--12-10" }],
    ["profileUrl", { profileUrl: "https://www.linkedin.com/in/ada" }],
  ])("leaves %s empty when the user cleared it", (field, incoming) => {
    const existing = contact({});
    const memory = new Map([[existing.id, { cleared: [field] } as ContactMemory]]);
    for (const jobChanges of [false, true]) {
      const plan = planImport([existing], [person(1, { name: "Ada Lovelace", ...incoming })], options({ jobChanges, memory }));
      expect(plan.merged.flatMap((m) => m.fields)).not.toContain(field);
    }
    // Not cleared: filled as before.
    const plan = planImport([existing], [person(1, { name: "Ada Lovelace", ...incoming })], options());
    expect(plan.merged[0]?.fields).toContain(field);
  });

  it("still reports a job change for a cleared company, leaving the field empty", () => {
    const existing = contact({ company: null, role: "CTO" });
    const memory = new Map([[existing.id, { cleared: ["company"], linkedin: { company: "MedCo", role: "CTO" } } as ContactMemory]]);
    const plan = planImport(
      [existing],
      [person(1, { name: "Ada Lovelace", company: "NewCo", role: "CTO" })],
      options({ jobChanges: true, memory }),
    );
    expect(plan.merged[0]).toMatchObject({ jobChange: { note: "new role: CTO at NewCo" }, contact: { company: null, role: "CTO" } });
  });
});

describe("mergeInto", () => {
  it("changes nothing when the file knows nothing new", () => {
    const c = contact({ emails: ["a@x"], tags: ["t"] });
    expect(mergeInto(c, { emails: ["A@x"], phones: [], tags: ["T"], milestones: [] }, { jobChanges: false, tags: [] })).toEqual({
      contact: c,
      fields: [],
      jobChange: null,
      ended: [],
      memory: {},
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

describe("planImport keeps only days its JSON export can bring back (issue 13)", () => {
  it.each([
    ["2026-11-26", "2026-11-26"],
    ["2025-12-07", "2025-12-07"],
    ["2026-11-27", null],
    ["2099-01-01", null],
  ])("a 'connected on' of %s is kept as %s", (metOn, kept) => {
    const plan = planImport([], [person(2, { name: "Grace Hopper", metOn })], options());
    expect(plan.added[0]?.contact.metOn).toBe(kept);
  });
});

describe("planJsonImport: an id is not enough to overwrite someone (issue 13)", () => {
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
  const local = (contacts: Contact[]): LocalState => ({
    contacts,
    interactionIds: new Set(),
    reminderState: new Map(),
    reviewIds: new Set(),
    settingKeys: new Set(),
  });
  const ada = contact({ id: "same-id", emails: ["ada@x.org"], notes: "mine", updatedAt: "2026-05-01T00:00:00.000Z" });
  const later = "2026-06-01T00:00:00.000Z";

  it.each<[string, Partial<Contact>, boolean, "id-conflict" | "merged"]>([
    [
      "another name, no email or profile in common: a conflict",
      { name: "Mallory", emails: ["m@evil.example"], profileUrl: null },
      false,
      "id-conflict",
    ],
    ["another name, with --force-ids: merged", { name: "Mallory", emails: ["m@evil.example"], profileUrl: null }, true, "merged"],
    ["the same name written another way: merged", { name: "ADA  lovelace", notes: "theirs" }, false, "merged"],
    ["another name, an email in common (renamed): merged", { name: "Ada King", profileUrl: null }, false, "merged"],
    [
      "another name, the same profile: merged",
      { name: "Ada King", emails: [], profileUrl: "https://linkedin.com/in/ada" },
      false,
      "merged",
    ],
  ])("%s", (_, theirs, forceIds, outcome) => {
    const mine = { ...ada, profileUrl: "https://www.linkedin.com/in/ada/" };
    const plan = planJsonImport(local([mine]), doc([{ ...mine, ...theirs, updatedAt: later }]), { forceIds });
    if (outcome === "merged") expect(plan.merged).toHaveLength(1);
    else {
      expect(plan.merged).toEqual([]);
      expect(plan.skipped).toEqual([{ line: null, name: "Mallory", reason: "id-conflict", slug: mine.slug }]);
    }
  });

  it("takes nothing of a conflicting record: not its interactions, not its reminder state", () => {
    const interaction = {
      id: "i1",
      date: "2026-02-01",
      kind: "share" as const,
      direction: "gave" as const,
      note: null,
      followUpOn: null,
      eventName: null,
      createdAt: "2026-02-01T00:00:00.000Z",
      people: ["same-id"],
    };
    const plan = planJsonImport(
      local([ada]),
      doc([{ ...ada, name: "Mallory", emails: [] }], {
        interactions: [interaction],
        reminderState: [{ key: "thank:same-id:i1", doneOn: "2026-03-01", snoozedUntil: null, updatedAt: later }],
      }),
    );
    expect(plan.interactions).toEqual([]);
    expect(plan.reminderState).toEqual([]);
  });

  it("carries a later `net done` day across, never an earlier one", () => {
    const mine = { ...ada, keepInTouchDoneOn: "2026-10-01" };
    expect(planJsonImport(local([mine]), doc([{ ...mine, keepInTouchDoneOn: "2026-11-01" }])).keptInTouch).toEqual([
      { id: "same-id", day: "2026-11-01" },
    ]);
    expect(planJsonImport(local([mine]), doc([{ ...mine, keepInTouchDoneOn: "2026-09-01" }])).keptInTouch).toEqual([]);
    expect(planJsonImport(local([]), doc([{ ...mine, keepInTouchDoneOn: "2026-09-01" }])).keptInTouch).toEqual([
      { id: "same-id", day: "2026-09-01" },
    ]);
  });

  it("adds people without their derived last interaction: the store works it out from the interactions", () => {
    const plan = planJsonImport(local([]), doc([{ ...ada, lastInteractionOn: "9999-12-31" }]));
    expect(plan.added[0]?.contact.lastInteractionOn).toBeNull();
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
