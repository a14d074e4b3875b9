/**
 * `--json` is for scripts: the same bytes whatever the language (issue 15), while the text output
 * of the same command is French under a French locale.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../helpers/cli.js";

const FR = { LANG: "fr_FR.UTF-8" };

describe("--json in every language", () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox("2026-11-26");
    box.ok(["add", "Ada Lovelace", "--date", "2026-11-25", "--no-input"]);
    box.ok(["add", "Grace Hopper", "--date", "2026-05-01", "--tier", "close", "--no-input"]);
    box.ok(["log", "grace", "--kind", "help", "--received", "--date", "2026-11-20", "--note", "intro to an investor"]);
  });
  afterAll(() => box.cleanup());

  it.each([
    [["nudge", "--json"]],
    [["nudge", "--all", "--json"]],
    [["nudge", "--brief", "--json"]],
    [["nudge", "--week", "--json"]],
    [["rules", "--json"]],
    [["list", "--json"]],
    [["map", "--quarter", "--json", "--no-record"]],
  ])("net %j prints the same JSON in French as in English", (args) => {
    const english = box.ok(args);
    const french = box.ok(args, { env: FR });
    expect(JSON.parse(english)).toBeTruthy();
    expect(french).toBe(english);
  });

  it("while the text of the same reminders is French", () => {
    const english = box.ok(["nudge", "--all"]);
    const french = box.ok(["nudge", "--all"], { env: FR });
    expect(english).toContain("Thank Grace Hopper");
    expect(french).toContain("Remercie Grace Hopper");
  });
});
