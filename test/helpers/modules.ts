/**
 * Which modules a run of the built CLI loads: proof that the daily commands leave the prompt
 * library alone (issue 5, start-up).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** URLs of the built files holding inquirer's code, whatever esbuild named the chunk. */
export function promptLibraryUrls(): string[] {
  const files = [join(DIST, "net.js"), ...readdirSync(join(DIST, "chunks")).map((f) => join(DIST, "chunks", f))];
  return files
    .filter((f) => f.endsWith(".js") && readFileSync(f, "utf8").includes("User force closed the prompt"))
    .map((f) => pathToFileURL(f).href);
}

/**
 * Writes a module hook into `dir` that appends the URL of every module node loads to the file
 * named by $NET_TEST_MODULE_LOG: what the process loaded, not what the bundle contains (ESM hooks
 * see static and dynamic imports alike). Returns the file to pass to `node --import`.
 */
export function writeModuleRecorder(dir: string): string {
  const hooks = join(dir, "record-hooks.mjs");
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  if (process.env.NET_TEST_MODULE_LOG) appendFileSync(process.env.NET_TEST_MODULE_LOG, url + "\\n");
  return next(url, context);
}
`,
  );
  const register = join(dir, "record-modules.mjs");
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return register;
}
