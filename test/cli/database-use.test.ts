import { describe, expect, it } from "vitest";
import { databaseUse } from "../../src/cli/context.js";

describe("which commands keep the day's copy of the database before their first write", () => {
  it.each([
    [["nudge"], {}, false],
    [["nudge"], { interactive: true }, true],
    [["list"], {}, false],
    [["backup"], {}, false],
    [["restore"], {}, false],
    [["log"], {}, true],
    [["log", "edit"], {}, true],
    [["log", "rm"], {}, true],
    [["add"], {}, true],
    [["done"], {}, true],
    [["import"], {}, true],
    [["import"], { dryRun: true }, false],
    [["rm"], { purge: true }, true],
    [["undo"], {}, true],
    [["undo"], { list: true }, false],
  ] as const)("%j %j: %s", (command, options, copies) => {
    expect(databaseUse(command, options).backup === true).toBe(copies);
  });

  it("log edit and log rm never create a database", () => {
    expect(databaseUse(["log", "edit"]).create).toBe(false);
    expect(databaseUse(["log", "rm"]).create).toBe(false);
  });

  it("undo never creates a database", () => {
    expect(databaseUse(["undo"]).create).toBe(false);
    expect(databaseUse(["undo"], { list: true }).create).toBe(false);
  });
});
