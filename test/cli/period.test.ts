import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/cli/period.js";
import { UserError } from "../../src/domain/errors.js";

function usageFailure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("map's period flags", () => {
  it.each([
    [{}, "2026Q4", "2026-10-01", "2026-12-31"],
    [{ quarter: true }, "2026Q4", "2026-10-01", "2026-12-31"],
    [{ quarter: "2026Q3" }, "2026Q3", "2026-07-01", "2026-09-30"],
    [{ quarter: "2026-q1" }, "2026Q1", "2026-01-01", "2026-03-31"],
    [{ quarter: "Q2" }, "2026Q2", "2026-04-01", "2026-06-30"],
    [{ quarter: "Q1 2025" }, "2025Q1", "2025-01-01", "2025-03-31"],
    // The French way (trimestre), in any language: T4 2026 as the map writes it.
    [{ quarter: "T4 2026" }, "2026Q4", "2026-10-01", "2026-12-31"],
    [{ quarter: "t4 2026" }, "2026Q4", "2026-10-01", "2026-12-31"],
    [{ quarter: "T4-2026" }, "2026Q4", "2026-10-01", "2026-12-31"],
    [{ quarter: " T3 2025 " }, "2025Q3", "2025-07-01", "2025-09-30"],
    [{ quarter: "2026T1" }, "2026Q1", "2026-01-01", "2026-03-31"],
    [{ quarter: "T2" }, "2026Q2", "2026-04-01", "2026-06-30"],
    [{ month: "2026-10" }, "2026-10", "2026-10-01", "2026-10-31"],
    [{ month: true }, "2026-11", "2026-11-01", "2026-11-30"],
    [{ month: "2028-02" }, "2028-02", "2028-02-01", "2028-02-29"],
    [{ month: "2027-02" }, "2027-02", "2027-02-01", "2027-02-28"],
    [{ year: "2025" }, "2025", "2025-01-01", "2025-12-31"],
    [{ year: true }, "2026", "2026-01-01", "2026-12-31"],
    [{ since: "2026-07-15" }, "2026-07-15..2026-11-26", "2026-07-15", "2026-11-26"],
    [{ since: "2026-01-01", until: "2026-03-31" }, "2026-01-01..2026-03-31", "2026-01-01", "2026-03-31"],
  ])("reads %j as %s", (flags, label, from, to) => {
    expect(parsePeriod(flags, "2026-11-26")).toMatchObject({ label, from, to });
  });

  it.each([
    [{ quarter: "2026Q5" }, "2026Q5"],
    [{ quarter: "2026Q0" }, "2026Q0"],
    [{ quarter: "26Q1" }, "26Q1"],
    [{ quarter: "T5 2026" }, "T5 2026"],
    [{ quarter: "T4 26" }, "T4 26"],
    [{ month: "2026-13" }, "2026-13"],
    [{ month: "2026-00" }, "2026-00"],
    [{ month: "2026-1" }, "2026-1"],
    [{ year: "26" }, "26"],
  ])("refuses %j as a usage error listing the accepted forms", (flags, text) => {
    const error = usageFailure(() => parsePeriod(flags, "2026-11-26"));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(text);
    expect(error.hint).toContain("--quarter [2026Q3]");
    expect(error.hint).toContain("--month [2026-10]");
  });

  it.each([
    [{ quarter: true, month: "2026-10" }, "choose one period"],
    [{ year: "2026", since: "2026-01-01" }, "choose one period"],
    [{ until: "2026-09-30" }, "--until needs --since"],
    [{ since: "2026-10-01", until: "2026-09-30" }, "before --since"],
    [{ since: "someday" }, "can't read 'someday'"],
  ])("refuses %j (%s)", (flags, message) => {
    const error = usageFailure(() => parsePeriod(flags, "2026-11-26"));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(message);
  });
});
