#!/usr/bin/env node
// Records what net prints on seeded databases, or checks that it still prints exactly that: the
// guard for changes meant to leave every output as it was (a new read path, a refactor).
//
//   node scripts/golden.mjs --record <dir> [--sizes 100,1k,3k,10k]
//   node scripts/golden.mjs --check <dir>  [--sizes 100,1k,3k,10k]
//
// For each size it seeds a database (scripts/seed.mjs, deterministic, NET_TODAY pinned) into a
// cache folder, then runs on a copy: nudge --json, nudge --all --json, and for four quarters
// map --quarter --json and the text map at 100 columns. --check prints the files that differ and
// exits 1 when any does. Run `npm run build` first.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "net");
const TODAY = "2026-11-26";
export const SIZES = {
  100: { contacts: 100, interactions: 1_000 },
  "1k": { contacts: 1_000, interactions: 10_000 },
  "3k": { contacts: 3_000, interactions: 5_000 },
  "10k": { contacts: 10_000, interactions: 100_000 },
};
const QUARTERS = ["2026Q1", "2026Q2", "2026Q3", "2026Q4"];

/** The commands recorded, by the file their output goes to. */
export const COMMANDS = {
  "nudge.json": ["nudge", "--json"],
  "nudge-all.json": ["nudge", "--all", "--json"],
  ...Object.fromEntries(
    QUARTERS.flatMap((q) => [
      [`map-${q}.json`, ["map", "--quarter", q, "--json"]],
      [`map-${q}.txt`, ["map", "--quarter", q, "--no-record"]],
    ]),
  ),
};

function run(args, db) {
  const env = { PATH: process.env.PATH, HOME: tmpdir(), NET_DB: db, NET_TODAY: TODAY, COLUMNS: "100", NO_COLOR: "1" };
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`net ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** A seeded database of `size`, made once into the cache and copied for each use. */
export function seeded(size, cache = join(tmpdir(), "net-golden-cache")) {
  mkdirSync(cache, { recursive: true });
  const { contacts, interactions } = SIZES[size];
  const file = join(cache, `seed-${size}.db`);
  if (!existsSync(file)) {
    const made = spawnSync(
      process.execPath,
      [
        join(ROOT, "scripts", "seed.mjs"),
        "--db",
        file,
        "--contacts",
        String(contacts),
        "--interactions",
        String(interactions),
        "--today",
        TODAY,
        "-q",
      ],
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`seeding ${size} failed: ${made.stderr}`);
  }
  const copy = join(cache, `run-${size}-${process.pid}.db`);
  for (const suffix of ["-wal", "-shm"]) rmSync(copy + suffix, { force: true });
  copyFileSync(file, copy);
  return copy;
}

/** Every recorded output for one size: file name → text. */
export function outputs(size) {
  const db = seeded(size);
  try {
    return Object.fromEntries(Object.entries(COMMANDS).map(([name, args]) => [name, run(args, db)]));
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: { record: { type: "string" }, check: { type: "string" }, sizes: { type: "string", default: "100,1k,3k,10k" } },
  });
  const dir = values.record ?? values.check;
  if (!dir || (values.record && values.check)) {
    process.stderr.write("usage: node scripts/golden.mjs --record <dir> | --check <dir> [--sizes 100,1k,3k,10k]\n");
    process.exit(2);
  }
  let differ = 0;
  for (const size of values.sizes.split(",")) {
    if (!SIZES[size]) throw new Error(`unknown size ${size}: one of ${Object.keys(SIZES).join(", ")}`);
    const folder = join(resolve(dir), size);
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(outputs(size))) {
      const file = join(folder, name);
      if (values.record) writeFileSync(file, text);
      else if (!existsSync(file) || readFileSync(file, "utf8") !== text) {
        differ++;
        process.stdout.write(`differs: ${size}/${name}\n`);
        writeFileSync(`${file}.now`, text);
      }
    }
    process.stderr.write(`${values.record ? "recorded" : "checked"} ${size}\n`);
  }
  if (differ) {
    process.stderr.write(`${differ} output(s) differ (the new ones are beside them, as .now)\n`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
