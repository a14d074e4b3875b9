#!/usr/bin/env node
// Whole-process timings of the daily commands on seeded databases, beside bare `node -e 0` and a
// "floor" process (node loading better-sqlite3 from the project, opening the database and reading
// one row: what any command on that database pays before doing its own work).
//
//   npm run bench [-- --runs 15] [--scale] [--sizes 1k,10k,30k,100k] [--commands nudge,list]
//
// Databases are built by scripts/seed.mjs and cached under .bench/ (rebuilt when the seed script or
// the schema changes). Every command runs with NODE_EXTRA_CA_CERTS unset (users don't have it) and
// NET_TODAY pinned. Runs are interleaved (bare node, then each command, N times) so a busy machine
// slows all of them alike; medians are printed with the ratios to bare node and to the floor, the
// command's own work (median minus bare node's) and the spread (min–max). Peak memory is the child's max RSS (GNU time, or a preload that
// reads VmHWM). Results also go to .bench/results.json.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, ".bench");

// Measure a private copy of the build: a rebuild of dist/ while the bench runs (other terminals,
// watch mode) would otherwise make runs fail or mix two versions. better-sqlite3 still resolves
// from the project's node_modules, one folder up.
const SNAPSHOT = join(BENCH, "build");
rmSync(SNAPSHOT, { recursive: true, force: true });
mkdirSync(SNAPSHOT, { recursive: true });
if (!existsSync(join(ROOT, "dist", "net.cjs"))) {
  process.stderr.write("bench: dist/net.cjs is missing: run npm run build (npm run bench does)\n");
  process.exit(1);
}
cpSync(join(ROOT, "dist"), join(SNAPSHOT, "dist"), { recursive: true });
cpSync(join(ROOT, "bin"), join(SNAPSHOT, "bin"), { recursive: true });
const BIN = join(SNAPSHOT, "bin", "net");
const TODAY = "2026-11-26";
const SEED = 1;

const SIZES = {
  "1k": { label: "1k", contacts: 100, interactions: 1_000 },
  "10k": { label: "10k", contacts: 1_000, interactions: 10_000 },
  // Shaped like a big LinkedIn import: 2,000 people with a history, 28,000 imported with none.
  "30k": { label: "30k", contacts: 2_000, imported: 28_000, interactions: 20_000 },
  "100k": { label: "100k", contacts: 10_000, interactions: 100_000 },
  "1m": { label: "1M (scale)", contacts: 100_000, interactions: 1_000_000 },
};
/** Budgets, as the ratio of a command's median to the floor's, by size. */
const BUDGETS = [
  { size: "10k", command: "nudge", floor: 1.5 },
  { size: "30k", command: "nudge", floor: 1.5 },
  { size: "100k", command: "nudge", floor: 2 },
  { size: "100k", command: "map --quarter", floor: 2 },
];

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    scale: { type: "boolean", default: false },
    sizes: { type: "string" },
    commands: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  process.stdout.write(
    "usage: npm run bench -- [--runs 15] [--scale] [--sizes 1k,10k,30k,100k] [--commands nudge,list,show,add,log,map,import]\n" +
      "--scale adds 100,000 contacts / 1,000,000 interactions (nudge, list and show only; no budget).\n",
  );
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write("bench: --runs must be a whole number ≥ 1\n");
  process.exit(2);
}
const sizeKeys = values.sizes ? values.sizes.split(",").map((s) => s.trim().toLowerCase()) : ["1k", "10k", "30k", "100k"];
if (values.scale && !sizeKeys.includes("1m")) sizeKeys.push("1m");
for (const key of sizeKeys) {
  if (!SIZES[key]) {
    process.stderr.write(`bench: unknown size '${key}' (choose from ${Object.keys(SIZES).join(", ")})\n`);
    process.exit(2);
  }
}
const wanted = values.commands?.split(",").map((c) => c.trim());

// The environment users have: no NODE_EXTRA_CA_CERTS (this workplace adds ~40 ms to every node start).
const home = join(tmpdir(), `net-bench-home-${process.pid}`);
mkdirSync(home, { recursive: true });
const ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, LANG: process.env.LANG ?? "C.UTF-8", NET_TODAY: TODAY, NO_COLOR: "1" };

const log = (text) => process.stderr.write(`${text}\n`);

