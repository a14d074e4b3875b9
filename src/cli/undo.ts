import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText, wrapLines } from "../render/terminal.js";
import { type JournalEntry, lastEntry, type Row, recentEntries } from "../store/journal.js";
import { changedSince, type NetChange, netChanges, putBack } from "../store/undo.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function undoCommand(program: Command, run: Runner) {
  const t = messages().log;
  program
    .command("undo")
    .summary(t.undoSummary)
    .description(t.undoDescription)
    .option("--list", t.optList)
    .option("-y, --yes", t.optYes)
    .addHelpText("after", t.undoExamples)
    .action(run(undoAction));
}

/** The tables an undo names, in the order it names them (their words: messages().log.tables). */
const TABLES = ["contacts", "interactions", "interaction_people", "contact_memory", "reminder_state", "settings", "reviews"];

/** Names of people and interactions a link joins, from the entry or the database. */
interface Names {
  person(id: string): string | undefined;
  interaction(id: string): string | undefined;
}

function namesFor(store: ReturnType<Context["store"]>, changes: readonly NetChange[]): Names {
  const rowOf = (table: string, id: string) => {
    const change = changes.find((c) => c.table === table && c.key[0] === id);
    return change?.before ?? change?.after ?? (store.sql(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined);
  };
  return {
    person: (id) => {
      const row = rowOf("contacts", id);
      return row ? String(row.name) : undefined;
    },
    interaction: (id) => {
      const row = rowOf("interactions", id);
      return row ? rowName("interactions", row, [id]) : undefined;
    },
  };
}

/** How a row is named to the person. */
function rowName(table: string, row: Row | null, key: readonly (string | number)[], names?: Names): string {
  const r = row ?? {};
  const t = messages().log;
  switch (table) {
    case "contacts":
      return safeText(String(r.name ?? key[0]), true);
    case "interactions":
      return t.interactionRow({
        kind: safeText(t.kinds[String(r.kind)] ?? String(r.kind ?? t.tables.interactions?.one), true),
        date: String(r.date ?? "?"),
      });
    case "reviews":
      return t.reviewRow(safeText(String(r.period ?? key[0]), true));
    case "interaction_people":
      return `${safeText(names?.person(String(key[1])) ?? String(key[1]), true)} ↔ ${names?.interaction(String(key[0])) ?? String(key[0])}`;
    default:
      return safeText(String(key[0]), true);
  }
}

/** What changed in a row, by column (stamps left out). */
function columnsChanged(a: Row | null, b: Row | null): string[] {
  if (!a || !b) return [];
  return Object.keys({ ...a, ...b }).filter((c) => c !== "updated_at" && c !== "name_key" && (a[c] ?? null) !== (b[c] ?? null));
}

/** Lines saying what undoing `changes` does, grouped by table and by what happens. */
export function describeUndo(changes: readonly NetChange[], names?: Names): string[] {
  const t = messages().log;
  const lines: string[] = [];
  for (const table of TABLES) {
    const { one, other } = t.tables[table] as { one: string; other: string };
    const of = changes.filter((c) => c.table === table);
    const groups: [string, NetChange[]][] = [
      [t.removes, of.filter((c) => c.before === null)],
      [t.bringsBack, of.filter((c) => c.after === null)],
      [t.putsBack, of.filter((c) => c.before !== null && c.after !== null)],
    ];
    for (const [verb, group] of groups) {
      if (!group.length) continue;
      const shown = group.slice(0, 3).map((c) => {
        const name = rowName(table, c.before ?? c.after, c.key, names);
        const columns = columnsChanged(c.before, c.after);
        return columns.length ? `${name} (${columns.join(", ")})` : name;
      });
      const what = t.counted({ count: group.length, one, other });
      lines.push(t.undoLine({ verb, what, shown: shown.join("; "), more: Math.max(0, group.length - 3) }));
    }
  }
  return lines;
}

function title(entry: Pick<JournalEntry, "id" | "at" | "command" | "undoes">): string {
  return `#${entry.id} ${entry.at.replace("T", " ").slice(0, 19)}  ${safeText(entry.command, true)}${entry.undoes ? messages().log.undid(entry.undoes) : ""}`;
}

function refuseDrift(store: ReturnType<Context["store"]>, entry: JournalEntry, changes: readonly NetChange[]): void {
  const drifted = changedSince(store, changes);
  if (!drifted.length) return;
  const t = messages().log;
  const named = drifted.slice(0, 3).map(({ change, now }) => {
    const name = rowName(change.table, now ?? change.after ?? change.before, change.key);
    if (now === null) return t.isGone(name);
    if (change.after === null) return t.isThereAgain(name);
    return t.changedColumns({ name, columns: columnsChanged(change.after, now).join(", ") });
  });
  throw new UserError(t.cantUndoDrift({ id: entry.id, command: safeText(entry.command, true), named: named.join("; ") }), {
    hint: t.cantUndoDriftHint,
  });
}

async function undoAction(ctx: Context, flags: { list?: boolean; yes?: boolean }): Promise<void> {
  const t = messages().log;
  const store = ctx.store();
  if (flags.list) {
    const entries = recentEntries(store, 20);
    if (ctx.json) {
      ctx.out(JSON.stringify(entries, null, 2));
      return;
    }
    if (!entries.length) ctx.say(t.noChangeYet);
    // A long command line wraps under its time (80 columns in a pipe).
    for (const entry of entries)
      ctx.out(wrapLines(`${title(entry)}${entry.undoable ? "" : t.cantBeUndone}`, ctx.width, { rest: "      " }).join("\n"));
    return;
  }
  const entry = lastEntry(store);
  if (!entry) throw new UserError(t.nothingToUndo, { hint: t.nothingToUndoHint });
  if (!entry.undoable) throw new UserError(t.lastCantBeUndone(title(entry)), { hint: t.lastCantBeUndoneHint });
  const changes = netChanges(entry.changes);
  refuseDrift(store, entry, changes);
  const heading = t.undoHeading({ redo: Boolean(entry.undoes), title: title(entry) });
  ctx.say([heading, ...describeUndo(changes, namesFor(store, changes))].join("\n"));
  if (!flags.yes) {
    if (!ctx.interactive) throw usageError(t.undoNeedsConfirmation, t.undoNeedsConfirmationHint);
    const { terminalPrompter } = await import("./prompts.js");
    if (!(await terminalPrompter().confirm({ name: "undo", message: entry.undoes ? t.redoIt : t.undoIt, default: false }))) {
      ctx.say(t.nothingWasChanged);
      return;
    }
  }
  store.undoing = entry.id;
  try {
    store.transaction(() => {
      // Another net may have written since this one looked: then what was shown is not the last change.
      const now = lastEntry(store);
      if (now?.id !== entry.id) throw new UserError(t.anotherChange(now ? title(now) : t.journalEmptied), { hint: t.anotherChangeHint });
      refuseDrift(store, entry, changes);
      putBack(store, changes);
    });
  } finally {
    store.undoing = undefined;
  }
  if (ctx.json) ctx.out(JSON.stringify({ undone: entry.id, command: entry.command }, null, 2));
  const original = entry.undoes
    ? (store.sql("SELECT command FROM journal WHERE id = ?").pluck().get(entry.undoes) as string | undefined)
    : undefined;
  ctx.say(entry.undoes ? t.redone(safeText(original ?? `#${entry.undoes}`, true)) : t.undone(safeText(entry.command, true)));
}
