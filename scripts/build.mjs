// Bundles the CLI into dist/: start-up is most of a daily command's time.
// - One CommonJS file for everything a daily command runs (dist/net.cjs): Node loads a CommonJS
//   file markedly faster than the same code as ES modules (no async module graph, no split chunks).
// - Heavy parts a command only sometimes needs (prompts, the date parser, importers, exporters)
//   are bundles of their own, loaded on first use by `import()`; shared code is copied into them,
//   which is why errors are recognised by a brand, not by class identity (src/domain/errors.ts).
// - better-sqlite3's JavaScript is bundled too; only its native addon is loaded from node_modules.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
// better-sqlite3's JavaScript goes into the bundle; its addon is used only if it is the same version.
const sqliteVersion = JSON.parse(readFileSync(join(ROOT, "node_modules", "better-sqlite3", "package.json"), "utf8")).version;

/** Modules loaded lazily (with `import()` in the source), each built as dist/<name>.cjs. */
const LAZY = {
  "src/cli/prompts.ts": "prompts",
  "src/cli/nudge-walk.ts": "nudge-walk",
  "src/formats/import.ts": "import",
  "src/formats/json.ts": "json",
  "src/formats/contacts-csv.ts": "contacts-csv",
  "src/formats/vcard.ts": "vcard",
  "src/formats/ics.ts": "ics",
  "src/formats/dot.ts": "dot",
  "src/store/transfer.ts": "transfer",
  "src/domain/transliterate.ts": "transliterate",
  "src/render/html.ts": "html",
  "chrono-node": "chrono",
  clipboardy: "clipboard",
  open: "open",
};
/**
 * Modules loaded on first use but kept inside the bundle that imports them: esbuild turns their
 * `import()` into a module initialised when first asked for. The French texts: their code rides in
 * dist/net.cjs's start-up cache (src/i18n/index.ts loads them only when French is spoken), where a
 * bundle of their own, compiled on every French start, cost ~4 ms.
 */
const INLINE_LAZY = new Set(["src/i18n/fr/index.ts"].map((from) => join(ROOT, from)));
const lazyByPath = new Map(Object.entries(LAZY).map(([from, name]) => [from.startsWith("src/") ? join(ROOT, from) : from, name]));

/**
 * Points every `import()` of a lazy module at its own bundle, beside the one importing it, loaded
 * with require(): a CommonJS file needs no ES module loader (which would also scan its source).
 */
const lazyModules = {
  name: "lazy-modules",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === "lazy") return { path: args.path, external: true };
      if (args.kind !== "dynamic-import") return undefined;
      const key = args.path.startsWith(".") ? resolve(args.resolveDir, args.path).replace(/\.js$/, ".ts") : args.path;
      if (INLINE_LAZY.has(key)) return undefined;
      const name = lazyByPath.get(key);
      if (!name) throw new Error(`${args.importer}: import("${args.path}") is not a lazy module known to scripts/build.mjs`);
      return { path: name, namespace: "lazy" };
    });
    b.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({
      contents: `module.exports = require("./${args.path}.cjs");`,
      loader: "js",
    }));
  },
};

/**
 * commander loads node:child_process at start-up for subcommands run as separate programs, which
 * net has none of; with it come net, dgram and the socket machinery (~6 ms on every start). Load it
 * when a program is spawned instead. The build fails if commander's source no longer matches.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`${args.path}: no longer loads child_process as expected; update scripts/build.mjs`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};

/**
 * What the build is made from: the sources, this script, the package files, the bundled
 * dependencies' versions and the Node that makes the start-up cache. When dist/ was built from the
 * same, there is nothing to do: `npx net` installs the clone as a folder dependency and runs
 * `prepare` on every call, and a rebuild would take dist/ away from a net running meanwhile.
 */
function inputsFingerprint() {
  const hash = createHash("sha256").update(`${process.version} ${process.arch}\n`);
  const files = (dir) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path, entry.name)));
  const esbuildVersion = JSON.parse(readFileSync(join(ROOT, "node_modules", "esbuild", "package.json"), "utf8")).version;
  hash.update(`esbuild ${esbuildVersion} better-sqlite3 ${sqliteVersion}\n`);
  for (const file of [...files("src"), "scripts/build.mjs", "scripts/seed.mjs", "package.json", "package-lock.json", "bin/net"].sort())
    hash.update(`${file}\n`).update(readFileSync(join(ROOT, file)));
  return hash.digest("hex");
}

