/**
 * Issue 13: what the readers refuse before it fills memory or the database, as tables. Each limit
 * fails with the line at fault; UTF-16 without a byte-order mark is named as such; a JSON export
 * passes the checks the commands apply (`net add`, `net log`, `net rules set`, `net goals set`).
 */
import { describe, expect, it } from "vitest";
import { goalProblem, ruleParamProblem } from "../../src/domain/settings.js";
import { parseCsv } from "../../src/formats/csv.js";
import { FormatError } from "../../src/formats/errors.js";
import { readJson, writeJson } from "../../src/formats/json.js";
import { FIELD_LIMIT_TEXT, FILE_LIMIT_TEXT, MAX_FIELD_CHARS, MAX_RECORD_CHARS, RECORD_LIMIT_TEXT } from "../../src/formats/limits.js";
import { readDay } from "../../src/formats/record.js";
import { decodeText, looksLikeUtf16 } from "../../src/formats/text.js";
import { logicalLines } from "../../src/formats/vcard-lines.js";

function failure(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

const over = "x".repeat(MAX_FIELD_CHARS + 1);
const atLimit = "x".repeat(MAX_FIELD_CHARS);

describe("CSV field and row limits", () => {
  it.each<[string, string, number, RegExp]>([
    ["an unquoted field over the limit", `a,b\nc,${over}\n`, 2, /a field longer than 1,000,000 characters/],
    ["a quoted field over the limit, named by its first line", `a,b\nc,"starts here\n${over}"\n`, 2, /a field longer than/],
    ["a quoted field of line breaks over the limit", `a\n"${"\n".repeat(MAX_FIELD_CHARS + 1)}"\n`, 2, /a field longer than/],
    [
      "a row of small fields over the row limit",
      `a\n${"xxx,".repeat(MAX_RECORD_CHARS / 4 + 1)}\n`,
      2,
      /a row longer than 4,000,000 characters/,
    ],
    ["a single line with no line break", over, 1, /a field longer than/],
  ])("refuses %s, naming its line", (_, text, line, message) => {
    const error = failure(() => parseCsv(text));
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });

  it("reads a field exactly at the limit", () => {
    expect(parseCsv(`a\n${atLimit}\n`)[1]?.cells[0]).toHaveLength(MAX_FIELD_CHARS);
  });
});

describe("vCard line limits", () => {
  it("keeps only the name and parameters of a photo, however long", () => {
    const photo = `PHOTO;ENCODING=b;TYPE=JPEG:${"A".repeat(70)}\r\n${` ${"A".repeat(75)}\r\n`.repeat(40_000)}`;
    const lines = logicalLines(`BEGIN:VCARD\r\nFN:Ada\r\n${photo}NOTE:hi\r\nEND:VCARD`);
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, "BEGIN:VCARD"],
      [2, "FN:Ada"],
      [3, "PHOTO;ENCODING=b;TYPE=JPEG:"],
      [40_004, "NOTE:hi"],
      [40_005, "END:VCARD"],
    ]);
  });

  it.each<[string, string, number]>([
    ["one long line", `BEGIN:VCARD\r\nNOTE:${over}\r\nEND:VCARD`, 2],
    ["a line folded past the limit", `BEGIN:VCARD\r\nFN:Ada\r\nNOTE:a\r\n ${atLimit}\r\nEND:VCARD`, 3],
    ["a quoted-printable value past the limit", `BEGIN:VCARD\r\nNOTE;QUOTED-PRINTABLE:=\r\n${over}\r\nEND:VCARD`, 2],
  ])("refuses %s, naming the line it starts on", (_, text, line) => {
    const error = failure(() => logicalLines(text));
    expect(error.message).toMatch(/a property longer than 1,000,000 characters/);
    expect(error.line).toBe(line);
  });
});

