import type { Command } from "commander";
import { usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import {
  ftsQuery,
  type InteractionFound,
  interactionFound,
  MARK_END,
  MARK_START,
  type PersonFound,
  personFound,
  search,
} from "../store/search.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

const DEFAULT_LIMIT = 20;

export function searchCommand(program: Command, run: Runner) {
  const t = messages().people.search;
  program
    .command("search")
    .summary(t.summary)
    .description(t.description)
    .argument("<words...>", t.wordsArgument)
    .option("-n, --limit <n>", t.limitOption(DEFAULT_LIMIT), (v) => {
      if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw usageError(t.badLimit(v), t.badLimitHint);
      return Number(v);
    })
    .addHelpText("after", t.examples)
    .action(run(searchAction));
}

interface Piece {
  text: string;
  match: boolean;
}

/** A snippet split at its marks. */
function pieces(snippet: string): Piece[] {
  const out: Piece[] = [];
  let match = false;
  for (const part of snippet.split(new RegExp(`([${MARK_START}${MARK_END}])`, "u"))) {
    if (part === MARK_START) match = true;
    else if (part === MARK_END) match = false;
    else if (part) out.push({ text: part, match });
  }
  return out;
}

type Result =
  | { type: "person"; person: PersonFound; pieces: Piece[] }
  | { type: "interaction"; interaction: InteractionFound; pieces: Piece[] };

/** The snippet as plain text, and where the matched words are in it (offsets in code points, end excluded). */
function snippetJson(parts: Piece[]) {
  let snippet = "";
  let at = 0;
  const highlights: [number, number][] = [];
  for (const p of parts) {
    const length = [...p.text].length;
    if (p.match) highlights.push([at, at + length]);
    snippet += p.text;
    at += length;
  }
  return { snippet, highlights };
}

async function searchAction(ctx: Context, words: string[], flags: { limit?: number }): Promise<void> {
  const t = messages().people.search;
  const query = ftsQuery(words);
  if (!query) throw usageError(t.nothingToSearch, t.nothingToSearchHint);
  const store = ctx.store();
  const results: Result[] = [];
  for (const hit of search(store, query, flags.limit ?? DEFAULT_LIMIT)) {
    if (hit.kind === "c") {
      const person = personFound(store, hit.ref);
      if (person) results.push({ type: "person", person, pieces: pieces(hit.snippet) });
    } else {
      const interaction = interactionFound(store, hit.ref);
      if (interaction) results.push({ type: "interaction", interaction, pieces: pieces(hit.snippet) });
    }
  }

  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        results.map((r) => ({ type: r.type, ...(r.type === "person" ? r.person : r.interaction), ...snippetJson(r.pieces) })),
        null,
        2,
      ),
    );
    return;
  }
  if (results.length === 0) {
    ctx.say(t.nothingFound(safeText(words.join(" "), true)));
    return;
  }
  const c = ctx.chalk;
  // Highlighted in bold yellow on a colour terminal, between [ ] otherwise.
  const coloured = c.bold("x") !== "x";
  const show = (parts: Piece[]) =>
    parts
      .map((p) => {
        const text = safeText(p.text, true);
        return p.match ? (coloured ? c.bold(c.yellow(text)) : `[${text}]`) : text;
      })
      .join("");
  const lines: string[] = [];
  for (const r of results) {
    if (r.type === "person") {
      const p = r.person;
      const about = [p.role, p.company, p.sector].filter((x): x is string => Boolean(x)).map((x) => safeText(x, true));
      lines.push(`${c.bold(safeText(p.name, true))} ${c.dim(`(${p.slug})`)}${about.length ? ` · ${about.join(" · ")}` : ""}`);
    } else {
      const i = r.interaction;
      const who = i.people.map((p) => safeText(p.name, true)).join(", ");
      const what =
        i.kind === "event" && i.eventName
          ? t.event(safeText(i.eventName, true))
          : t.interaction({ kind: messages().log.kinds[i.kind] ?? i.kind, direction: i.direction });
      lines.push(`${i.date} ${what}${who ? ` · ${who}` : ""}`);
    }
    lines.push(`    ${show(r.pieces)}`);
  }
  ctx.out(lines.join("\n"));
}
