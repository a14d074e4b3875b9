import { describe, expect, it } from "vitest";
import { readConnectedOn } from "../../src/formats/record.js";

// The spellings LinkedIn exports and spreadsheets re-save use, read through dayjs (strict).
describe("LinkedIn's Connected On, read with dayjs", () => {
  it.each([
    ["07-Dec-2025", "2025-12-07"],
    ["7 december 2025", "2025-12-07"],
    ["07 DEC. 2025", "2025-12-07"],
    ["DEC 07, 2025", "2025-12-07"],
    ["Dec. 7 2025", "2025-12-07"],
    ["September 30, 2024", "2024-09-30"],
    ["29 Feb 2028", "2028-02-29"],
    ["29 Feb 2027", null],
    ["31 Apr 2025", null],
    ["07 Foo 2025", null],
    ["07 Dec 0999", null],
    ["Dec 2025", null],
    ["", null],
  ])("%j is %j", (text, expected) => {
    expect(readConnectedOn(text)).toBe(expected);
  });
});