describe("UTF-16 without a byte-order mark", () => {
  const utf16 = (text: string, order: "le" | "be") => {
    const le = Buffer.from(text, "utf16le");
    return order === "le" ? new Uint8Array(le) : new Uint8Array(le.swap16());
  };
  it.each<[string, Uint8Array, string | null]>([
    ["LE text", utf16("First Name,Last Name\r\nAda,Lovelace\r\n", "le"), "UTF-16LE"],
    ["BE text", utf16("BEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD\r\n", "be"), "UTF-16BE"],
    ["LE text with accents", utf16("Prénom,Nom\r\nÉloïse,Müller\r\n", "le"), "UTF-16LE"],
    ["UTF-8 text", new TextEncoder().encode("Ada,Lovelace\n"), null],
    ["binary data", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), null],
    ["a single byte", new Uint8Array([0x41]), null],
  ])("%s → %s", (_, bytes, expected) => {
    expect(looksLikeUtf16(bytes)).toBe(expected);
  });

  it("fails with the encoding named and how to convert it", () => {
    const error = failure(() => decodeText(utf16("Ada,Lovelace\r\n", "le")));
    expect(error.message).toMatch(/looks like UTF-16LE text without a byte-order mark/);
    expect(error.hint).toMatch(/iconv -f UTF-16LE -t UTF-8/);
  });
});

describe("readDay: years before 1000 are placeholders", () => {
  it.each([
    ["0000-12-10", "--12-10"],
    ["0001-12-10", "--12-10"],
    ["0999-02-29", "--02-29"],
    ["1000-12-10", "1000-12-10"],
    ["1815-12-10", "1815-12-10"],
    ["0001-02-30", null],
  ])("%s → %s", (text, expected) => {
    expect(readDay(text)).toBe(expected);
  });
});

describe("settings checks shared by the commands and JSON import", () => {
  it.each<["days" | "count", unknown, boolean]>([
    ["days", 1, true],
    ["days", 3650, true],
    ["days", 0, false],
    ["days", 3651, false],
    ["days", 1e9, false],
    ["days", 1.5, false],
    ["days", "7", false],
    ["count", 0, true],
    ["count", 100_000, true],
    ["count", 100_001, false],
    ["count", -1, false],
    ["count", Number.NaN, false],
  ])("a %s parameter of %j is accepted: %s", (unit, value, ok) => {
    expect(ruleParamProblem(unit, value) === null).toBe(ok);
  });

  it.each<[unknown, boolean]>([
    [0, true],
    [1000, true],
    [1001, false],
    [1e9, false],
    [-1, false],
    [2.5, false],
    [null, false],
  ])("a goal of %j is accepted: %s", (value, ok) => {
    expect(goalProblem(value) === null).toBe(ok);
  });
});