// -- measuring one process ---------------------------------------------------------------------------
function timeOnce(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: ENV, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr.trim().split("\n")[0]}`);
  return ms;
}

const GNU_TIME = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p) && spawnSync(p, ["-f", "%M", "true"]).status === 0);
const HWM_PRELOAD = join(BENCH, "hwm-preload.mjs");
if (!GNU_TIME) {
  log("bench: GNU time not found (apt-get install -y time); reading peak memory through a preload instead (adds its own few hundred KB)");
}

/** Peak resident memory of one run, in MB. */
function peakMemory(args) {
  if (GNU_TIME) {
    const result = spawnSync(GNU_TIME, ["-f", "MAXRSS %M", process.execPath, ...args], {
      env: ENV,
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    const m = /MAXRSS (\d+)\s*$/.exec(result.stderr);
    return m ? Number(m[1]) / 1024 : Number.NaN;
  }
  const out = join(BENCH, `hwm-${process.pid}.txt`);
  rmSync(out, { force: true });
  spawnSync(process.execPath, ["--import", HWM_PRELOAD, ...args], { env: { ...ENV, NET_BENCH_HWM: out }, stdio: "ignore" });
  const kb = existsSync(out) ? Number(readFileSync(out, "utf8")) : Number.NaN;
  return kb / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// -- databases ---------------------------------------------------------------------------------------
function cacheKey() {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(ROOT, "scripts", "seed.mjs")));
  hash.update(readFileSync(join(ROOT, "src", "store", "migrations.ts")));
  return hash.digest("hex").slice(0, 10);
}

function seeded(size) {
  const prefix = `seed-${size.contacts}-${size.imported ?? 0}-${size.interactions}-${TODAY}-${SEED}-`;
  const file = join(BENCH, `${prefix}${cacheKey()}.db`);
  if (!existsSync(file)) {
    // Databases seeded by an older seed script or schema are of no more use.
    for (const old of readdirSync(BENCH)) if (old.startsWith(prefix)) rmSync(join(BENCH, old), { force: true });
    log(`bench: seeding ${size.contacts} contacts / ${size.interactions} interactions (cached in ${file})`);
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, "scripts", "seed.mjs"),
        "--db",
        `${file}.tmp`,
        "--contacts",
        String(size.contacts),
        "--interactions",
        String(size.interactions),
        "--imported",
        String(size.imported ?? 0),
        "--today",
        TODAY,
        "--seed",
        String(SEED),
        "--force",
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (result.status !== 0) throw new Error("seeding failed");
    copyFileSync(`${file}.tmp`, file);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}.tmp${suffix}`, { force: true });
  }
  return file;
}

/** A working copy (add, log, map and import write to it). */
function workingCopy(source, label) {
  const file = join(BENCH, `work-${label.replace(/\W+/g, "")}.db`);
  for (const suffix of ["", "-wal", "-shm", ".bak-1"]) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(source, file);
  return file;
}

/** Someone with a long timeline (for show) and someone to log with. */
function subjects(file) {
  const db = new Database(file, { readonly: true });
  try {
    const busiest = db
      .prepare(
        `SELECT c.slug FROM contacts c JOIN interaction_people ip ON ip.contact_id = c.id
         WHERE c.archived_at IS NULL GROUP BY c.id ORDER BY count(*) DESC, c.slug LIMIT 1`,
      )
      .get();
    const someone = db.prepare("SELECT slug FROM contacts WHERE archived_at IS NULL AND tier = 'network' ORDER BY id LIMIT 1").get();
    return { busiest: busiest?.slug, someone: someone?.slug ?? busiest?.slug };
  } finally {
    db.close();
  }
}

// -- which commands exist in this build --------------------------------------------------------------
// `net <unknown> --help` prints the main help and exits 0, so look for the command's own usage line.
const available = (command) => {
  const result = spawnSync(process.execPath, [BIN, command, "--help"], { env: ENV, encoding: "utf8" });
  return result.status === 0 && new RegExp(`^Usage: net ${command}\\b`, "m").test(result.stdout);
};
const present = { nudge: available("nudge"), map: available("map"), import: available("import"), export: available("export") };
for (const [command, ok] of Object.entries(present)) if (!ok) log(`bench: 'net ${command}' is not in this build yet: skipped`);

