import { describe, expect, it } from "vitest";
import { buildProgram, commandNamed } from "../../src/cli/program.js";

describe("the command a command line runs", () => {
  it.each([
    [["nudge"], "nudge"],
    [["nudge", "--all", "--json"], "nudge"],
    [["--db", "/tmp/x.db", "list"], "list"],
    [["--db=/tmp/x.db", "-q", "ls"], "ls"],
    [["--json", "show", "ada"], "show"],
    [["done", "2"], "done"],
    [["export", "--format", "ics"], "export"],
    [["help", "nudge"], undefined],
    [["nudg"], undefined],
    [["--help"], undefined],
    [["--version"], undefined],
    [["--db", "nudge"], undefined],
    [["--", "nudge"], undefined],
    [["--help", "list"], undefined],
    [["-h", "nudge"], undefined],
    [["nudge", "--help"], "nudge"],
    [[], undefined],
  ])("%j runs %s", (args, expected) => {
    expect(commandNamed(args)).toBe(expected);
  });

  it("sets up only that command, or all of them", () => {
    const names = (program: ReturnType<typeof buildProgram>) => program.commands.map((c) => c.name());
    expect(names(buildProgram("snooze"))).toEqual(["nudge", "done", "snooze"]);
    expect(names(buildProgram("ls"))).toEqual(["list"]);
    expect(names(buildProgram())).toEqual([
      "nudge",
      "done",
      "snooze",
      "add",
      "log",
      "draft",
      "list",
      "show",
      "search",
      "edit",
      "rm",
      "map",
      "card",
      "goals",
      "rules",
      "import",
      "export",
      "backup",
      "restore",
      "undo",
      "hook",
      "remind",
      "completion",
    ]);
    // completion describes every command.
    expect(names(buildProgram("completion"))).toEqual(names(buildProgram()));
  });
});
