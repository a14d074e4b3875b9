import type { Command } from "commander";
import { UserError, usageError } from "../domain/errors.js";
import { safeText, wrapLines } from "../render/terminal.js";
import { type JournalEntry, lastEntry, type Row, recentEntries } from "../store/journal.js";
import { changedSince, type NetChange, netChanges, putBack } from "../store/undo.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function undoCommand(program: Command, run: Runner) {
  program
    .command("undo")
    .summary("take back the last change")
    .description(
      "Take back the last command that changed data (add, log, log edit/rm, edit, rm, done, snooze, import,\n" +
        "card, goals, rules…): shows what it will undo and asks first (--yes without a terminal).\n" +
        "Undo again to redo. --list shows the last 20 changes.",
    )
    .option("--list", "the last 20 changes, newest first")
    .option("-y, --yes", "don't ask for confirmation")
    .addHelpText("after", "\nExamples:\n  net undo\n  net undo --list\n  net undo --yes")
    .action(run(undoAction));
}

const TABLE_NOUNS: Record<string, [string, string]> = {
  contacts: ["person", "people"],
  interactions: ["interaction", "interactions"],
  interaction_people: ["link to a person", "links to people"],
  contact_memory: ["import memory", "import memories"],
  reminder_state: ["reminder state", "reminder states"],
  settings: ["setting", "settings"],
  reviews: ["review", "reviews"],
};

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
  switch (table) {
    case "contacts":
      return safeText(String(r.name ?? key[0]), true);
    case "interactions":
      return `the ${safeText(String(r.kind ?? "interaction"), true)} of ${r.date ?? "?"}`;
    case "reviews":
      return `the review of ${safeText(String(r.period ?? key[0]), true)}`;
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
  const lines: string[] = [];
  for (const table of Object.keys(TABLE_NOUNS)) {
    const [one, many] = TABLE_NOUNS[table] as [string, string];
    const of = changes.filter((c) => c.table === table);
    const groups: [string, NetChange[]][] = [
      ["removes", of.filter((c) => c.before === null)],
      ["brings back", of.filter((c) => c.after === null)],
      ["puts back", of.filter((c) => c.before !== null && c.after !== null)],
    ];
    for (const [verb, group] of groups) {
      if (!group.length) continue;
      const shown = group.slice(0, 3).map((c) => {
        const name = rowName(table, c.before ?? c.after, c.key, names);
        const columns = columnsChanged(c.before, c.after);
        return columns.length ? `${name} (${columns.join(", ")})` : name;
      });
      const more = group.length > 3 ? `, and ${group.length - 3} more` : "";
      lines.push(`  ${verb} ${group.length === 1 ? one : `${group.length} ${many}`}: ${shown.join("; ")}${more}`);
    }
  }
  return lines;
}

function title(entry: Pick<JournalEntry, "id" | "at" | "command" | "undoes">): string {
  return `#${entry.id} ${entry.at.replace("T", " ").slice(0, 19)}  ${safeText(entry.command, true)}${entry.undoes ? ` (undid #${entry.undoes})` : ""}`;
}

function refuseDrift(store: ReturnType<Context["store"]>, entry: JournalEntry, changes: readonly NetChange[]): void {
  const drifted = changedSince(store, changes);
  if (!drifted.length) return;
  const named = drifted.slice(0, 3).map(({ change, now }) => {
    const name = rowName(change.table, now ?? change.after ?? change.before, change.key);
    if (now === null) return `${name} is gone`;
    if (change.after === null) return `${name} is there again`;
    return `${name} changed (${columnsChanged(change.after, now).join(", ")})`;
  });
  throw new UserError(
    `can't undo #${entry.id} (${safeText(entry.command, true)}): changed since by something net did not journal: ${named.join("; ")}`,
    {
      hint: "fix it by hand (net edit, net log edit), or put a copy back: net backup --list",
    },
  );
}

async function undoAction(ctx: Context, flags: { list?: boolean; yes?: boolean }): Promise<void> {
  const store = ctx.store();
  if (flags.list) {
    const entries = recentEntries(store, 20);
    if (ctx.json) {
      ctx.out(JSON.stringify(entries, null, 2));
      return;
    }
    if (!entries.length) ctx.say("No change recorded yet.");
    // A long command line wraps under its time (80 columns in a pipe).
    for (const entry of entries)
      ctx.out(wrapLines(`${title(entry)}${entry.undoable ? "" : "  [can't be undone]"}`, ctx.width, { rest: "      " }).join("\n"));
    return;
  }
  const entry = lastEntry(store);
  if (!entry) throw new UserError("there is nothing to undo", { hint: "net undo takes back changes made by this version of net on" });
  if (!entry.undoable)
    throw new UserError(`the last change can't be undone: ${title(entry)}`, { hint: "put a copy back instead: net backup --list" });
  const changes = netChanges(entry.changes);
  refuseDrift(store, entry, changes);
  const what = entry.undoes ? `Redo (undo the undo) ${title(entry)}` : `Undo ${title(entry)}`;
  ctx.say([`${what}:`, ...describeUndo(changes, namesFor(store, changes))].join("\n"));
  if (!flags.yes) {
    if (!ctx.interactive) throw usageError("undoing needs confirmation", "pass --yes: net undo --yes");
    const { terminalPrompter } = await import("./prompts.js");
    if (!(await terminalPrompter().confirm({ name: "undo", message: entry.undoes ? "Redo it?" : "Undo it?", default: false }))) {
      ctx.say("Nothing was changed.");
      return;
    }
  }
  store.undoing = entry.id;
  try {
    store.transaction(() => {
      // Another net may have written since this one looked: then what was shown is not the last change.
      const now = lastEntry(store);
      if (now?.id !== entry.id)
        throw new UserError(`another change was made meanwhile: ${now ? title(now) : "the journal was emptied"}; nothing was undone`, {
          hint: "run net undo again to see what it would take back",
        });
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
  ctx.say(
    entry.undoes
      ? `Redone: ${safeText(original ?? `#${entry.undoes}`, true)} (net undo again to undo it)`
      : `Undone: ${safeText(entry.command, true)} (net undo again to redo it)`,
  );
}
