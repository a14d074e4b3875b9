import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Contact, Intent } from "../../src/domain/model.js";
import { FormatError } from "../../src/formats/errors.js";
import { writeIcs } from "../../src/formats/ics.js";
import { type NetData, readJson, writeJson } from "../../src/formats/json.js";
import type { Reminder } from "../../src/rules/types.js";

function reminder(overrides: Partial<Reminder>): Reminder {
  return {
    key: "keep-in-touch:0b8f6a52:2026-11-20",
    rule: "keep-in-touch",
    subject: { id: "0b8f6a52", name: "Ada Lovelace", slug: "ada-lovelace" },
    dueOn: "2026-11-20",
    urgency: 8.5,
    message: "Reconnect with Ada, last time you shared an article; ask how the launch went",
    suggestion: "send a two-line message: what made you think of her",
    why: "Keep ties alive over time.",
    ...overrides,
  };
}

describe("writeIcs", () => {
  const reminders = [
    reminder({}),
    reminder({
      key: "quarterly-map:2026Q4",
      rule: "quarterly-map",
      subject: null,
      dueOn: "2026-12-18",
      urgency: 2,
      message: "Quarterly review; ends soon, ok?",
    }),
  ];
  const text = writeIcs(reminders, { today: "2026-11-26", version: "1.2.3" });

  it("is valid iCalendar with one all-day VTODO per reminder", () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const todos = calendar.getAllSubcomponents("vtodo");
    expect(todos).toHaveLength(2);
    const due = todos[1]?.getFirstPropertyValue("due") as ICAL.Time;
    expect(due.isDate).toBe(true);
    expect(due.toString()).toBe("2026-12-18");
    expect(todos[1]?.getFirstPropertyValue("summary")).toBe("Quarterly review; ends soon, ok?");
  });

  it("uses the reminder key as a stable UID and puts overdue reminders on today", () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const first = calendar.getAllSubcomponents("vtodo")[0]!;
    expect(first.getFirstPropertyValue("uid")).toBe("keep-in-touch:0b8f6a52:2026-11-20@net.local");
    expect((first.getFirstPropertyValue("due") as ICAL.Time).toString()).toBe("2026-11-26");
    expect(first.getFirstPropertyValue("description")).toContain("Due since 2026-11-20");
    expect(writeIcs(reminders, { today: "2026-11-26", version: "1.2.3" })).toBe(text);
  });

  it("gives dated gestures (the quarter's review, birthdays, promised follow-ups) an alarm at 9:00 on their day, and cadences none", () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const [cadence, review] = calendar.getAllSubcomponents("vtodo");
    expect(cadence?.getAllSubcomponents("valarm")).toHaveLength(0);
    const alarms = review?.getAllSubcomponents("valarm") ?? [];
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(alarms[0]?.getFirstPropertyValue("description")).toBe("Quarterly review; ends soon, ok?");
    const trigger = alarms[0]!.getFirstProperty("trigger")!;
    expect(trigger.getParameter("related")).toBe("END");
    expect((trigger.getFirstValue() as ICAL.Duration).toSeconds()).toBe(9 * 3600);
  });

  it("writes an empty calendar when nothing is due", () => {
    const calendar = new ICAL.Component(ICAL.parse(writeIcs([], { today: "2026-11-26", version: "1" })) as unknown[]);
    expect(calendar.getAllSubcomponents("vtodo")).toHaveLength(0);
  });
});

const data: NetData = {
  contacts: [
    {
      id: "c1",
      slug: "ada",
      name: "Ada",
      emails: [],
      phones: [],
      company: null,
      role: null,
      sector: null,
      circle: null,
      metWhere: null,
      metOn: "2026-01-02",
      intent: "learn",
      tier: "close",
      cadenceDays: null,
      tags: ["x"],
      notes: null,
      birthday: "--12-10",
      milestones: [],
      profileUrl: null,
      source: "added",
      createdAt: "2026-01-02T10:00:00.000Z",
      updatedAt: "2026-01-02T10:00:00.000Z",
      archivedAt: null,
      lastInteractionOn: "2026-01-02",
    },
  ],
  interactions: [
    {
      id: "i1",
      date: "2026-01-02",
      kind: "meeting",
      direction: "mutual",
      note: "first met",
      followUpOn: null,
      eventName: null,
      createdAt: "2026-01-02T10:00:00.000Z",
      people: ["c1"],
    },
  ],
  reminderState: [{ key: "thank:i1", doneOn: "2026-01-03", snoozedUntil: null, updatedAt: "2026-01-03T00:00:00.000Z" }],
  reviews: [],
  settings: { card: { text: "hi", updatedOn: "2026-01-01" } },
};

describe("net JSON", () => {
  it("reads back what it writes, with a format and version", () => {
    const text = writeJson(data, "2026-11-26");
    const doc = readJson(text);
    expect(doc).toMatchObject({ format: "net", version: 1, exportedOn: "2026-11-26" });
    // A person's latest interaction is derived: not read from the file (the import works it out again).
    const contacts = data.contacts.map((c) => ({ ...c, lastInteractionOn: null }));
    expect({ ...doc, format: undefined, version: undefined, exportedOn: undefined }).toMatchObject({ ...data, contacts });
  });

  it("reads an empty intent as no intent (the rules and the store's ranking must agree on it)", () => {
    const text = writeJson({ ...data, contacts: [{ ...(data.contacts[0] as Contact), intent: "" as Intent }] }, "2026-11-26");
    expect(readJson(text).contacts[0]?.intent).toBeNull();
    expect(readJson(writeJson(data, "2026-11-26")).contacts[0]?.intent).toBe("learn");
  });

  it("fails on broken JSON with the line where parsing stopped", () => {
    const text = writeJson(data, "2026-11-26");
    const broken = text.replace('"name": "Ada",', '"name": "Ada"');
    try {
      readJson(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormatError);
      expect((error as FormatError).line).toBe(broken.split("\n").findIndex((l) => l.includes('"emails"')) + 1);
    }
  });

  it("refuses a record with a missing or invalid field, pointing at it", () => {
    const text = writeJson(data, "2026-11-26").replace('"kind": "meeting"', '"kind": "party"');
    expect(() => readJson(text)).toThrow(/interactions\[0\]\.kind/);
  });

  it("refuses JSON that is not a net export, and exports from a newer net", () => {
    expect(() => readJson('{"contacts": []}')).toThrow(/not a net export/);
    expect(() => readJson('{"format": "net", "version": 99}')).toThrow(/newer net/);
  });
});