const fingerprint = inputsFingerprint();
const STAMP = join(DIST, "inputs.sha256");
const outputsThere = ["net.cjs", ...Object.values(LAZY).map((name) => `${name}.cjs`)].every((f) => existsSync(join(DIST, f)));
if (!process.argv.includes("--force") && outputsThere && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === fingerprint) {
  process.stderr.write("build: dist/ is up to date (npm run build -- --force rebuilds it)\n");
  process.exit(0);
}

// Names carry no hashes, but a removed lazy module must not linger: start clean.
rmSync(DIST, { recursive: true, force: true });

const { metafile } = await build({
  entryPoints: { net: "src/cli/main.ts", ...Object.fromEntries(Object.entries(LAZY).map(([from, name]) => [name, from])) },
  absWorkingDir: ROOT,
  outdir: DIST,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  plugins: [lazyModules, lazyChildProcess],
  define: {
    NET_VERSION: JSON.stringify(version),
    NET_SQLITE_JS_VERSION: JSON.stringify(sqliteVersion),
    "import.meta.url": "__netModuleUrl",
  },
  banner: { js: "const __netModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Less to read and parse on every start; names are kept, so NET_DEBUG=1 stack traces stay legible.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
});

// A size report for the curious (and for noticing when a heavy module creeps into the daily path).
const sizes = Object.entries(metafile.outputs).map(([file, out]) => `${relative(ROOT, file)} ${(out.bytes / 1024).toFixed(0)} KB`);
writeFileSync(join(DIST, "sizes.txt"), `${sizes.sort().join("\n")}\n`);

const bundleFile = join(DIST, "net.cjs");
const bundled = readFileSync(bundleFile, "utf8");

// Pure ASCII is read and parsed faster (V8's one-byte strings); esbuild escapes strings but not
// regular expression literals, so say so when one slips into the daily bundle.
const wide = bundled.search(/[\u0080-\uffff]/);
if (wide >= 0)
  process.stderr.write(
    `build: dist/net.cjs is not pure ASCII near "${bundled.slice(Math.max(0, wide - 30), wide + 10)}": escape it in the source\n`,
  );

// The build's name on the bundle's first line, and V8's compiled code for it (see bin/net): made by
// running `net nudge` once on a small seeded network, so the code of a real morning (people to rank,
// messages to write) is in it, not only that of an empty database.
const buildId = createHash("sha256").update(bundled).digest("hex").slice(0, 16);
writeFileSync(bundleFile, `// net build ${buildId}\n${bundled}`);
const scratch = mkdtempSync(join(tmpdir(), "net-build-"));
const warmDb = join(scratch, "net.db");
const WARM_TODAY = "2026-11-26";
spawnSync(
  process.execPath,
  [join(ROOT, "scripts", "seed.mjs"), "--db", warmDb, "--contacts", "60", "--interactions", "600", "--today", WARM_TODAY, "--force"],
  { env: { PATH: process.env.PATH, HOME: scratch }, stdio: "ignore" },
); // if seeding fails, nudge warms up on a new, empty database
const warm = spawnSync(process.execPath, [join(ROOT, "bin", "net"), "nudge", "--db", warmDb], {
  env: { PATH: process.env.PATH, HOME: scratch, NET_TODAY: WARM_TODAY, NO_COLOR: "1", NET_BUILD_CODE_CACHE: `${bundleFile}.cache` },
  stdio: ["ignore", "ignore", "pipe"],
  encoding: "utf8",
});
rmSync(scratch, { recursive: true, force: true });
// Readable by all like the rest of dist/ (net keeps its files owner-only while it runs).
if (warm.status === 0 && existsSync(`${bundleFile}.cache`)) chmodSync(`${bundleFile}.cache`, 0o644);
else {
  rmSync(`${bundleFile}.cache`, { force: true });
  process.stderr.write(
    `build: could not make the start-up cache (net still works, starting a little slower): ${warm.stderr.trim().split("\n")[0]}\n`,
  );
}

// Last, once everything is in place: what this build was made from.
writeFileSync(STAMP, `${fingerprint}\n`);
