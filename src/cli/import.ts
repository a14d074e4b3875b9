import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import { TIERS, type Tier } from "../domain/model.js";
import type { RuleUnits } from "../domain/settings.js";
import type { FormatError } from "../formats/errors.js";
import { MAX_FILE_BYTES } from "../formats/limits.js";
import type { ImportPlan, JsonPlan, SkipReason } from "../formats/plan.js";
import { IMPORT_FORMATS, type ImportFormat } from "../formats/record.js";
import { messages } from "../i18n/index.js";
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
  const text = messages().transfer;
  program
    .command("import")
    .summary(text.importSummary)
    .description(text.importDescription)
    .argument("<file>", text.importFile)
    .addOption(choiceOption("--format <format>", text.importFormat, IMPORT_FORMATS))
    .option("--dry-run", text.importDryRun)
    .option("--force-ids", text.importForceIds)
    .option("--tag <tag>", text.importTag, collect)
    .addOption(choiceOption("--tier <tier>", text.importTier, TIERS))
    .addHelpText("after", text.importExamples)
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
    // i18n-ignore: internal errors, told apart by their code
    if (stat.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    // i18n-ignore: internal errors, told apart by their code
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
  const text = messages().transfer;
  const name = file === "-" ? text.standardInput : file;
  const limit = text.wholeMegabytes(MAX_FILE_BYTES / 1024 / 1024);
  const tooLarge = () => new UserError(text.tooLarge({ name: safeText(name, true), limit }), { hint: text.tooLargeHint });
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? await readAllStdin(MAX_FILE_BYTES) : readLimited(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "E2BIG") throw tooLarge();
    if (code === "ENOENT") throw new UserError(text.noFileAt(file), { hint: text.noFileAtHint });
    if (code === "EISDIR") throw new UserError(text.isFolder(file), { hint: text.isFolderHint });
    if (code === "EACCES" || code === "EPERM") throw new UserError(text.permissionDenied(file), { hint: text.checkPermissions });
    throw new UserError(text.cantRead({ file, message: (error as Error).message }));
  }
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
  return { bytes, name };
}

/** A file name as a shell word, quoted when it needs to be. */
function shellWord(text: string): string {
  return /^[\w./+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function formatFailure(error: FormatError, name: string, stdin: boolean): UserError {
  const text = messages().transfer;
  const shown = safeText(name, true);
  const message = safeText(error.message, true);
  return new UserError(
    error.line === null ? text.cantImport({ name: shown, message }) : text.cantImportAt({ name: shown, line: error.line, message }),
    { hint: text.nothingImported(error.hint?.replace("<file>", stdin ? "<file>" : shellWord(name)) ?? text.fixAndRetry) },
  );
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
    if (error instanceof formats.FormatError) throw formatFailure(error, name, file === "-");
    throw error;
  }
  const text = messages().transfer;
  if (read.format === null) throw new UserError(text.cantTell(safeText(name, true)), { hint: text.cantTellHint(IMPORT_FORMATS.join("|")) });
  if (read.format === "json" && (flags.tag?.length || flags.tier)) throw usageError(text.tagTierJson, text.tagTierJsonHint);
  if (read.format !== "json" && flags.forceIds) throw usageError(text.forceIdsNotJson, text.forceIdsNotJsonHint);

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
    formatName: text.formatNames[read.format],
    dryRun: Boolean(flags.dryRun),
  });
}

/** The lines of the file where people were skipped: the first eight, and how many there are. */
function lines(numbers: (number | null)[]): { lines: string; lineCount: number } {
  const known = numbers.filter((n): n is number => n !== null);
  if (known.length === 0) return { lines: "", lineCount: 0 };
  return { lines: `${known.slice(0, 8).join(", ")}${known.length > 8 ? ", …" : ""}`, lineCount: known.length };
}

/** `format` is the format's name in --json (the same in every language), `formatName` as people read it. */
function report(ctx: Context, r: Outcome & { name: string; format: string; formatName: string; dryRun: boolean }): void {
  const text = messages().transfer;
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
  ctx.say(text.readFrom({ dryRun: r.dryRun, total, file: safeText(basename(r.name), true), format: r.formatName }));
  const reasons = [...byReason].map(([reason, at]) =>
    text.skippedFor({ count: at.length, reason: text.skipReasons[reason as SkipReason], ...lines(at) }),
  );
  ctx.say(text.outcome({ dryRun: r.dryRun, added: plan.added.length, merged: plan.merged.length, skipped: plan.skipped.length, reasons }));
  if (r.interactionsAdded !== null) ctx.say(text.interactionsAdded({ dryRun: r.dryRun, count: r.interactionsAdded }));
  // An id that is someone else's here: say whose, so the person can decide (--force-ids).
  const conflicts = plan.skipped.filter((s) => s.reason === "id-conflict");
  for (const s of conflicts.slice(0, 10)) ctx.say(text.idConflict({ name: safeText(s.name, true), slug: s.slug ?? "" }));
  if (conflicts.length > 10) ctx.say(text.moreIdConflicts(conflicts.length - 10));
  const leftOut = "settingsLeftOut" in plan ? (plan as JsonPlan).settingsLeftOut : [];
  if (leftOut.length) ctx.say(text.settingsLeftOut({ count: leftOut.length, list: leftOut.map((k) => safeText(k, true)).join(", ") }));
  for (const m of jobChanges.slice(0, 10)) {
    const who = safeText(m.contact.name, true);
    const labels = m.ended.map((e) => `"${safeText(e.label, true)}"`).join(", ");
    const ended = m.ended.length ? text.milestonesEnded({ count: m.ended.length, labels }) : "";
    const change = m.jobChange ? safeText(text.newRole({ role: m.jobChange.role, company: m.jobChange.company }), true) : "";
    ctx.say(text.jobChange({ who, change, ended, slug: m.contact.slug }));
  }
  if (jobChanges.length > 10) ctx.say(text.moreJobChanges(jobChanges.length - 10));
}
