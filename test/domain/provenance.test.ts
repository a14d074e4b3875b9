import { describe, expect, it } from "vitest";
import { newContact } from "../../src/domain/contacts.js";
import { afterEdit, CLEARABLE_FIELDS, type ClearableField, companyKey, namesCompany, sameCompany } from "../../src/domain/provenance.js";

describe("companyKey", () => {
  it.each([
    ["Analytical Engines, Ltd.", "Analytical Engines"],
    ["ANALYTICAL ENGINES LIMITED", "analytical engines"],
    ["Babbage & Co.", "Babbage"],
    ["Babbage and Co", "babbage"],
    ["Café Té S.A.", "cafe te"],
    ["Moral Philosophy, Inc.", "Moral Philosophy"],
    ["Siemens AG", "siemens"],
    ["Foo Holdings Co., Ltd.", "Foo Holdings"],
    ["Acme GmbH", "ACME"],
    ["Dupont SAS", "dupont"],
    ["Initech LLC", "initech"],
  ])("treats %j and %j as one company", (a, b) => {
    expect(sameCompany(a, b)).toBe(true);
  });

  it.each([
    ["Analytical Engines", "Babbage & Co"],
    ["Procter & Gamble", "Procter"],
    ["MedCo", "MedCorp Inc"],
  ])("tells %j and %j apart", (a, b) => {
    expect(sameCompany(a, b)).toBe(false);
  });

  it("keeps a name that is nothing but a legal form", () => {
    expect(companyKey("Co.")).toBe("co");
  });
});

describe("namesCompany", () => {
  it.each([
    ["joined MedCo", "MedCo Inc.", true],
    ["10 years at Medco", "MEDCO", true],
    ["started at Analytical Engines", "Analytical Engines, Ltd.", true],
    ["wedding anniversary", "MedCo", false],
    ["joined MedCorp", "MedCo", false],
  ])("%j names %j: %s", (label, company, expected) => {
    expect(namesCompany(label, company)).toBe(expected);
  });
});

describe("afterEdit", () => {
  const ada = newContact({ name: "Ada", company: "Babbage & Co" }, { id: "a", slug: "ada", now: "2026-01-01T00:00:00.000Z" });

  it.each<[string, ClearableField[], ClearableField[], ClearableField[]]>([
    ["an emptied field is remembered as cleared", [], ["company"], ["company"]],
    ["a field given a value again is the user's again", ["company", "role"], ["role"], ["company"]],
    ["fields not given keep their state", ["notes"], [], ["notes"]],
  ])("%s", (_what, before, given, after) => {
    const edited = { ...ada, company: null, role: given.includes("role") ? "CTO" : null };
    const memory = afterEdit({ cleared: before }, edited, new Set(given));
    expect(memory.cleared ?? []).toEqual(CLEARABLE_FIELDS.filter((f) => after.includes(f)));
  });
});
