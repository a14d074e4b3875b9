import { describe, expect, it } from "vitest";
import {
  addDays,
  addDuration,
  addMonths,
  DATE_FORMS,
  DURATION_FORMS,
  daysBetween,
  durationDays,
  formatDays,
  isIsoDate,
  localDay,
  parseDate,
  parseDuration,
  parseWhen,
  readDate,
  readDuration,
  relativeDay,
  stampOn,
} from "../../src/domain/dates.js";
import { UserError } from "../../src/domain/errors.js";

// 2026-11-23 is a Monday; 2026-11-26 a Thursday.
const THURSDAY = "2026-11-26";

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("isIsoDate", () => {
  it.each([
    ["2026-11-20", true],
    ["2028-02-29", true],
    ["2026-02-28", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["2026-1-5", false],
    ["20261120", false],
    ["", false],
  ])("%s is a calendar day: %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe("readDate", () => {
  it.each([
    ["2026-11-20", "2026-11-20"],
    ["  2026-11-20  ", "2026-11-20"],
    ["today", THURSDAY],
    ["Today", THURSDAY],
    ["now", THURSDAY],
    ["yesterday", "2026-11-25"],
    ["tomorrow", "2026-11-27"],
    ["3 days ago", "2026-11-23"],
    ["3  DAYS   ago", "2026-11-23"],
    ["a week ago", "2026-11-19"],
    ["2 weeks ago", "2026-11-12"],
    ["one month ago", "2026-10-26"],
    ["1 year ago", "2025-11-26"],
    ["in 2 weeks", "2026-12-10"],
    ["in 3 days", "2026-11-29"],
    ["in a month", "2026-12-26"],
    ["last week", "2026-11-19"],
    ["last month", "2026-10-26"],
    ["last year", "2025-11-26"],
    ["next monday", "2026-11-30"],
    ["last fri", "2026-11-20"],
  ])("reads %j on Thursday 2026-11-26 as %s", (text, expected) => {
    expect(readDate(text, THURSDAY)).toBe(expected);
  });

  // "last friday" is the most recent Friday strictly before today, whatever the day.
  it.each([
    ["Monday", "2026-11-23", "2026-11-20"],
    ["Tuesday", "2026-11-24", "2026-11-20"],
    ["Wednesday", "2026-11-25", "2026-11-20"],
    ["Thursday", "2026-11-26", "2026-11-20"],
    ["Friday", "2026-11-27", "2026-11-20"],
    ["Saturday", "2026-11-28", "2026-11-27"],
    ["Sunday", "2026-11-29", "2026-11-27"],
  ])("'last friday' on a %s (%s) is %s", (_day, today, expected) => {
    expect(readDate("last friday", today)).toBe(expected);
    expect(readDate("friday", today)).toBe(expected);
  });

  it.each([
    ["Thursday", "2026-11-26", "2026-11-30"],
    ["Sunday", "2026-11-29", "2026-11-30"],
    ["Monday", "2026-11-30", "2026-12-07"],
  ])("'next monday' on a %s (%s) is %s", (_day, today, expected) => {
    expect(readDate("next monday", today)).toBe(expected);
  });

  it.each(["2026-02-30", "2026-13-01", "2026-04-31", "blurfday", "last blurf", "3 blurfs ago", "in 2 fortnights", "", "fr"])(
    "gives up on %j (the caller may try a fuller parser)",
    (text) => {
      expect(readDate(text, THURSDAY)).toBeNull();
    },
  );
});

describe("parseDate", () => {
  it("returns the day for a form it reads", () => {
    expect(parseDate("yesterday", THURSDAY)).toBe("2026-11-25");
  });

  it("asks the fallback parser for forms it does not read", () => {
    expect(parseDate("Nov 20", THURSDAY, { fallback: () => "2026-11-20" })).toBe("2026-11-20");
  });

  it.each(["blurfday", "next blurf", ""])("refuses unreadable %j: UserError exit 2 listing the accepted forms", (text) => {
    const error = thrown(() => parseDate(text, THURSDAY, { what: "the meeting date", fallback: () => null }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`can't read '${text}' as the meeting date`);
    expect(error.hint).toContain(DATE_FORMS);
    expect(error.hint).toContain("last friday");
    expect(error.hint).toContain("3 days ago");
  });

  // An impossible ISO day must not be handed to a lenient parser that reads it some other way.
  it.each(["2026-02-30", "2026-13-01", "2026-04-31"])("refuses the impossible day %s without asking the fallback", (text) => {
    let asked = false;
    const error = thrown(() =>
      parseDate(text, THURSDAY, {
        fallback: () => {
          asked = true;
          return "2026-01-13";
        },
      }),
    );
    expect(asked).toBe(false);
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(text);
  });
});

describe("durations", () => {
  it.each([
    ["10d", { amount: 10, unit: "d" }, 10],
    ["2w", { amount: 2, unit: "w" }, 14],
    ["3m", { amount: 3, unit: "m" }, 90],
    ["1y", { amount: 1, unit: "y" }, 365],
    ["2 weeks", { amount: 2, unit: "w" }, 14],
    [" 6 Months ", { amount: 6, unit: "m" }, 180],
    ["1 day", { amount: 1, unit: "d" }, 1],
  ])("reads %j as %o (%i days as a cadence)", (text, duration, days) => {
    expect(readDuration(text)).toEqual(duration);
    expect(durationDays(parseDuration(text))).toBe(days);
  });

  it.each(["0d", "-2w", "2", "w", "2x", "2 fortnights", "1.5w", "", "today"])("%j is not a duration", (text) => {
    expect(readDuration(text)).toBeNull();
    const error = thrown(() => parseDuration(text, "cadence"));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`'${text}' is not a cadence`);
    expect(error.hint).toContain(DURATION_FORMS);
  });

  it.each([
    ["2026-11-26", "10d", "2026-12-06"],
    ["2026-11-26", "2w", "2026-12-10"],
    ["2026-11-26", "3m", "2027-02-26"],
    ["2026-11-26", "1y", "2027-11-26"],
    ["2026-01-31", "1m", "2026-02-28"],
    ["2028-01-31", "1m", "2028-02-29"],
    ["2026-03-31", "1m", "2026-04-30"],
    ["2026-08-31", "3m", "2026-11-30"],
    ["2028-02-29", "1y", "2029-02-28"],
    ["2028-02-29", "4y", "2032-02-29"],
    ["2026-12-31", "2d", "2027-01-02"],
    ["2028-02-28", "1d", "2028-02-29"],
  ])("%s + %s is %s", (day, text, expected) => {
    expect(addDuration(day, parseDuration(text))).toBe(expected);
  });

  it.each([
    ["2026-03-31", "1m", "2026-02-28"],
    ["2028-03-31", "1m", "2028-02-29"],
    ["2027-01-15", "3m", "2026-10-15"],
    ["2026-01-01", "1d", "2025-12-31"],
  ])("%s - %s is %s", (day, text, expected) => {
    expect(addDuration(day, parseDuration(text), -1)).toBe(expected);
  });

  it.each([
    [14, "2w"],
    [30, "1m"],
    [90, "3m"],
    [365, "1y"],
    [10, "10d"],
  ])("formats a %i-day cadence as %s", (days, text) => {
    expect(formatDays(days)).toBe(text);
  });
});

describe("calendar arithmetic", () => {
  it("adds months across a year end", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-02-15", -3)).toBe("2025-11-15");
  });

  it("counts days between dates across a DST change and a leap day", () => {
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-11-26", "2026-11-20")).toBe(-6);
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
  });

  it.each([
    ["2026-11-26", "today"],
    ["2026-11-25", "yesterday"],
    ["2026-11-27", "tomorrow"],
    ["2026-11-20", "6 days ago"],
    ["2026-12-06", "in 10 days"],
  ])("describes %s as %j seen from 2026-11-26", (day, text) => {
    expect(relativeDay(day, THURSDAY)).toBe(text);
  });
});

describe("dates are years 1000 to 9999; negative amounts are refused (issue 13)", () => {
  it.each([
    ["1000-01-01", true],
    ["9999-12-31", true],
    ["0999-12-31", false],
    ["0000-01-01", false],
  ])("isIsoDate(%j) is %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it.each<[string, RegExp]>([
    ["99999999 days ago", /^the date '99999999 days ago' falls outside the years 1000 to 9999 \(-271764-03-1\d\)$/],
    ["9999 years ago", /^the date '9999 years ago' falls outside the years 1000 to 9999$/],
    ["-1 days ago", /^the date '-1 days ago' has a negative number$/],
    ["in -3 days", /^the date 'in -3 days' has a negative number$/],
    ["- 2 weeks ago", /negative number/],
  ])("parseDate(%j) is a usage error naming the field", (text, message) => {
    // The fallback stands for chrono-node, which reads these as far-off or opposite days.
    const fallback = (t: string) => (t.includes("99999999") ? "-271764-03-12" : "2026-11-25");
    const error = thrown(() => parseDate(text, THURSDAY, { what: "the date", fallback }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
  });

  it.each<[string, RegExp]>([
    ["9999y", /^the follow-up date '9999y' falls outside the years 1000 to 9999 \(12025-11-26\)$/],
    ["in -3 days", /^the follow-up date 'in -3 days' has a negative number$/],
    ["-2w", /negative number/],
  ])("parseWhen(%j) is a usage error naming the field", (text, message) => {
    const error = thrown(() => parseWhen(text, THURSDAY, () => "2026-11-23"));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
  });

  it("still reads dates with a dash that is not a minus", () => {
    expect(parseDate("2026-11-20", THURSDAY)).toBe("2026-11-20");
    expect(parseDate("Nov-20", THURSDAY, { fallback: () => "2026-11-20" })).toBe("2026-11-20");
  });
});

describe("parseWhen (follow-ups)", () => {
  it.each([
    ["2w", "2026-12-10"],
    ["10d", "2026-12-06"],
    ["3m", "2027-02-26"],
    ["2026-12-01", "2026-12-01"],
    ["next monday", "2026-11-30"],
    ["in 2 weeks", "2026-12-10"],
    ["tomorrow", "2026-11-27"],
    // A follow-up on a weekday is the coming one, never one already past.
    ["friday", "2026-11-27"],
    ["Friday", "2026-11-27"],
    ["this friday", "2026-11-27"],
    ["thursday", "2026-12-03"],
    ["mon", "2026-11-30"],
    ["next friday", "2026-11-27"],
  ])("reads %j from 2026-11-26 as %s", (text, expected) => {
    expect(parseWhen(text, THURSDAY)).toBe(expected);
  });

  it("refuses unreadable text with both kinds of accepted forms in the hint", () => {
    const error = thrown(() => parseWhen("whenever", THURSDAY, () => null));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe("can't read 'whenever' as a date or duration");
    expect(error.hint).toContain(DURATION_FORMS);
    expect(error.hint).toContain(DATE_FORMS);
  });

  it("refuses an impossible ISO day without asking the fallback", () => {
    const error = thrown(() => parseWhen("2026-13-01", THURSDAY, () => "2026-01-13"));
    expect(error.exitCode).toBe(2);
  });
});

describe("stampOn", () => {
  // Node reads TZ again when it changes: each row runs in its zone.
  const zone = process.env.TZ;
  const inZone = <T>(tz: string, fn: () => T): T => {
    process.env.TZ = tz;
    try {
      return fn();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  };

  it.each([
    // 23:30 in São Paulo is already the next day in UTC: the stamp keeps the local day.
    ["America/Sao_Paulo", "2026-11-27T02:30:00.000Z", "2026-11-26T23:30:00.000-03:00"],
    ["Asia/Kolkata", "2026-11-25T20:00:00.000Z", "2026-11-26T01:30:00.000+05:30"],
    ["UTC", "2026-11-26T09:15:02.007Z", "2026-11-26T09:15:02.007Z"],
  ])("in %s, an unpinned reading at %s is stamped %s: the local day, the same instant", (tz, instant, stamp) => {
    const clock = new Date(instant);
    const written = inZone(tz, () => stampOn(localDay(clock), clock));
    expect(written).toBe(stamp);
    expect(Date.parse(written)).toBe(clock.getTime());
  });

  it.each([
    ["UTC", "2026-01-05T10:00:00.000Z", "2026-11-26T10:00:00.000Z"],
    ["America/Sao_Paulo", "2026-01-05T02:30:00.000Z", "2026-11-26T23:30:00.000-03:00"],
  ])("in %s, a pinned day keeps the time of the reading (%s) on that day", (tz, instant, stamp) => {
    expect(inZone(tz, () => stampOn(THURSDAY, new Date(instant)))).toBe(stamp);
  });
});
