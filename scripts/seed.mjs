#!/usr/bin/env node
// Fills a net database with realistic, deterministic data, for benchmarks and demos.
//
//   npm run seed -- --contacts 10000 --interactions 100000 --db f.db [--today 2026-11-26] [--seed 1] [--force]
//
// The database is created by the real binary (`bin/net list`), so it has the real schema and
// pragmas; then everything is inserted with better-sqlite3 in one transaction. The same arguments
// always give the same data (pass --today for that: it defaults to the real today).
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const BIN = fileURLToPath(new URL("../bin/net", import.meta.url));

// -- a small PRNG (sfc32 seeded through splitmix32): same seed, same data, on every machine ---------
export function rng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    /** Picks from [[value, weight], …]. */
    weighted: (pairs) => {
      const total = pairs.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [value, w] of pairs) {
        x -= w;
        if (x < 0) return value;
      }
      return pairs[pairs.length - 1][0];
    },
    uuid: () => {
      const hex = Array.from({ length: 4 }, () => ((next() * 4294967296) >>> 0).toString(16).padStart(8, "0")).join("");
      const variant = "89ab"[parseInt(hex[16], 16) & 3];
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
  return r;
}

// -- the same folding and slugs as src/domain/names.ts --------------------------------------------
export function foldName(name) {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

function slugify(name) {
  const slug = foldName(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "person";
}

// -- dates (days as YYYY-MM-DD, UTC arithmetic like src/domain/dates.ts) --------------------------
const DAY = 86_400_000;
const toMs = (day) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayCache = new Map();
/** Days are few (about 1,100 in 3 years) and asked for millions of times: remember them. */
const addDays = (day, n) => {
  const key = `${day}${n}`;
  let out = dayCache.get(key);
  if (out === undefined) {
    out = fromMs(toMs(day) + n * DAY);
    dayCache.set(key, out);
  }
  return out;
};
const two = (n) => (n < 10 ? `0${n}` : String(n));
function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// -- vocabulary -------------------------------------------------------------------------------------
const FIRST = (
  "Ada Grace Alan Katherine Linus Margaret Edsger Barbara Donald Frances Ken Radia Dennis Hedy Tim Sophie " +
  "Guido Anita Bjarne Shafi Niklaus Lynn John Mary Yukihiro Jean Marie Ines Hélène Chloé Zoé Léa Amélie " +
  "François Jérôme Élodie Björn Søren Åsa Øyvind Jürgen Günther Małgorzata Łukasz Zoë Núria José Joaquín " +
  "Aoife Siobhán Seán Priya Arjun Ananya Rahul Wei Li Mei Hiroshi Yuki Sakura Min-jun Ji-woo Oluwaseun " +
  "Chidi Amara Kwame Nia Fatima Omar Layla Youssef Mehmet Elif Dmitri Olga Ivan Nadia Pedro Camila Mateo " +
  "Valentina Diego Lucía Tomás Thiago Beatriz Noah Emma Liam Olivia Lucas Mia Hugo Louise Jules Manon Paul"
).split(" ");
const LAST = (
  "Lovelace,Hopper,Turing,Johnson,Torvalds,Hamilton,Dijkstra,Liskov,Knuth,Allen,Thompson,Perlman,Ritchie," +
  "Lamarr,Berners-Lee,Wilson,van Rossum,Borg,Stroustrup,Goldwasser,Wirth,Conway,McCarthy,Shaw,Matsumoto,Sammet," +
  "Curie,Dupont,Martin,Bernard,Lefèvre,Moreau,Garçon,Müller,Schmidt,Größ,Nørgaard,Ångström,Kowalski,Nowak," +
  "García,Fernández,Núñez,O'Brien,Ó Súilleabháin,MacDonald,Patel,Sharma,Iyer,Zhang,Wang,Chen,Tanaka,Sato," +
  "Suzuki,Kim,Park,Lee,Adeyemi,Okafor,Mensah,Diallo,Haddad,El-Amin,Yılmaz,Kaya,Ivanova,Petrov,Silva,Santos," +
  "Oliveira,Rossi,Bianchi,Costa,van der Berg,De Vries,Jansen,Andersson,Nilsson,Virtanen,Novák,Horvat,Popescu"
).split(",");
const SECTORS = [
  ["software", 20],
  ["research", 8],
  ["fintech", 8],
  ["health", 7],
  ["education", 6],
  ["public sector", 5],
  ["retail", 5],
  ["energy", 4],
  ["media", 4],
  ["consulting", 6],
  ["manufacturing", 4],
  ["nonprofit", 3],
  ["design", 3],
  ["legal", 2],
];
const COMPANY_A = "Analytical Northwind Blue Quantum Open Green Bright Silver Urban Nova Atlas Helix Pixel Cedar Orbit Lumen".split(" ");
const COMPANY_B = "Engines Labs Systems Works Partners Health Capital Studio Foundation Networks Energy Media Group Bank".split(" ");
const ROLES =
  "CTO CEO engineer designer researcher product manager data scientist recruiter founder professor analyst consultant director".split(" ");
const TAGS = "ai speaker mentor investor hiring alumni rust typescript devops ux climate startup board podcast writer community".split(" ");
const PLACES = [
  "Paris AI meetup",
  "DevOps Days Paris",
  "a friend's dinner",
  "the office",
  "RustConf",
  "an online workshop",
  "the alumni evening",
  "a conference in Lyon",
  "an intro by a colleague",
  "the coworking space",
  "a hackathon",
  "LinkedIn",
];
const EVENTS = [
  "DevOps Days Paris",
  "Paris AI meetup",
  "JSConf EU",
  "Women in Tech breakfast",
  "Product Tank",
  "Open Source Summit",
  "Climate Tech evening",
  "Alumni reunion",
  "Design Systems workshop",
  "Startup pitch night",
];
const MILESTONES = ["joined a new company", "promotion", "launched a product", "wedding", "PhD defence", "company anniversary"];
const NOTES = {
  meeting: ["coffee near the office", "lunch, talked about careers", "met to discuss the project", "long walk and talk"],
  call: ["quick call about hiring", "video call, caught up", "called to ask about the conference"],
  message: ["sent a short note", "wished a good trip", "asked how the launch went", "replied about the job post"],
  share: ["sent the article on type systems", "shared a podcast episode", "forwarded a job offer", "shared slides from the talk"],
  congrats: ["congratulated on the new role", "congrats on the launch", "congrats on the talk"],
  checkin: ["took news", "how are things?", "checked in after the holidays"],
  help: ["reviewed their CV", "helped with a hiring question", "advice on the pitch deck"],
  intro: ["introduced to a founder", "intro to a recruiter", "connected them with a researcher"],
  thanks: ["thanked for the intro", "thank-you note for the help", "thanks for the advice"],
  event: ["good talks", "met a few people", "gave a lightning talk"],
  news: ["they changed jobs", "they moved to Berlin", "new baby", "raised a seed round"],
  ask: ["asked for a referral", "asked for feedback on the talk", "asked about their stack"],
};
const KINDS = [
  ["share", 18],
  ["checkin", 18],
  ["message", 20],
  ["meeting", 9],
  ["call", 8],
  ["congrats", 5],
  ["help", 5],
  ["intro", 4],
  ["thanks", 4],
  ["news", 3],
  ["ask", 4],
];
const TIERS = [
  ["close", 3],
  ["active", 12],
  ["network", 55],
  ["dormant", 30],
];
/** How often a tier's people turn up in interactions, relative to each other. */
const TIER_ACTIVITY = { close: 26, active: 8, network: 1.5, dormant: 0.4 };

// -- the generator ------------------------------------------------------------------------------------
export function generate({ contacts: contactCount, interactions: interactionCount, today, seed, imported = 0 }) {
  const r = rng(seed);
  const from = addDays(today, -3 * 365);
  const span = 3 * 365;
  // A time of day between 08:00 and 18:00 that follows n, so stamps keep the order things were logged.
  const stamp = (day, n) => {
    const s = 8 * 3600 + (n % 36_000);
    return `${day}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}.000Z`;
  };

  const companies = [];
  for (const a of COMPANY_A) for (const b of COMPANY_B) companies.push(`${a} ${b}`);

  const names = new Set();
  const slugs = new Set();
  const people = [];
  for (let i = 0; i < contactCount; i++) {
    let name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    // Some people share a name, as in life; most don't.
    if (names.has(name) && !r.chance(0.02)) {
      const base = name;
      for (let n = 0; names.has(name); n++) name = n < 26 ? base.replace(" ", ` ${String.fromCharCode(65 + n)}. `) : `${base} ${n}`;
    }
    names.add(name);
    let slug = slugify(name);
    if (slugs.has(slug)) {
      let n = 2;
      while (slugs.has(`${slug}-${n}`)) n++;
      slug = `${slug}-${n}`;
    }
    slugs.add(slug);
    // Most people were met some time ago; a few very recently.
    const metAgo = r.chance(0.03) ? r.int(0, 30) : Math.floor(r.next() ** 0.8 * span);
    const metOn = addDays(today, -metAgo);
    const tier = r.weighted(TIERS);
    const company = r.chance(0.9) ? r.pick(companies) : null;
    const [first, ...rest] = foldName(name)
      .replace(/[^a-z ]/g, "")
      .split(" ");
    const domain = company ? `${company.toLowerCase().replace(/[^a-z]+/g, "")}.example` : "mail.example";
    const tags = [];
    for (
      let t = r.weighted([
        [0, 5],
        [1, 4],
        [2, 2],
        [3, 1],
      ]);
      t > 0;
      t--
    ) {
      const tag = r.pick(TAGS);
      if (!tags.includes(tag)) tags.push(tag);
    }
    const milestones = r.chance(0.08) ? [{ label: r.pick(MILESTONES), date: addDays(today, -r.int(0, 2 * 365)) }] : [];
    people.push({
      id: r.uuid(),
      slug,
      name,
      name_key: foldName(name),
      emails: JSON.stringify(r.chance(0.7) ? [`${first}.${rest.join("").slice(0, 12) || "x"}@${domain}`] : []),
      phones: JSON.stringify(r.chance(0.3) ? [`+33 6 ${String(r.int(10_000_000, 99_999_999)).replace(/(\d\d)(?=\d)/g, "$1 ")}`] : []),
      company,
      role: company && r.chance(0.8) ? r.pick(ROLES) : null,
      sector: r.chance(0.92) ? r.weighted(SECTORS) : null,
      circle: r.weighted([
        ["external", 65],
        ["internal", 30],
        [null, 5],
      ]),
      met_where: r.chance(0.85) ? r.pick(PLACES) : null,
      met_on: metOn,
      intent: r.weighted([
        ["learn", 35],
        ["cooperate", 30],
        ["influence", 10],
        ["rebound", 8],
        [null, 17],
      ]),
      tier,
      cadence_days: r.chance(0.04) ? r.pick([7, 21, 45, 60, 120]) : null,
      tags: JSON.stringify(tags),
      notes: r.chance(0.25)
        ? r.pick(["Loves Rust.", "Two kids, runs marathons.", "Wants to move into product.", "Met through Ada."])
        : null,
      birthday: r.chance(0.3) ? `--${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}` : null,
      milestones: JSON.stringify(milestones),
      profile_url: r.chance(0.4) ? `https://www.linkedin.com/in/${slug}` : null,
      source: r.chance(0.15) ? "imported" : "added",
      created_at: stamp(metOn, i),
      updated_at: stamp(metOn, i),
      archived_at: r.chance(0.02) ? stamp(addDays(today, -r.int(0, Math.min(200, metAgo))), i) : null,
      last_interaction_on: null,
      last_interaction_id: null,
      metAgo,
    });
  }

  // Who turns up in interactions: weighted by tier, as a cumulative table for a fast pick.
  const cumulative = [];
  let total = 0;
  for (const p of people) {
    total += TIER_ACTIVITY[p.tier];
    cumulative.push(total);
  }
  const pickPerson = () => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return people[lo];
  };

  const interactions = [];
  // The first meeting of each person (what `net add` records), as long as the budget allows.
  for (const p of people.slice(0, Math.min(people.length, interactionCount))) {
    interactions.push({
      date: p.met_on,
      kind: "meeting",
      direction: "mutual",
      note: p.met_where ? `first met at ${p.met_where}` : "first met",
      follow_up_on: r.chance(0.2) ? addDays(p.met_on, r.pick([2, 7, 14])) : null,
      event_name: null,
      people: [p],
    });
  }
  while (interactions.length < interactionCount && people.length > 0) {
    if (r.chance(0.02)) {
      // An event attended, with 0 to 5 people met or seen there.
      const date = addDays(today, -Math.floor(r.next() * span));
      const present = [];
      for (let n = r.int(0, 5); n > 0; n--) {
        const p = pickPerson();
        if (p.met_on <= date && !present.includes(p)) present.push(p);
      }
      interactions.push({
        date,
        kind: "event",
        direction: "mutual",
        note: r.chance(0.5) ? r.pick(NOTES.event) : null,
        follow_up_on: null,
        event_name: r.pick(EVENTS),
        people: present,
      });
      continue;
    }
    const p = pickPerson();
    // More recent gestures than old ones, never before the first meeting.
    const ago = Math.floor(r.next() ** 1.3 * p.metAgo);
    const date = addDays(today, -ago);
    const kind = r.weighted(KINDS);
    const direction =
      kind === "thanks" || kind === "congrats" || kind === "share"
        ? r.weighted([
            ["gave", 75],
            ["received", 25],
          ])
        : kind === "news"
          ? "received"
          : kind === "meeting" || kind === "call"
            ? r.weighted([
                ["mutual", 60],
                ["gave", 25],
                ["received", 15],
              ])
            : r.weighted([
                ["gave", 55],
                ["received", 35],
                ["mutual", 10],
              ]);
    const group = [p];
    const multi = kind === "intro" ? 0.7 : kind === "meeting" ? 0.2 : 0.04;
    if (r.chance(multi)) {
      for (let n = r.int(1, 3); n > 0; n--) {
        const q = pickPerson();
        if (q.met_on <= date && !group.includes(q)) group.push(q);
      }
    }
    interactions.push({
      date,
      kind,
      direction,
      note: r.chance(0.7) ? r.pick(NOTES[kind]) : null,
      follow_up_on: r.chance(0.05) ? addDays(date, r.pick([3, 7, 14, 30])) : null,
      event_name: null,
      people: group,
    });
  }
  // People brought by one big import (a LinkedIn export) with no history: made after everything
  // else, from a stream of their own, so the rest of the data is the same with or without them.
  if (imported > 0) {
    const q = rng(seed + 0x51ed);
    const importedOn = addDays(today, -q.int(30, 400));
    for (let i = 0; i < imported; i++) {
      let name = `${q.pick(FIRST)} ${q.pick(LAST)}`;
      for (let n = 2; names.has(name); n++) name = `${name.replace(/ \d+$/, "")} ${n}`;
      names.add(name);
      let slug = slugify(name);
      for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
      slugs.add(slug);
      const company = q.pick(companies);
      const stampOf = stamp(importedOn, contactCount + i);
      people.push({
        id: q.uuid(),
        slug,
        name,
        name_key: foldName(name),
        emails: "[]",
        phones: "[]",
        company,
        role: q.pick(ROLES),
        sector: null,
        circle: null,
        met_where: null,
        met_on: addDays(importedOn, -q.int(0, 10 * 365)),
        intent: null,
        tier: "network",
        cadence_days: null,
        tags: "[]",
        notes: null,
        birthday: null,
        milestones: "[]",
        profile_url: `https://www.linkedin.com/in/${slug}`,
        source: "imported",
        created_at: stampOf,
        updated_at: stampOf,
        archived_at: null,
        last_interaction_on: null,
        last_interaction_id: null,
        metAgo: 0,
      });
    }
  }

  interactions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  interactions.forEach((i, n) => {
    i.id = r.uuid();
    i.created_at = stamp(i.date, n);
  });

  const card = {
    text:
      "I help product teams ship reliable software. Ten years building developer tools, the last three leading a platform team " +
      "at a fintech. I'm curious about how small teams learn, and I love connecting people who should know each other. " +
      "Right now I'm looking to meet people working on climate and education technology.",
    updatedOn: addDays(today, -r.int(20, 120)),
  };
  const reviews = [1, 2].map((back) => {
    const month = Number(today.slice(5, 7));
    const year = Number(today.slice(0, 4));
    const index = year * 4 + Math.floor((month - 1) / 3) - back;
    const y = Math.floor(index / 4);
    const q = (index % 4) + 1;
    const periodFrom = `${y}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`;
    const periodTo = addDays(q === 4 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 1).padStart(2, "0")}-01`, -1);
    const reviewedOn = addDays(periodTo, -r.int(0, 10));
    return {
      id: r.uuid(),
      period: `${y}Q${q}`,
      period_from: periodFrom,
      period_to: periodTo,
      reviewed_on: reviewedOn,
      created_at: stamp(reviewedOn, back),
    };
  });
  return { people, interactions, card, reviews, from };
}

/**
 * net's own rebuildKept (src/store/kept.ts), bundled from source on the fly: the seed writes rows
 * directly, and what net keeps ready on write is worked out by the very code that keeps it.
 */
const keptRebuild = await (async () => {
  const { build } = await import("esbuild");
  const out = await build({
    entryPoints: [fileURLToPath(new URL("../src/store/kept.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)).rebuildKept;
})();

/** Writes the generated data into an (empty, migrated) net database, in one transaction. */
export function write(db, data) {
  const contactColumns = Object.keys(data.people[0] ?? {}).filter((k) => k !== "metAgo");
  const insertContact = db.prepare(
    `INSERT INTO contacts (${contactColumns.join(", ")}) VALUES (${contactColumns.map((c) => `@${c}`).join(", ")})`,
  );
  const insertInteraction = db.prepare(
    "INSERT INTO interactions (id, date, kind, direction, note, follow_up_on, event_name, created_at) VALUES (@id, @date, @kind, @direction, @note, @follow_up_on, @event_name, @created_at)",
  );
  // Schemas 3 to 6 keep copies of the interaction on each link; later ones don't.
  const linkColumns = new Set(db.prepare("SELECT name FROM pragma_table_info('interaction_people')").pluck().all());
  const copies = linkColumns.has("date");
  const link = copies
    ? db.prepare(
        "INSERT INTO interaction_people (interaction_id, contact_id, date, kind, direction, created_at, follow_up_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
    : db.prepare("INSERT INTO interaction_people (interaction_id, contact_id) VALUES (?, ?)");
  const setting = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  const review = db.prepare(
    "INSERT INTO reviews (id, period, period_from, period_to, reviewed_on, created_at) VALUES (@id, @period, @period_from, @period_to, @reviewed_on, @created_at)",
  );
  db.transaction(() => {
    // Interactions are sorted by day, so the last one seen for a person is their latest.
    for (const i of data.interactions) {
      for (const p of i.people) {
        p.last_interaction_on = i.date;
        p.last_interaction_id = i.id;
      }
    }
    for (const p of data.people) {
      const row = {};
      for (const c of contactColumns) row[c] = p[c];
      insertContact.run(row);
    }
    for (const i of data.interactions) {
      insertInteraction.run({
        id: i.id,
        date: i.date,
        kind: i.kind,
        direction: i.direction,
        note: i.note,
        follow_up_on: i.follow_up_on,
        event_name: i.event_name,
        created_at: i.created_at,
      });
      for (const p of i.people)
        if (copies) link.run(i.id, p.id, i.date, i.kind, i.direction, i.created_at, i.follow_up_on);
        else link.run(i.id, p.id);
    }
    setting.run("card", JSON.stringify(data.card));
    for (const r of data.reviews) review.run(r);
    // What net keeps ready on write (src/store/kept.ts), from schema 10 on; earlier schemas keep
    // it by trigger.
    if (db.prepare("SELECT 1 FROM pragma_table_info('contacts') WHERE name = 'keep_in_touch_since'").get()) {
      keptRebuild(db);
    }
    // The search index (src/store/search.ts keeps it on net's own writes): filled as migration 7 does.
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_docs'").get())
      db.exec(`
        INSERT INTO search_docs (kind, ref) SELECT 'c', id FROM contacts ORDER BY rowid;
        INSERT INTO search_docs (kind, ref) SELECT 'i', id FROM interactions ORDER BY rowid;
        INSERT INTO search_text (rowid, name, company, role, sector, tags, met, notes)
          SELECT d.doc, c.name, c.company, c.role, c.sector, (SELECT group_concat(value, ' ') FROM json_each(c.tags)), c.met_where, c.notes
          FROM search_docs d JOIN contacts c ON c.id = d.ref WHERE d.kind = 'c';
        INSERT INTO search_text (rowid, name, company, role, sector, tags, met, notes)
          SELECT d.doc, NULL, NULL, NULL, NULL, NULL, i.event_name, i.note
          FROM search_docs d JOIN interactions i ON i.id = d.ref WHERE d.kind = 'i';`);
  }).immediate();
}

function fail(message) {
  process.stderr.write(`seed: ${message}\n`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      contacts: { type: "string", default: "1000" },
      interactions: { type: "string", default: "10000" },
      db: { type: "string" },
      today: { type: "string" },
      seed: { type: "string", default: "1" },
      imported: { type: "string", default: "0" },
      force: { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      "usage: npm run seed -- --db <file> [--contacts 1000] [--interactions 10000] [--imported 0] [--today YYYY-MM-DD] [--seed 1] [--force]\n" +
        "Writes deterministic, realistic data over the 3 years before --today into a new net database.\n" +
        "--imported N adds N more people brought by one LinkedIn-like import, with no history.\n",
    );
    return;
  }
  if (!values.db) fail("--db <file> is required (the database to create)");
  const contacts = Number(values.contacts);
  const interactions = Number(values.interactions);
  const seed = Number(values.seed);
  const imported = Number(values.imported);
  const today = values.today ?? localToday();
  if (!Number.isInteger(contacts) || contacts < 1) fail("--contacts must be a whole number ≥ 1");
  if (!Number.isInteger(interactions) || interactions < 0) fail("--interactions must be a whole number ≥ 0");
  if (!Number.isInteger(seed)) fail("--seed must be a whole number");
  if (!Number.isInteger(imported) || imported < 0) fail("--imported must be a whole number ≥ 0");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(toMs(today))) fail("--today must be YYYY-MM-DD");

  const file = resolve(values.db);
  if (existsSync(file)) {
    if (!values.force) fail(`${file} exists; pass --force to replace it`);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
  const started = performance.now();
  // The real binary creates the file, the schema and the pragmas (a read would not create it; resetting
  // a rule never set writes nothing).
  const created = spawnSync(process.execPath, [BIN, "rules", "reset", "keep-in-touch", "--db", file, "-q"], {
    encoding: "utf8",
    env: { ...process.env, NET_TODAY: today },
  });
  if (created.status !== 0) fail(`could not create the database with bin/net (run npm run build first?):\n${created.stderr}`);

  const data = generate({ contacts, interactions, today, seed, imported });
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  // Random (v4) ids land all over the id indexes: a large page cache keeps 1M-row seeding linear.
  db.pragma(`cache_size = -${Math.min(1_048_576, Math.max(65_536, Math.ceil(interactions / 2)))}`);
  write(db, data);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  const links = data.interactions.reduce((n, i) => n + i.people.length, 0);
  if (!values.quiet)
    process.stderr.write(
      `seeded ${file}: ${contacts + imported} contacts, ${data.interactions.length} interactions (${links} links) from ${data.from} to ${today}, seed ${seed}, in ${Math.round(performance.now() - started)} ms\n`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
