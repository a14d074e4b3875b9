/**
 * Which modules a run of the built CLI loads: proof that the daily commands leave the prompt
 * library alone (issue 5, start-up).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Paths of the built files holding inquirer's code, whatever the build named them. */
export function promptLibraryFiles(): string[] {
  return readdirSync(DIST)
    .map((f) => join(DIST, f))
    .filter((f) => f.endsWith(".cjs") && readFileSync(f, "utf8").includes("User force closed the prompt"));
}

/**
 * Writes a script into `dir` that, when the process ends, appends the path of every module it
 * loaded (and Node's own modules, as node:<name>) to the file named by $NET_TEST_MODULE_LOG: what the process loaded, not what the bundle
 * contains (the built CLI is CommonJS, lazy parts included). Returns the file to pass to `node --require`.
 */
export function writeModuleRecorder(dir: string): string {
  const recorder = join(dir, "record-modules.cjs");
  writeFileSync(
    recorder,
    `const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  if (!process.env.NET_TEST_MODULE_LOG) return;
  // Node's own modules too, as node:<name> (internal ones included), from its load list.
  const builtins = process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).map((m) => "node:" + m.slice(13));
  appendFileSync(process.env.NET_TEST_MODULE_LOG, [...Object.keys(require.cache), ...builtins].join("\\n") + "\\n");
});
`,
  );
  return recorder;
}