describe("readJson checks each value", () => {
  const ada = {
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
    intent: null,
    tier: "network",
    cadenceDays: null,
    tags: [],
    notes: null,
    birthday: null,
    milestones: [],
    profileUrl: null,
    source: "added",
    createdAt: "2026-01-02T10:00:00.000Z",
    updatedAt: "2026-01-02T10:00:00.000Z",
    archivedAt: null,
    lastInteractionOn: null,
  };
  const rules = {
    congratulate: { daysBefore: "days", daysAfter: "days", newsDays: "days" },
    "not-isolated": { min: "count", days: "days" },
  } as const;
  const text = (contact: Record<string, unknown>, settings: Record<string, unknown> = {}) =>
    writeJson({ contacts: [{ ...ada, ...contact } as never], interactions: [], reminderState: [], reviews: [], settings }, "2026-11-26");

  it.each<[string, Record<string, unknown>, Record<string, unknown>, RegExp | null]>([
    ["as exported", {}, {}, null],
    ["a birthday without a year", { birthday: "--02-29" }, {}, null],
    ["birthday 02-30", { birthday: "--02-30" }, {}, /contacts\[0\]\.birthday/],
    ["birthday 0000-12-10", { birthday: "0000-12-10" }, {}, /contacts\[0\]\.birthday/],
    ["metOn 0000-01-01", { metOn: "0000-01-01" }, {}, /contacts\[0\]\.metOn/],
    ["metOn tomorrow (another time zone)", { metOn: "2026-11-27" }, {}, null],
    ["metOn in two days", { metOn: "2026-11-28" }, {}, /contacts\[0\]\.metOn/],
    ["an intent net doesn't have", { intent: "conquer" }, {}, /contacts\[0\]\.intent/],
    ["a cadence of eleven years", { cadenceDays: 4015 }, {}, /contacts\[0\]\.cadenceDays/],
    ["a stamp that is not one", { createdAt: "yesterday" }, {}, /contacts\[0\]\.createdAt/],
    ["a name over the field limit", { name: "x".repeat(MAX_FIELD_CHARS + 1) }, {}, /contacts\[0\]\.name/],
    ["keepInTouchDoneOn in range", { keepInTouchDoneOn: "2026-11-20" }, {}, null],
    ["keepInTouchDoneOn 0000-01-01", { keepInTouchDoneOn: "0000-01-01" }, {}, /contacts\[0\]\.keepInTouchDoneOn/],
    ["a derived value out of range (ignored)", { lastInteractionOn: "9999-12-31" }, {}, null],
    ["daysBefore 1e9", {}, { rules: { congratulate: { params: { daysBefore: 1e9 } } } }, /daysBefore is not a number of days/],
    ["min 3", {}, { rules: { "not-isolated": { enabled: false, params: { min: 3 } } } }, null],
    ["an unknown parameter", {}, { rules: { congratulate: { params: { speed: 3 } } } }, /a parameter congratulate doesn't have/],
    ["enabled: 'yes'", {}, { rules: { congratulate: { enabled: "yes" } } }, /enabled is not true or false/],
    ["a card text of 42", {}, { card: { text: 42, updatedOn: "2026-11-01" } }, /settings\.card\.text is not a non-empty text/],
    ["a card without a day", {}, { card: { text: "hi", updatedOn: "soon" } }, /settings\.card\.updatedOn is not a day/],
    ["intentions net doesn't have", {}, { intentions: ["learn", "conquer"] }, /settings\.intentions is not a list of/],
    ["a goal of 5", {}, { goals: { eventsPerMonth: 5 } }, null],
    ["a goal net doesn't have", {}, { goals: { world: 1 } }, /settings\.goals\.world is not a goal net has/],
  ])("%s", (_, contact, settings, message) => {
    const read = () => readJson(text(contact, settings), { today: "2026-11-26", rules });
    if (message === null) expect(read).not.toThrow();
    else expect(failure(read).message).toMatch(message);
  });

  it("points at the line of a bad setting", () => {
    const json = text({}, { rules: { congratulate: { params: { daysBefore: 1e9 } } } });
    const line = json.split("\n").findIndex((l) => l.includes('"daysBefore"')) + 1;
    expect(failure(() => readJson(json, { today: "2026-11-26", rules })).line).toBe(line);
  });

  it("reads derived values as unknown, and leaves out settings it doesn't know or that are the other machine's", () => {
    const doc = readJson(text({ lastInteractionOn: "9999-12-31" }, { "nudge.shown": { day: "x" }, later: 1 }), {
      today: "2026-11-26",
      rules,
    });
    expect(doc.contacts[0]?.lastInteractionOn).toBeNull();
    expect(doc.settings).toEqual({});
    expect(doc.settingsLeftOut).toEqual(["later"]);
  });
});

describe("the limits as messages say them", () => {
  it("groups thousands with commas", () => {
    expect([FIELD_LIMIT_TEXT, RECORD_LIMIT_TEXT, FILE_LIMIT_TEXT]).toEqual(["1,000,000 characters", "4,000,000 characters", "256 MB"]);
  });
});
