import { describe, expect, it } from "vitest";
import { mergeList, mergeTags, newContact, nextDueOn, parseBirthday, parseMilestone, readYearlyDate } from "../../src/domain/contacts.js";
import { UserError } from "../../src/domain/errors.js";
import type { Contact } from "../../src/domain/model.js";

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("parseBirthday", () => {
  it.each([
    ["12-10", "--12-10"],
    ["--12-10", "--12-10"],
    [" 12-10 ", "--12-10"],
    ["02-29", "--02-29"],
    ["1815-12-10", "1815-12-10"],
    ["2000-02-29", "2000-02-29"],
  ])("reads %j as %j", (text, expected) => {
    expect(parseBirthday(text)).toBe(expected);
  });

  it.each(["13-01", "02-30", "1815-02-29", "2026-13-01", "12/10", "Dec 10", "", "12-1"])(
    "refuses %j as a usage error showing both forms",
    (text) => {
      const error = thrown(() => parseBirthday(text));
      expect(error.exitCode).toBe(2);
      expect(error.message).toContain("birthday");
      expect(error.hint).toContain("MM-DD");
      expect(error.hint).toContain("YYYY-MM-DD");
    },
  );
});

describe("readYearlyDate (birthdays and milestones, typed or imported)", () => {
  it.each([
    ["12-10", "--12-10"],
    ["--02-29", "--02-29"],
    ["1000-01-01", "1000-01-01"],
    ["9999-12-31", "9999-12-31"],
    ["--02-30", null],
    ["0000-01-01", null],
    ["0999-12-10", null],
    ["-271764-03-12", null],
    ["10000-01-01", null],
  ])("%j → %j", (text, expected) => {
    expect(readYearlyDate(text)).toBe(expected);
  });

  it("names the field in its message: a milestone's date is not a birthday", () => {
    expect(thrown(() => parseMilestone("launch:13-45")).message).toBe("can't read '13-45' as a milestone date");
    expect(thrown(() => parseBirthday("0999-12-10")).message).toBe("can't read '0999-12-10' as a birthday");
  });
});

describe("parseMilestone", () => {
  it.each([
    ["joined Acme:2024-03-01", { label: "joined Acme", date: "2024-03-01" }],
    ["wedding anniversary:06-21", { label: "wedding anniversary", date: "--06-21" }],
    [" launch : 2025-09-30 ", { label: "launch", date: "2025-09-30" }],
    ["talk at 10:30:2025-01-15", { label: "talk at 10:30", date: "2025-01-15" }],
  ])("reads %j", (text, milestone) => {
    expect(parseMilestone(text)).toEqual(milestone);
  });

  it.each(["no date here", ":2024-03-01", "   :12-10"])("refuses %j without a label, with an example", (text) => {
    const error = thrown(() => parseMilestone(text));
    expect(error.exitCode).toBe(2);
    expect(error.hint).toContain("label:YYYY-MM-DD");
  });

  it.each(["joined Acme:", "joined Acme:2024-02-30", "joined Acme:soon"])("refuses %j with an unreadable date", (text) => {
    expect(thrown(() => parseMilestone(text)).exitCode).toBe(2);
  });
});

describe("mergeTags", () => {
  it.each([
    [[], ["ai", "speaker"], [], ["ai", "speaker"]],
    [["ai"], ["AI", " ai ", "ml"], [], ["ai", "ml"]],
    [["AI"], ["ai"], [], ["AI"]],
    [["ai", "speaker"], ["mentor"], ["SPEAKER"], ["ai", "mentor"]],
    [["ai"], ["", "  "], [], ["ai"]],
    [["ai"], ["ml"], ["ml"], ["ai"]],
    [["café"], ["Café"], [], ["café"]],
    [[], ["🎉 party"], [], ["🎉 party"]],
  ])("%j + %j - %j = %j", (existing, added, removed, expected) => {
    expect(mergeTags(existing, added, removed)).toEqual(expected);
  });
});

describe("mergeList", () => {
  it("adds new values once, ignoring case, and removes the ones asked", () => {
    expect(mergeList(["ada@example.org"], ["ADA@example.org", "ada@work.example", " "], [])).toEqual([
      "ada@example.org",
      "ada@work.example",
    ]);
    expect(mergeList(["ada@example.org", "ada@work.example"], [], ["Ada@Example.org"])).toEqual(["ada@work.example"]);
  });
});

describe("newContact", () => {
  it("trims the name, defaults the tier to network and cleans tags", () => {
    const contact = newContact(
      { name: "  Ada Lovelace ", tags: ["ai", "AI", " speaker "] },
      { id: "id-1", slug: "ada-lovelace", now: "2026-11-26T09:00:00.000Z" },
    );
    expect(contact).toMatchObject({
      id: "id-1",
      slug: "ada-lovelace",
      name: "Ada Lovelace",
      tier: "network",
      cadenceDays: null,
      tags: ["ai", "speaker"],
      source: "added",
      createdAt: "2026-11-26T09:00:00.000Z",
      archivedAt: null,
      lastInteractionOn: null,
    });
  });
});

describe("nextDueOn", () => {
  const base: Pick<Contact, "lastInteractionOn" | "metOn" | "createdAt" | "cadenceDays" | "tier" | "source"> = {
    lastInteractionOn: null,
    metOn: null,
    createdAt: "2026-01-10T08:00:00.000Z",
    cadenceDays: null,
    tier: "network",
    source: "added",
  };

  it.each([
    ["close", 14, "2026-11-01", "2026-11-15"],
    ["active", 30, "2026-11-01", "2026-12-01"],
    ["network", 90, "2026-11-01", "2027-01-30"],
    ["dormant", 180, "2026-11-01", "2027-04-30"],
  ] as const)("a %s contact (%i days) last seen %s is due %s", (tier, _days, last, due) => {
    expect(nextDueOn({ ...base, tier, lastInteractionOn: last })).toBe(due);
  });

  it("an own cadence overrides the tier", () => {
    expect(nextDueOn({ ...base, tier: "close", cadenceDays: 45, lastInteractionOn: "2026-11-01" })).toBe("2026-12-16");
  });

  it("counts from the meeting day when nothing was logged, then from the creation day", () => {
    expect(nextDueOn({ ...base, tier: "active", metOn: "2026-02-01" })).toBe("2026-03-03");
    expect(nextDueOn({ ...base, tier: "active" })).toBe("2026-02-09");
  });

  it("uses tuned tier cadences when given", () => {
    expect(
      nextDueOn({ ...base, tier: "close", lastInteractionOn: "2026-11-01" }, { close: 21, active: 30, network: 90, dormant: 180 }),
    ).toBe("2026-11-22");
  });
});
