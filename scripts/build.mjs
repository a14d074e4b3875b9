// Bundles the CLI into dist/ (one file for the daily path, lazy chunks for prompts and parsers):
// start-up is most of a command's time, and one file avoids most module resolution.
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// Chunk names carry hashes: start clean so old chunks don't pile up.
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { net: "src/cli/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Native addon: loaded from node_modules at run time.
  external: ["better-sqlite3"],
  define: { NET_VERSION: JSON.stringify(version) },
  banner: { js: "import { createRequire as __netCreateRequire } from 'node:module'; const require = __netCreateRequire(import.meta.url);" },
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
});
