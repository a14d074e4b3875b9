import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import { TIERS, type Tier } from "../domain/model.js";
import type { RuleUnits } from "../domain/settings.js";
import type { FormatError } from "../formats/errors.js";
import { FILE_LIMIT_TEXT, MAX_FILE_BYTES } from "../formats/limits.js";
import type { ImportPlan, JsonPlan, SkipReason } from "../formats/plan.js";
import { IMPORT_FORMATS, type ImportFormat } from "../formats/record.js";
import { safeText } from "../render/terminal.js";
import { RULES } from "../rules/engine.js";
import type { Store } from "../store/store.js";
import type { Context } from "./context.js";
import { choiceOption, collect, readAllStdin, transliteratorFor } from "./input.js";
import type { Runner } from "./runner.js";

interface ImportFlags {
  format?: ImportFormat;
  dryRun?: boolean;
  forceIds?: boolean;
  tag?: string[];
  tier?: Tier;
}

export function importCommand(program: Command, run: Runner) {
  program
    .command("import")
    .summary("bring in contacts: phone (vCard), LinkedIn, Google, net JSON")
    .description(
      "Bring in the network you already have. The format is recognised from the content:\n" +
        "vCard 2.1/3.0/4.0 (phones, mail apps), LinkedIn's Connections.csv, a Google Contacts CSV, or a net JSON export.\n" +
        "People already in your network (same email, profile URL or name) are merged: empty fields are filled,\n" +
        "nothing you wrote is overwritten, and a field you emptied stays empty. A LinkedIn job change (against\n" +
        "the last LinkedIn import) updates company and role, logs the news and ends the former company's milestones.\n" +
        "Imported people don't count as met this month. All or nothing: a broken file changes nothing.",
    )
    .argument("<file>", "the export file (- reads standard input)")
    .addOption(choiceOption("--format <format>", "the file's format, when it can't be recognised", IMPORT_FORMATS))
    .option("--dry-run", "show what would happen; write nothing")
    .option("--force-ids", "net JSON: a person whose id is someone's here is that person, even under another name")
    .option("--tag <tag>", "tag everyone in the file (repeatable)", collect)
    .addOption(choiceOption("--tier <tier>", "tier of the people added (default network)", TIERS))
    .addHelpText(
      "after",
      `
Examples:
  net import contacts.vcf --tag phone
  net import Connections.csv --dry-run
  net import Connections.csv    again with a newer export: job changes become news
  net import google.csv --tier active
  net import backup.json        merge a net export from another machine`,
    )
    .action(run(importAction));
}

/**
 * Reads at most MAX_FILE_BYTES (and a little more, to know it was more): a regular file's size is
 * checked before anything is read (E2BIG); a pipe or device (`/dev/zero`) is read in chunks and stopped there.
 */
function readLimited(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) throw Object.assign(new Error("too large"), { code: "E2BIG" });
    if (stat.isFile()) return readFileSync(fd);
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= MAX_FILE_BYTES) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