let counter = 0;
function linkedInCsv(n) {
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  for (let i = 0; i < 100; i++)
    lines.push(`Bench${n},Import ${i},https://www.linkedin.com/in/bench-${n}-${i},,Acme ${i % 7},Engineer,07 Dec 2025`);
  const file = join(BENCH, `import-${n}.csv`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** 5,000 people as phones (vCard 3.0, iPhone style) or LinkedIn export them: the import target is under 5 s. */
function fiveThousand(kind) {
  const file = join(BENCH, `import-5k.${kind}`);
  if (existsSync(file)) return file;
  const out = [];
  if (kind === "vcf") {
    for (let i = 0; i < 5000; i++)
      out.push(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n" +
          `N:Person${i};Bulk;;;\r\nFN:Bulk Person${i}\r\nORG:Acme ${i % 13};\r\nTITLE:Engineer\r\n` +
          `item1.EMAIL;type=INTERNET;type=pref:bulk${i}@example.org\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n` +
          `item2.TEL;type=CELL;type=VOICE:+44 20 7946 ${String(i).padStart(4, "0")}\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10\r\n` +
          "NOTE:Met at the meetup\\, London\\; talk about\\nthe launch\r\nEND:VCARD\r\n",
      );
  } else {
    out.push('Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n');
    out.push("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for (let i = 0; i < 5000; i++)
      out.push(`Linked${i},"Person, ${i}",https://www.linkedin.com/in/linked-${i},,Acme ${i % 7},Engineer,07 Dec 2025\r\n`);
  }
  writeFileSync(file, out.join(""));
  return file;
}

/** A copy of the database as it was before this run (each 5k import starts from the same network). */
function freshCopy(source) {
  const file = join(BENCH, "work-import.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(source, file);
  return file;
}

/** The commands measured at one size: name → a function giving a fresh argument list per run. */
function commandsFor(db, size, who) {
  const base = [BIN, "--db", db];
  const scale = size.contacts >= 100_000;
  const all = {
    nudge: present.nudge ? () => [...base, "nudge"] : null,
    // The first shell of the day runs this (net hook): issue 16 asks for 1.3x bare node at 1k/10k.
    "nudge --brief": present.nudge ? () => [...base, "nudge", "--brief"] : null,
    list: () => [...base, "list"],
    show: () => [...base, "show", who.busiest],
    add: scale ? null : () => [...base, "add", `Bench Person ${++counter}`, "--no-input", "--where", "the bench"],
    log: scale ? null : () => [...base, "log", who.someone, "--kind", "share", "--note", `bench ${++counter}`],
    "map --quarter": present.map && !scale ? () => [...base, "map", "--quarter"] : null,
    // On a fresh copy each time: 100 more people per run would slowly change what the other commands measure.
    import: present.import && !scale ? () => [BIN, "--db", freshCopy(db), "import", linkedInCsv(++counter)] : null,
    "import 5k vCards": present.import && size.label === "10k" ? () => [BIN, "--db", freshCopy(db), "import", fiveThousand("vcf")] : null,
    "import 5k LinkedIn": present.import && size.label === "10k" ? () => [BIN, "--db", freshCopy(db), "import", fiveThousand("csv")] : null,
    "export json":
      present.export && !scale ? () => [...base, "export", "--format", "json", "-o", join(BENCH, "export.json"), "--force"] : null,
  };
  return Object.entries(all).filter(([name, make]) => make && (!wanted || wanted.includes(name.split(" ")[0])));
}

// -- the run -----------------------------------------------------------------------------------------
mkdirSync(BENCH, { recursive: true });
writeFileSync(
  HWM_PRELOAD,
  `import { readFileSync, writeFileSync } from "node:fs";
process.on("exit", () => {
  const m = /VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"));
  if (m && process.env.NET_BENCH_HWM) writeFileSync(process.env.NET_BENCH_HWM, m[1]);
});
`,
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
  runs,
  today: TODAY,
  memory: GNU_TIME ? "GNU time max RSS" : "VmHWM at exit (preload)",
  sizes: [],
  targets: [],
};

for (const key of sizeKeys) {
  const size = SIZES[key];
  const source = seeded(size);
  const db = workingCopy(source, key);
  const who = subjects(db);
  const n = key === "1m" ? Math.min(runs, 5) : runs;
  // The floor: node, better-sqlite3 from the project, the database opened, one row read.
  const floorArgs = [
    "-e",
    `const D=require(${JSON.stringify(join(ROOT, "node_modules", "better-sqlite3"))});const d=new D(${JSON.stringify(db)},{fileMustExist:true});d.prepare("SELECT id FROM contacts LIMIT 1").get();d.close()`,
  ];
  // One warm-up run of each, not counted: the first run after a copy pays for the page cache.
  const commands = commandsFor(db, size, who);
  timeOnce(["-e", "0"]);
  timeOnce(floorArgs);
  for (const [name, make] of commands) {
    try {
      timeOnce(make());
    } catch (error) {
      log(`bench: ${name} failed: ${error.message}`);
    }
  }
  const times = { bare: [], floor: [] };
  const failed = {};
  for (const [name] of commands) times[name] = [];
  log(
    `bench: ${size.label} (${size.contacts + (size.imported ?? 0)} contacts, ${size.interactions} interactions): ${n} runs of ${["node -e 0", "floor", ...commands.map(([c]) => c)].join(", ")}`,
  );
  for (let i = 0; i < n; i++) {
    times.bare.push(timeOnce(["-e", "0"]));
    times.floor.push(timeOnce(floorArgs));
    for (const [name, make] of commands) {
      if (failed[name]) continue;
      try {
        times[name].push(timeOnce(make()));
      } catch (error) {
        failed[name] = error.message;
        log(`bench: ${name} failed: ${error.message}`);
      }
    }
  }
  const memoryRuns = Math.min(3, n);
  const peak = (args) => Math.max(...Array.from({ length: memoryRuns }, () => peakMemory(args())));
  const bareMs = median(times.bare);
  const floorMs = median(times.floor);
  const entry = {
    size: key,
    contacts: size.contacts + (size.imported ?? 0),
    interactions: size.interactions,
    dbMb: statSync(db).size / 1048576,
    runs: n,
    bare: { medianMs: bareMs, minMs: Math.min(...times.bare), maxMs: Math.max(...times.bare), peakMb: peak(() => ["-e", "0"]) },
    floor: {
      medianMs: floorMs,
      minMs: Math.min(...times.floor),
      maxMs: Math.max(...times.floor),
      ratio: floorMs / bareMs,
      peakMb: peak(() => floorArgs),
    },
    commands: {},
  };
  for (const [name, make] of commands) {
    if (failed[name] || times[name].length === 0) {
      entry.commands[name] = { error: failed[name] ?? "no run" };
      continue;
    }
    const ms = median(times[name]);
    entry.commands[name] = {
      medianMs: ms,
      minMs: Math.min(...times[name]),
      maxMs: Math.max(...times[name]),
      ratio: ms / bareMs,
      floorRatio: ms / floorMs,
      ownMs: ms - bareMs,
      peakMb: peak(make),
    };
  }
  results.sizes.push(entry);
  for (const suffix of ["", "-wal", "-shm", ".bak-1"]) rmSync(`${db}${suffix}`, { force: true });
}

// -- the verdicts ------------------------------------------------------------------------------------
for (const budget of BUDGETS) {
  const entry = results.sizes.find((e) => e.size === budget.size);
  const c = entry?.commands[budget.command];
  if (!c || c.error) continue;
  results.targets.push({
    what: `${budget.command} at ${entry.contacts} contacts / ${entry.interactions} interactions within ${budget.floor}x the floor`,
    ok: c.floorRatio <= budget.floor,
    measured: `${c.floorRatio.toFixed(2)}x the floor, ${c.ratio.toFixed(2)}x node`,
  });
}
for (const entry of results.sizes) {
  for (const [name, c] of Object.entries(entry.commands)) {
    if (!name.startsWith("import 5k") || c.error) continue;
    results.targets.push({
      what: `${name} into ${entry.contacts} contacts under 5 s`,
      ok: c.medianMs < 5000,
      measured: `${Math.round(c.medianMs)} ms`,
    });
  }
}
if (!present.nudge) results.targets.push({ what: "nudge targets", ok: null, measured: "net nudge is not in this build yet" });

// -- the table ---------------------------------------------------------------------------------------
const rows = [["size", "command", "median ms", "min–max", "× node", "× floor", "own ms", "peak MB"]];
const spread = (c) => `${c.minMs.toFixed(0)}–${c.maxMs.toFixed(0)}`;
for (const entry of results.sizes) {
  const { bare, floor } = entry;
  rows.push([
    `${entry.size} (${entry.contacts}c)`,
    "node -e 0",
    bare.medianMs.toFixed(0),
    spread(bare),
    "1.00",
    "",
    "0",
    bare.peakMb.toFixed(0),
  ]);
  rows.push([
    "",
    "floor",
    floor.medianMs.toFixed(0),
    spread(floor),
    floor.ratio.toFixed(2),
    "1.00",
    (floor.medianMs - bare.medianMs).toFixed(0),
    floor.peakMb.toFixed(0),
  ]);
  for (const [name, c] of Object.entries(entry.commands)) {
    if (c.error) rows.push(["", name, "failed", "", "", "", "", ""]);
    else
      rows.push([
        "",
        name,
        c.medianMs.toFixed(0),
        spread(c),
        c.ratio.toFixed(2),
        c.floorRatio.toFixed(2),
        c.ownMs.toFixed(0),
        c.peakMb.toFixed(0),
      ]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
const out = [
  `net bench — ${results.node}, ${results.cpu}, medians of ${runs} runs (NODE_EXTRA_CA_CERTS unset, NET_TODAY=${TODAY})`,
  line(rows[0]),
  ...rows.slice(1).map(line),
  "",
  ...results.targets.map((t) => `${t.ok === null ? "—" : t.ok ? "ok    " : "MISSED"} ${t.what}: ${t.measured}`),
];
process.stdout.write(`${out.join("\n")}\n`);
writeFileSync(join(BENCH, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
log(`bench: results written to ${join(BENCH, "results.json")}`);
rmSync(home, { recursive: true, force: true });
for (const f of readdirSync(BENCH)) if (/^import-\d+\.csv$|^hwm-\d+\.txt$/.test(f)) rmSync(join(BENCH, f), { force: true });
rmSync(SNAPSHOT, { recursive: true, force: true });
