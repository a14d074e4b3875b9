import { extname } from "node:path";
import type { Command } from "commander";
import { computeReminders } from "../app/reminders.js";
import type { IsoDate } from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import type { Reminder } from "../rules/types.js";
import { introGraph } from "../store/met-through.js";
import { tierCadences } from "../store/settings.js";
import type { Context } from "./context.js";
import { choiceOption } from "./input.js";
import type { Runner } from "./runner.js";
import { entryAt, refuseUnlessRegular, writePrivateFile } from "./write-file.js";

declare const NET_VERSION: string;

export const EXPORT_FORMATS = ["json", "csv", "vcard", "ics", "dot"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface ExportFlags {
  format?: ExportFormat;
  output?: string;
  force?: boolean;
  days?: string;
}

export function exportCommand(program: Command, run: Runner) {
  const text = messages().transfer;
  program
    .command("export")
    .summary(text.exportSummary)
    .description(text.exportDescription)
    .addOption(choiceOption("--format <format>", text.exportFormat, EXPORT_FORMATS))
    .option("-o, --output <file>", text.exportOutput)
    .option("--force", text.exportForce)
    .option("--days <n>", text.exportDays)
    .addHelpText("after", text.exportExamples)
    .action(run(exportAction));
}

const EXTENSIONS: Record<string, ExportFormat> = {
  ".json": "json",
  ".csv": "csv",
  ".vcf": "vcard",
  ".vcard": "vcard",
  ".ics": "ics",
  ".ical": "ics",
  ".dot": "dot",
  ".gv": "dot",
};

function formatOf(flags: ExportFlags): ExportFormat {
  if (flags.format) return flags.format;
  return (flags.output && EXTENSIONS[extname(flags.output).toLowerCase()]) || "json";
}

function readDays(text: string | undefined): number {
  if (text === undefined) return 30;
  const days = Number(text.trim().replace(/d$/i, ""));
  if (!Number.isInteger(days) || days < 0 || days > 366)
    throw usageError(messages().transfer.badDays(text), messages().transfer.badDaysHint);
  return days;
}

async function exportAction(ctx: Context, flags: ExportFlags): Promise<void> {
  const format = formatOf(flags);
  const says = messages().transfer;
  if (flags.days !== undefined && format !== "ics") throw usageError(says.daysNeedsIcs, says.daysNeedsIcsHint);
  const days = readDays(flags.days);
  // `-o -` is standard output, as for `net import -`.
  const output = flags.output === "-" ? undefined : flags.output;
  const replace = output ? await checkTarget(ctx, output, Boolean(flags.force)) : false;

  const store = ctx.store();
  let text: string;
  let what: string;
  /** Records a damaged database could not give (a JSON export saves what it can read). */
  let salvaged = 0;
  if (format === "json") {
    const [{ loadAllOrSalvage }, { writeJson }] = await Promise.all([import("../store/transfer.js"), import("../formats/json.js")]);
    const { data, lost } = loadAllOrSalvage(store);
    salvaged = lost;
    text = writeJson(data, ctx.today);
    what = says.exportedAll({ people: data.contacts.length, interactions: data.interactions.length });
  } else if (format === "csv" || format === "vcard") {
    const contacts = store.contacts();
    if (format === "csv") {
      const { writeContactsCsv } = await import("../formats/contacts-csv.js");
      text = writeContactsCsv(contacts, tierCadences(store));
    } else {
      const { writeVCards } = await import("../formats/vcard.js");
      text = writeVCards(contacts);
    }
    what = says.exportedPeople(contacts.length);
  } else if (format === "dot") {
    const { writeDot } = await import("../formats/dot.js");
    const graph = introGraph(store);
    text = writeDot(graph);
    what = says.exportedGraph(graph.people.length);
  } else {
    const { writeIcs } = await import("../formats/ics.js");
    // The same reminders nudge computes, looking `days` ahead, each worded as of its own due day.
    const reminders = wordedOnDueDay(computeReminders(store, ctx.today, { horizonDays: days }), ctx.today, (day) =>
      computeReminders(store, day),
    );
    text = writeIcs(reminders, { today: ctx.today, version: typeof NET_VERSION === "string" ? NET_VERSION : "dev" });
    what = says.exportedGestures({ count: reminders.length, days });
  }

  if (output) writePrivateFile(output, text, { replace });
  else process.stdout.write(text);
  if (salvaged > 0)
    throw new UserError(
      says.damagedExport({ exported: output ? says.exportedTo({ what, output: safeText(output, true) }) : null, lost: salvaged }),
      { hint: says.damagedExportHint },
    );
  if (output) ctx.say(says.exported({ what, output: safeText(output, true), format }));
}

/**
 * A to-do is read on the day it falls due, so one due later is worded as nudge will word it that
 * day ("41 days ago", not the export day's "39 days ago"): the reminders are computed again on each
 * later due day (at most `--days` of them) and the same key's words taken; one no longer due then
 * keeps its words.
 */
function wordedOnDueDay(reminders: Reminder[], today: IsoDate, dueOn: (day: IsoDate) => Reminder[]): Reminder[] {
  const byDay = new Map<IsoDate, Map<string, Reminder>>();
  return reminders.map((reminder) => {
    if (reminder.dueOn <= today) return reminder;
    let onThatDay = byDay.get(reminder.dueOn);
    if (!onThatDay) {
      onThatDay = new Map(dueOn(reminder.dueOn).map((r) => [r.key, r]));
      byDay.set(reminder.dueOn, onThatDay);
    }
    const then = onThatDay.get(reminder.key);
    return then ? { ...reminder, message: then.message, suggestion: then.suggestion } : reminder;
  });
}

/**
 * Refuses to replace an existing file unless --force, or the person agrees at a prompt; refuses
 * anything that is not a regular file. Returns whether an existing file may be replaced.
 */
async function checkTarget(ctx: Context, path: string, force: boolean): Promise<boolean> {
  const stat = entryAt(path);
  if (!stat) return false;
  refuseUnlessRegular(path, stat);
  if (force) return true;
  if (ctx.interactive) {
    const { confirmOverwrite, terminalPrompter } = await import("./prompts.js");
    if (await confirmOverwrite(terminalPrompter(), path)) return true;
    throw new UserError(messages().transfer.keptAsItWas(path), { hint: messages().transfer.keptAsItWasHint });
  }
  throw new UserError(messages().transfer.alreadyExists(path), { hint: messages().transfer.alreadyExistsHint });
}