async function readInput(file: string): Promise<{ bytes: Uint8Array; name: string }> {
  const name = file === "-" ? "standard input" : file;
  const tooLarge = () =>
    new UserError(`can't import ${safeText(name, true)}: it is larger than ${FILE_LIMIT_TEXT}, the most net reads`, {
      hint: "nothing was imported; is it the right file? Split a larger export into parts and import each",
    });
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? await readAllStdin(MAX_FILE_BYTES) : readLimited(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "E2BIG") throw tooLarge();
    if (code === "ENOENT")
      throw new UserError(`no file at ${file}`, { hint: "check the path (LinkedIn's file is Connections.csv in the export)" });
    if (code === "EISDIR") throw new UserError(`${file} is a folder`, { hint: "give the export file inside it" });
    if (code === "EACCES" || code === "EPERM")
      throw new UserError(`can't read ${file}: permission denied`, { hint: "check the file's permissions" });
    throw new UserError(`can't read ${file}: ${(error as Error).message}`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
  return { bytes, name };
}

/** A file name as a shell word, quoted when it needs to be. */
function shellWord(text: string): string {
  return /^[\w./+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function formatFailure(error: FormatError, name: string): UserError {
  const where = error.line === null ? "" : `line ${error.line}: `;
  return new UserError(`can't import ${safeText(name, true)}: ${where}${safeText(error.message, true)}`, {
    hint: `nothing was imported; ${error.hint?.replace("<file>", name === "standard input" ? "<file>" : shellWord(name)) ?? "export the file again (or fix that line) and retry"}`,
  });
}

/** Each rule's parameters and their units: what a JSON import checks the `rules` setting against. */
function ruleUnits(): RuleUnits {
  return Object.fromEntries(
    RULES.map((rule) => [rule.id, Object.fromEntries(Object.entries(rule.params).map(([n, spec]) => [n, spec.unit]))]),
  );
}

interface Outcome {
  plan: ImportPlan;
  interactionsAdded: number | null;
}

async function importAction(ctx: Context, file: string, flags: ImportFlags): Promise<void> {
  const { bytes, name } = await readInput(file);
  const formats = await import("../formats/import.js");
  const transfer = await import("../store/transfer.js");
  let read: ReturnType<typeof formats.readImport>;
  try {
    read = formats.readImport(bytes, flags.format, { today: ctx.today, rules: ruleUnits() });
  } catch (error) {
    if (error instanceof formats.FormatError) throw formatFailure(error, name);
    throw error;
  }
  if (read.format === null)
    throw new UserError(`can't tell what kind of file ${safeText(name, true)} is`, {
      hint: `give its format: --format ${IMPORT_FORMATS.join("|")} (vCard, LinkedIn Connections.csv, Google Contacts CSV, net JSON)`,
    });
  if (read.format === "json" && (flags.tag?.length || flags.tier))
    throw usageError("--tag and --tier apply to vCard, LinkedIn and Google imports", "a net export keeps each person's own tags and tier");
  if (read.format !== "json" && flags.forceIds)
    throw usageError("--force-ids applies to net JSON exports", "vCard, LinkedIn and Google files match people by email, profile and name");

  // Names in other scripts get transliterated slugs; the tables load only when there is one.
  const transliterate = await transliteratorFor(
    read.format === "json" ? read.doc.contacts.map((c) => c.name) : read.people.map((p) => p.name),
  );
  // A dry run against a database that doesn't exist yet plans against an empty one, without creating it.
  const empty = flags.dryRun && !existsSync(ctx.dbPath);
  const store = empty ? null : ctx.store();
  const doc = read.format === "json" ? read.doc : null;
  const people = read.format === "json" ? [] : read.people;
  const format = read.format;
  // Planning reads and thinks (seconds at 80,000 people); only writing holds the write lock.
  const plan = (): Outcome => {
    if (doc) {
      const local = store
        ? transfer.localState(store)
        : {
            contacts: [],
            interactionIds: new Set<string>(),
            reminderState: new Map(),
            reviewIds: new Set<string>(),
            settingKeys: new Set<string>(),
          };
      const planned = formats.planJsonImport(local, doc, { transliterate, forceIds: Boolean(flags.forceIds) });
      return { plan: planned, interactionsAdded: planned.interactions.length };
    }
    const planned = formats.planImport(store ? transfer.contactsForImport(store) : [], people, {
      jobChanges: format === "linkedin",
      tier: flags.tier,
      tags: flags.tag ?? [],
      now: ctx.now,
      today: ctx.today,
      newId: () => crypto.randomUUID(),
      memory: store?.contactMemories(),
      transliterate,
    });
    return { plan: planned, interactionsAdded: null };
  };
  const write = (writing: Store, { plan: planned }: Outcome) => {
    if (doc) transfer.applyJsonImport(writing, planned as JsonPlan);
    else transfer.applyImport(writing, planned, ctx.today);
  };
  const { plan: done, interactionsAdded } = flags.dryRun || !store ? plan() : transfer.planThenWrite(store, plan, write);
  report(ctx, {
    plan: done,
    interactionsAdded,
    name,
    format: formats.FORMAT_NAMES[read.format],
    dryRun: Boolean(flags.dryRun),
    reasons: formats.SKIP_REASONS,
  });
}

function lines(numbers: (number | null)[]): string {
  const known = numbers.filter((n): n is number => n !== null);
  if (known.length === 0) return "";
  const shown = known.slice(0, 8).join(", ");
  return ` (line${known.length > 1 ? "s" : ""} ${shown}${known.length > 8 ? ", …" : ""})`;
}

function report(ctx: Context, r: Outcome & { name: string; format: string; dryRun: boolean; reasons: Record<SkipReason, string> }): void {
  const { plan } = r;
  const jobChanges = plan.merged.filter((m) => m.jobChange);
  const byReason = new Map<SkipReason, (number | null)[]>();
  // Pushed, not copied: a re-import of 30,000 people skips most of them (copying was quadratic, seconds).
  for (const s of plan.skipped) {
    const at = byReason.get(s.reason);
    if (at) at.push(s.line);
    else byReason.set(s.reason, [s.line]);
  }

  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
          file: r.name,
          format: r.format,
          dryRun: r.dryRun,
          added: plan.added.length,
          merged: plan.merged.length,
          skipped: plan.skipped.length,
          jobChanges: jobChanges.length,
          interactionsAdded: r.interactionsAdded,
          reasons: Object.fromEntries([...byReason].map(([reason, at]) => [reason, at.length])),
          people: {
            added: plan.added.map((a) => ({ line: a.line, id: a.contact.id, slug: a.contact.slug, name: a.contact.name })),
            merged: plan.merged.map((m) => ({
              line: m.line,
              id: m.contact.id,
              slug: m.contact.slug,
              name: m.contact.name,
              fields: m.fields,
              news: m.jobChange?.note ?? null,
              endedMilestones: m.ended.map((e) => e.label),
            })),
            skipped: plan.skipped,
          },
        },
        null,
        2,
      ),
    );
  }

  const total = plan.added.length + plan.merged.length + plan.skipped.length;
  ctx.say(
    `${r.dryRun ? "Dry run, nothing written. " : ""}Read ${total} ${total === 1 ? "person" : "people"} from ${safeText(basename(r.name), true)} (${r.format}).`,
  );
  const reasons = [...byReason].map(([reason, at]) => `${at.length} ${r.reasons[reason]}${lines(at)}`);
  ctx.say(
    `${r.dryRun ? "Would have: " : ""}added ${plan.added.length}, merged ${plan.merged.length}, skipped ${plan.skipped.length}${reasons.length ? `: ${reasons.join("; ")}` : ""}.`,
  );
  if (r.interactionsAdded !== null)
    ctx.say(`${r.dryRun ? "Would add" : "Added"} ${r.interactionsAdded} interaction${r.interactionsAdded === 1 ? "" : "s"}.`);
  // An id that is someone else's here: say whose, so the person can decide (--force-ids).
  const conflicts = plan.skipped.filter((s) => s.reason === "id-conflict");
  for (const s of conflicts.slice(0, 10))
    ctx.say(`  ${safeText(s.name, true)} in the file has the id of ${s.slug} here: skipped, ${s.slug} left as is.`);
  if (conflicts.length > 10) ctx.say(`  … and ${conflicts.length - 10} more with someone else's id.`);
  const leftOut = "settingsLeftOut" in plan ? (plan as JsonPlan).settingsLeftOut : [];
  if (leftOut.length)
    ctx.say(
      `Left out ${leftOut.length === 1 ? "a setting" : "settings"} this net doesn't know: ${leftOut.map((k) => safeText(k, true)).join(", ")}.`,
    );
  for (const m of jobChanges.slice(0, 10)) {
    const who = safeText(m.contact.name, true);
    const ended = m.ended.length
      ? ` (${m.ended.length === 1 ? "milestone" : "milestones"} ${m.ended.map((e) => `"${safeText(e.label, true)}"`).join(", ")} ended)`
      : "";
    ctx.say(
      `  ${who} — ${safeText(m.jobChange?.note ?? "", true)}${ended}. A good moment to congratulate: net log ${m.contact.slug} --kind congrats`,
    );
  }
  if (jobChanges.length > 10) ctx.say(`  … and ${jobChanges.length - 10} more job changes (net nudge will suggest congratulating them).`);
}
