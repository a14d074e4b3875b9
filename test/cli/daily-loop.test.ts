/**
 * Issue 12, "the daily loop is right in real use", through the built binary (today pinned to
 * Thursday 2026-11-26): the hint after `net add` fits the meeting day, and every usage error is one
 * line plus a `hint:` line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

describe("the hint after net add fits the meeting day", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
  });
  afterAll(() => box.cleanup());

  /** The last line net add says: the hint (no follow-up was given). */
  const hint = (name: string, date: string) => {
    const { stderr, code } = box.run(["add", name, "--date", date, "--no-input"]);
    expect(code, stderr).toBe(0);
    return stderr.trim().split("\n").at(-1);
  };

  // first-follow-up reminds for 2 days after the meeting: the hint counts from the meeting, not from today.
  it.each([
    ["today", "A short thank-you message within 2 days (by 2026-11-28) makes the first contact stick"],
    ["yesterday", "A short thank-you message by tomorrow (2026-11-27) makes the first contact stick"],
    ["2 days ago", "A short thank-you message today makes the first contact stick"],
  ])("met %s: the days left of the first follow-up", (date, expected) => {
    expect(hint(`Met ${date}`, date)).toBe(`${expected}: net log met-${date.replace(/ /g, "-")} --kind message`);
  });

  it("met last friday: the two days are over, and the hint doesn't promise them", () => {
    const line = hint("Friday Person", "last friday");
    expect(line).not.toContain("within");
    expect(line).toBe(
      "A short message now, recalling what you talked about, still makes the first contact stick: net log friday-person --kind message",
    );
  });

  it("follows the rule's tuned window", () => {
    box.ok(["rules", "set", "first-follow-up.days", "7d"]);
    try {
      expect(hint("Tuned Person", "last friday")).toContain("by tomorrow (2026-11-27)");
    } finally {
      box.ok(["rules", "reset", "first-follow-up"]);
    }
  });
});

describe("usage errors are one line plus a hint", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox();
    box.ok(["add", "Grace Hopper", "--no-input"]);
  });
  afterAll(() => box.cleanup());

  it.each([
    [["nudg"], "error: unknown command 'nudg'", "hint: did you mean net nudge? (net --help lists every command)"],
    [["bogus"], "error: unknown command 'bogus'", "hint: net --help lists every command"],
    [["--bogus"], "error: unknown option '--bogus'", "hint: net --help lists the options"],
    [["nudge", "--rul", "thank"], "error: unknown option '--rul'", "hint: did you mean --rule? (net nudge --help lists the options)"],
    [["list", "--bogus"], "error: unknown option '--bogus'", "hint: net list --help lists the options"],
    [["show"], "error: missing required argument 'who'", "hint: usage: net show [options] <who>"],
    [["snooze", "1"], "error: missing required argument 'duration'", "hint: usage: net snooze [options] <n> <duration>"],
    [
      ["show", "grace", "hopper"],
      "error: too many arguments for 'show'. Expected 1 argument but got 2.",
      "hint: usage: net show [options] <who> (quote a value with spaces)",
    ],
    [["list", "extra"], "error: too many arguments for 'list'. Expected 0 arguments but got 1.", "hint: usage: net list [options]"],
    [["rules", "sett"], "error: unknown command 'rules sett'", "hint: did you mean net rules set? (net rules --help lists its commands)"],
    [
      ["log", "grace", "--kind", "lunch"],
      "error: 'lunch' is not a choice for --kind",
      "hint: choose one of meeting, call, message, share, congrats, checkin, help, intro, thanks, event, news, ask",
    ],
    [["export", "--format", "xml"], "error: 'xml' is not a choice for --format", "hint: choose one of json, csv, vcard, ics, dot"],
    [
      ["add", "X", "--date"],
      "error: --date needs a value",
      "hint: --date <date>: when you met (today, yesterday, 'last friday', 2026-11-20)",
    ],
  ])("net %j", (args, error, hint) => {
    const { stdout, stderr, code } = box.run(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${error}\n${hint}\n`);
  });

  it("help and version still succeed, on stdout", () => {
    for (const args of [["--help"], ["nudge", "--help"], ["-V"]]) {
      const { stdout, stderr, code } = box.run(args);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).not.toBe("");
    }
  });

  it("neutralises what was typed, like any user text", () => {
    const { stderr, code } = box.run(["nu\u001b[2Jdge"]);
    expect(code).toBe(2);
    expect(stderr).toBe("error: unknown command 'nu\\x1b[2Jdge'\nhint: net --help lists every command\n");
  });
});
