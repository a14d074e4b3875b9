import { describe, expect, it } from "vitest";
import {
  editDistance,
  foldName,
  type Named,
  needsTransliteration,
  type Resolution,
  resolvePerson,
  slugify,
  uniqueSlug,
} from "../../src/domain/names.js";
import { transliterate } from "../../src/domain/transliterate.js";

function person(name: string, n: number): Named {
  return { id: `0000000${n}-aaaa-4bbb-8ccc-dddddddddddd`, slug: slugify(name), name };
}

const PEOPLE = [
  "Ada Lovelace",
  "Ada Byron",
  "Grace Hopper",
  "Zoë Faure",
  "Adam Smith",
  "Christopher Wren",
  "Christina Rossetti",
  "Jean-Luc Picard",
  "Łukasz Żak",
].map(person);

function names(result: Resolution<Named>): string[] {
  if (result.kind === "found") return [result.person.name];
  if (result.kind === "ambiguous") return result.candidates.map((p) => p.name);
  return result.suggestions.map((p) => p.name);
}

describe("foldName", () => {
  it.each([
    ["Ada Lovelace", "ada lovelace"],
    ["ADA LOVELACE", "ada lovelace"],
    ["Ádá  Lovelace", "ada lovelace"],
    ["  Zoë\tFaure ", "zoe faure"],
    ["Zoé Faure", "zoe faure"],
    ["José_María", "jose maria"],
    ["François Ñúñez", "francois nunez"],
    ["İstanbul", "istanbul"],
    // Letters that Unicode does not decompose still fold to what people type.
    ["Łukasz Żak", "lukasz zak"],
    ["Søren Kierkegaard", "soren kierkegaard"],
    ["Ægir", "aegir"],
    ["Johann Strauß", "johann strauss"],
    ["Œdipe", "oedipe"],
  ])("folds %j to %j", (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it("folds precomposed and decomposed accents alike", () => {
    expect(foldName("Zo\u00eb")).toBe(foldName("Zoe\u0308"));
  });
});

describe("slugify", () => {
  it.each([
    ["Ada Lovelace", "ada-lovelace"],
    ["  Ada   Lovelace  ", "ada-lovelace"],
    ["Zoë Faure", "zoe-faure"],
    ["Jean-Luc Picard", "jean-luc-picard"],
    ["O'Brien, Conan (CEO)", "o-brien-conan-ceo"],
    ["--Hello__World--", "hello-world"],
    ["Łukasz Żak", "lukasz-zak"],
    ["Søren Kierkegaard", "soren-kierkegaard"],
    ["Ada 🎉 Lovelace", "ada-lovelace"],
    ["🎉", "person"],
    ["🎉🚀", "person"],
    ["李小龍", "person"],
    ["", "person"],
    ["!!!", "person"],
  ])("makes %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("keeps slugs to 40 characters without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(39)} bcd`);
    expect(slug).toBe("a".repeat(39));
    expect(slugify("x".repeat(100))).toHaveLength(40);
  });

  it("makes only lowercase letters, digits and single dashes", () => {
    for (const name of ["Ada Lovelace", "R2-D2 & C-3PO", "  Mme. Curie  ", "Zoë/Faure\\x"]) {
      expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe("slugify, names in other scripts (issue 12)", () => {
  it.each([
    ["Иван Петров", "ivan-petrov"],
    ["李小龍", "li-xiao-long"],
    ["김민준", "gim-min-jun"],
    ["Γιώργος Παπαδόπουλος", "giorgos-papadopoylos"],
    ["Đorđe Јовановић", "dorde-jovanovic"],
    ["محمد علي", "mhmd-ly"],
  ])("transliterates %j into %j", (name, slug) => {
    expect(needsTransliteration(name)).toBe(true);
    expect(slugify(name, transliterate)).toBe(slug);
  });

  it.each([
    ["Ada Lovelace", "ada-lovelace"],
    ["Zoë Ñúñez-李", "zoe-nunez"],
    ["Łukasz Żak", "lukasz-zak"],
    ["Ada 🎉 Lovelace", "ada-lovelace"],
    ["🎉", "person"],
  ])("leaves %j to the plain slug (%j): no tables loaded for it", (name, slug) => {
    expect(needsTransliteration(name)).toBe(false);
    expect(slugify(name, transliterate)).toBe(slug);
  });

  it("numbers two people with the same transliterated name, not 'person' and 'person-2'", () => {
    const taken = new Set(["ivan-petrov"]);
    expect(uniqueSlug("Иван Петров", (s) => taken.has(s), transliterate)).toBe("ivan-petrov-2");
  });
});

describe("uniqueSlug", () => {
  it("uses the plain slug when it is free", () => {
    expect(uniqueSlug("Ada Lovelace", () => false)).toBe("ada-lovelace");
  });

  it("numbers the next free slug from 2", () => {
    const taken = new Set(["ada-lovelace", "ada-lovelace-2"]);
    expect(uniqueSlug("Ada Lovelace", (s) => taken.has(s))).toBe("ada-lovelace-3");
  });

  it("numbers emoji-only names too", () => {
    const taken = new Set(["person"]);
    expect(uniqueSlug("🎉", (s) => taken.has(s))).toBe("person-2");
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["ada", "ada", 0],
    ["ada", "adam", 1],
    ["lovelace", "lovlace", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("from %j to %j is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("resolvePerson", () => {
  it("finds a person by id", () => {
    const grace = PEOPLE[2] as Named;
    expect(resolvePerson(grace.id, PEOPLE)).toEqual({ kind: "found", person: grace });
  });

  it.each([
    ["grace-hopper", "Grace Hopper"],
    ["Grace-Hopper", "Grace Hopper"],
    ["ada-byron", "Ada Byron"],
    [" zoe-faure ", "Zoë Faure"],
  ])("finds %j by slug", (query, name) => {
    expect(resolvePerson(query, PEOPLE)).toMatchObject({ kind: "found", person: { name } });
  });

  it.each([
    ["Ada Lovelace", "Ada Lovelace"],
    ["ada lovelace", "Ada Lovelace"],
    ["ADA LOVELACE", "Ada Lovelace"],
    ["Zoë Faure", "Zoë Faure"],
    ["zoe faure", "Zoë Faure"],
    ["ZOÉ FAURE", "Zoë Faure"],
    ["lukasz zak", "Łukasz Żak"],
    ["jean luc picard", "Jean-Luc Picard"],
  ])("finds %j by full name, any case or accents", (query, name) => {
    expect(resolvePerson(query, PEOPLE)).toMatchObject({ kind: "found", person: { name } });
  });

  it.each([
    ["grace", "Grace Hopper"],
    ["gra", "Grace Hopper"],
    ["hopper", "Grace Hopper"],
    ["ada love", "Ada Lovelace"],
    ["byron", "Ada Byron"],
    ["zoe", "Zoë Faure"],
    ["ZO", "Zoë Faure"],
    ["picard", "Jean-Luc Picard"],
    ["lukasz", "Łukasz Żak"],
  ])("finds %j by the start of their words", (query, name) => {
    expect(resolvePerson(query, PEOPLE)).toMatchObject({ kind: "found", person: { name } });
  });

  it.each([
    ["lovlace", "Ada Lovelace"],
    ["grce hopper", "Grace Hopper"],
    ["grace hoper", "Grace Hopper"],
    ["smth", "Adam Smith"],
  ])("finds %j despite the typo", (query, name) => {
    expect(resolvePerson(query, PEOPLE)).toMatchObject({ kind: "found", person: { name } });
  });

  it("lists the candidates when a first name fits several people", () => {
    const result = resolvePerson("ada", PEOPLE);
    expect(result.kind).toBe("ambiguous");
    expect(names(result).sort()).toEqual(["Ada Byron", "Ada Lovelace", "Adam Smith"]);
  });

  it("lists both people who share a full name, with their slugs", () => {
    const twins = [person("Ada Lovelace", 1), { ...person("Ada Lovelace", 2), slug: "ada-lovelace-2" }, person("Grace Hopper", 3)];
    const result = resolvePerson("ada lovelace", twins);
    expect(result.kind).toBe("ambiguous");
    if (result.kind === "ambiguous") expect(result.candidates.map((p) => p.slug)).toEqual(["ada-lovelace", "ada-lovelace-2"]);
    // The slug still picks exactly one.
    expect(resolvePerson("ada-lovelace-2", twins)).toMatchObject({ kind: "found", person: { id: twins[1]?.id } });
  });

  it("lists several candidates for a prefix they share", () => {
    expect(names(resolvePerson("christ", PEOPLE)).sort()).toEqual(["Christina Rossetti", "Christopher Wren"]);
  });

  it("gives up to 3 close names when no one matches, closest first", () => {
    const many = ["Maria Lopez", "Mario Rossi", "Marie Curie", "Marius Petipa", "Bob Dylan"].map(person);
    expect(resolvePerson("marek", many)).toMatchObject({ kind: "none" });
    expect(names(resolvePerson("marek", many))).toEqual(["Maria Lopez", "Marie Curie", "Mario Rossi"]);
  });

  it("suggests rather than guesses for a swapped pair of letters", () => {
    expect(resolvePerson("picrad", PEOPLE)).toMatchObject({ kind: "none", suggestions: [{ name: "Jean-Luc Picard" }] });
  });

  it("suggests Christopher for 'kristofer'", () => {
    const result = resolvePerson("kristofer", PEOPLE);
    expect(result.kind).toBe("none");
    expect(names(result)).toContain("Christopher Wren");
  });

  it.each(["xyzzy", "zzz", "qq"])("suggests no one for %j, which shares nothing with anyone", (query) => {
    expect(resolvePerson(query, [person("Ada Lovelace", 1), person("Bob Dylan", 2), person("Eve Ng", 3), person("🎉", 4)])).toEqual({
      kind: "none",
      suggestions: [],
    });
  });

  it("finds no one among no people", () => {
    expect(resolvePerson("ada", [])).toEqual({ kind: "none", suggestions: [] });
  });

  it("finds an emoji-only name by itself and by its slug", () => {
    const party = [person("🎉", 1), person("Ada Lovelace", 2)];
    expect(resolvePerson("🎉", party)).toMatchObject({ kind: "found", person: { name: "🎉" } });
    expect(resolvePerson("person", party)).toMatchObject({ kind: "found", person: { name: "🎉" } });
  });
});
