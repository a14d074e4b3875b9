import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCell, parseCsv, writeCsv } from "../../src/formats/csv.js";
import { FormatError } from "../../src/formats/errors.js";
import { decodeText, firstInvalidUtf8 } from "../../src/formats/text.js";
import { fixtureBytes } from "./fixtures.js";

function failure(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

describe("decodeText", () => {
  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
  });

  it("reads UTF-16 files that start with a byte-order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]);
    expect(decodeText(le)).toBe("Aé");
    expect(decodeText(be)).toBe("Aé");
  });

  it("rejects binary data, naming the line where the bytes stop being text", () => {
    const error = failure(() => decodeText(fixtureBytes("garbage.bin")));
    expect(error.message).toMatch(/binary/);
    expect(error.line).toBe(2);
  });

  it("rejects text that is not UTF-8, naming the line of the first bad byte", () => {
    const error = failure(() => decodeText(fixtureBytes("latin1.csv")));
    expect(error.message).toMatch(/UTF-8/);
    expect(error.line).toBe(3);
  });

  it("accepts any well-formed UTF-8 text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const clean = text.replace(/\0/g, "");
        const bytes = new TextEncoder().encode(clean);
        expect(firstInvalidUtf8(bytes)).toBe(-1);
        expect(decodeText(bytes)).toBe(clean.replace(/^\uFEFF/, ""));
      }),
    );
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with doubled quotes, commas and line breaks, and numbers records by their first line", () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\nlast,row');
    expect(records).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["x, y", 'say "hi"'], line: 2 },
      { cells: ["two\nlines", "z"], line: 3 },
      { cells: ["last", "row"], line: 5 },
    ]);
  });

  it("accepts LF, CRLF and CR line endings alike", () => {
    const cells = (text: string) => parseCsv(text).map((r) => r.cells);
    expect(cells("a,b\nc,d\n")).toEqual(cells("a,b\r\nc,d\r\n"));
    expect(cells("a,b\rc,d\r")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("fails on a quoted field that never closes, naming the line it opened on", () => {
    const error = failure(() => parseCsv('a,b\nc,"open\nand on\n'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/never closes/);
  });
});

describe("writeCsv", () => {
  it.each(['=HYPERLINK("http://x")', "+1 555", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "neutralises a cell starting with a formula character: %j",
    (cell) => {
      const [record] = parseCsv(writeCsv([[cell]]));
      expect(record?.cells[0]).toBe(`'${cell}`.replace(/\r/g, "\n"));
    },
  );

  it("leaves ordinary cells alone", () => {
    expect(neutraliseCell("Ada Lovelace")).toBe("Ada Lovelace");
    expect(neutraliseCell("a=b")).toBe("a=b");
  });

  it("round-trips any table through parseCsv (cells neutralised)", () => {
    const cell = fc.string({ unit: "grapheme" }).map((s) => s.replace(/\r/g, ""));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const read = parseCsv(writeCsv(rows)).map((r) => r.cells);
        expect(read).toEqual(rows.map((row) => row.map(neutraliseCell)));
      }),
    );
  });
});
