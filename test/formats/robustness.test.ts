import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormatError } from "../../src/formats/errors.js";
import { readImport } from "../../src/formats/import.js";
import { fixtureBytes } from "./fixtures.js";

/** Reading may fail, but only with a FormatError (a message and a line), never with a crash. */
function readsOrFailsCleanly(bytes: Uint8Array, format?: "vcard" | "linkedin" | "google" | "json"): void {
  try {
    readImport(bytes, format);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
  }
}

const VCARD_LINES = [
  "BEGIN:VCARD",
  "END:VCARD",
  "VERSION:2.1",
  "VERSION:4.0",
  "FN:Ada",
  "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=89=",
  "NOTE;QUOTED-PRINTABLE:a=0D=0Ab",
  "TEL;CELL:+1",
  ' item1.EMAIL;type="a:b":x@y',
  "BDAY;X-APPLE-OMIT-YEAR=1604:1604-13-45",
  "CATEGORIES:a\\,b,c",
  "PHOTO;ENCODING=b:AAAA",
  "\tcontinued",
  "",
  ":",
  "X-;=:",
  "NOTE;CHARSET=klingon;ENCODING=QUOTED-PRINTABLE:=41",
];

describe("readers on damaged input", () => {
  it("vCard: any mix of real and broken lines reads or fails with a line number", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...VCARD_LINES), fc.string()), { maxLength: 30 }),
        fc.constantFrom("\n", "\r\n"),
        (lines, eol) => {
          readsOrFailsCleanly(new TextEncoder().encode(lines.join(eol)), "vcard");
        },
      ),
      { numRuns: 400 },
    );
  });

  it("CSV and JSON readers: any text reads or fails cleanly", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.constantFrom(undefined, "linkedin", "google", "json"),
        (text, format) => {
          readsOrFailsCleanly(new TextEncoder().encode(`First Name,Last Name,Connected On\n${text}`), format as "linkedin" | undefined);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("every fixture cut short at any byte reads or fails cleanly", () => {
    for (const name of ["android-2.1.vcf", "iphone-3.0.vcf", "v4.vcf", "linkedin-connections.csv", "google-current.csv"]) {
      const bytes = fixtureBytes(name);
      for (let cut = 1; cut < bytes.length; cut += 7) readsOrFailsCleanly(bytes.subarray(0, cut));
    }
  });
});
