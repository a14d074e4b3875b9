import type { ParsedResult } from "chrono-node";
import { Option } from "commander";
import {
  addDuration,
  checkDay,
  type FallbackDateParser,
  type IsoDate,
  parseDate,
  parseWhen,
  readDate,
  readDuration,
} from "../domain/dates.js";
import { UserError, usageError } from "../domain/errors.js";
import { type Named, needsTransliteration, resolvePerson, type Transliterate } from "../domain/names.js";
import { language, messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import type { Context } from "./context.js";

/**
 * chrono-node reads the rarer forms ("Nov 20", "le 20 novembre", "20/11/2026", "2 weeks ago last
 * friday"); loaded only when needed. Both its English and its French parsers read the text, and the
 * one that reads more of it wins: English and French forms work whatever the language spoken, and
 * only a numeric day both read whole ("03/04") follows the language (March 4 in English, 3 April in
 * French). A date without a year is taken in the direction asked: "march" in November is last March
 * for a meeting, and "june 3" is next June for a follow-up (chrono alone picks the nearest one).
 */
async function chronoFallback(towards: "past" | "future"): Promise<FallbackDateParser> {
  const chrono = await import("chrono-node");
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const parsers = language() === "fr" ? [chrono.fr, chrono.en] : [chrono.en, chrono.fr];
  return (text, today) => {
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const reference = new Date(y, m - 1, d, 12);
    let result: ParsedResult | undefined;
    for (const parser of parsers) {
      const [found] = parser.parse(text, reference, { forwardDate: towards === "future" });
      if (found && (!result || found.text.length > result.text.length)) result = found;
    }
    if (!result) return null;
    const parsed = result.start.date();
    const guessedYear = !result.start.isCertain("year") && result.start.isCertain("month");
    if (towards === "past" && guessedYear && iso(parsed) > today) parsed.setFullYear(parsed.getFullYear() - 1);
    return iso(parsed);
  };
}

/**
 * The transliteration for slugs, loaded only when one of `names` is in another script
 * ("Иван Петров"): `net add "Ada Lovelace"` never loads its tables.
 */
export async function transliteratorFor(names: Iterable<string>): Promise<Transliterate | undefined> {
  for (const name of names) if (needsTransliteration(name)) return (await import("../domain/transliterate.js")).transliterate;
  return undefined;
}

/** A past or present day, as people type it. */
export async function readPastDate(text: string, today: IsoDate, what?: string): Promise<IsoDate> {
  const t = messages().dates;
  const fallback = readDate(text, today) ? undefined : await chronoFallback("past");
  const day = parseDate(text, today, { what: what ?? t.aDate, fallback });
  if (day > today) throw usageError(t.future({ text, what: what ?? t.aDate, day }), t.futureHint);
  return day;
}

/**
 * A follow-up: a duration counts from the interaction's day (`--date "last friday" --follow-up 2w`),
 * a date word from today (`tomorrow` is tomorrow, whatever day is being logged).
 */
export async function readWhen(text: string, from: IsoDate, today: IsoDate): Promise<IsoDate> {
  const duration = readDuration(text);
  if (duration) return checkDay(addDuration(from, duration), text, messages().dates.theFollowUpDate);
  const fallback = readDate(text, today) ? undefined : await chronoFallback("future");
  return parseWhen(text, today, fallback);
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** An option whose value must be one of `choices` (a wrong value is a usage error, exit 2). */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices as string[]);
}

/**
 * Finds the person meant by `query` among `people`, or says plainly who it could be.
 * `pick` chooses among ambiguous candidates (a picker on a terminal); without it, ambiguity is an error.
 */
export async function resolveOrFail<T extends Named>(
  query: string,
  people: readonly T[],
  archived: readonly Named[] = [],
  pick?: (candidates: T[]) => Promise<T>,
): Promise<T> {
  const t = messages().people.find;
  const result = resolvePerson(query, people);
  if (result.kind === "found") return result.person;
  if (result.kind === "ambiguous") {
    if (pick) return pick(result.candidates);
    const list = result.candidates.map((p) => `${p.name} (${p.slug})`).join(", ");
    throw new UserError(t.ambiguous({ query, count: result.candidates.length, list }), {
      hint: t.ambiguousHint(result.candidates[0]?.slug ?? ""),
    });
  }
  const gone = resolvePerson(query, archived);
  if (gone.kind === "found") {
    throw new UserError(t.archived({ name: gone.person.name, slug: gone.person.slug }), { hint: t.archivedHint(gone.person.slug) });
  }
  const hint = result.suggestions.length ? t.didYouMean(result.suggestions.map((p) => `${p.name} (${p.slug})`).join(", ")) : t.seeEveryone;
  throw new UserError(t.noOne(query), { hint });
}

/** Resolves a person by name against the store (archived people only for the error message). */
export async function findPerson(ctx: Context, query: string, options: { includeArchived?: boolean } = {}) {
  const store = ctx.store();
  // An exact slug or id needs no scan of the whole network, and wins even when archived: never a
  // near miss on someone else.
  const exact = store.namedBySlugOrId(query.trim());
  if (exact && (!exact.archivedAt || options.includeArchived)) return exact;
  if (exact) {
    const t = messages().people.find;
    throw new UserError(t.archived({ name: exact.name, slug: exact.slug }), { hint: t.archivedHint(exact.slug) });
  }
  const everyone = store.namedContacts(true);
  const active = options.includeArchived ? everyone : everyone.filter((p) => !p.archivedAt);
  const archived = options.includeArchived ? [] : everyone.filter((p) => p.archivedAt);
  const pick = ctx.interactive
    ? async (candidates: typeof everyone) => {
        const { pickPerson, terminalPrompter } = await import("./prompts.js");
        // From the candidates themselves: with --purge they may be archived.
        const pickable = candidates.flatMap((c) => {
          const contact = store.contact(c.id);
          return contact
            ? [{ id: c.id, slug: c.slug, name: c.name, company: contact.company, lastInteractionOn: contact.lastInteractionOn }]
            : [];
        });
        const chosen = await pickPerson(terminalPrompter(), pickable, messages().people.find.pickOne(safeText(query, true)), ctx.today);
        return candidates.find((c) => c.id === chosen) as (typeof everyone)[number];
      }
    : undefined;
  return resolveOrFail(query, active, archived, pick);
}

/**
 * All of standard input. A stream read, not readFileSync(0): once Node has looked at stdin it may
 * be non-blocking, and a slow pipe (`(sleep 1; cat f) | net import -`) would fail with EAGAIN.
 * With `maxBytes`, reading stops once more than that has come (the caller checks the length).
 */
export async function readAllStdin(maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    total += (chunks[chunks.length - 1] as Buffer).length;
    // Past the limit the caller refuses the input: stop reading rather than hold all of it.
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/**
 * The person `--via` names (who introduced you), resolved like any name; `""` is null (forget it).
 * Undefined when not given.
 */
export async function findIntroducer(ctx: Context, via: string | undefined): Promise<{ id: string; name: string } | null | undefined> {
  if (via === undefined) return undefined;
  if (via.trim() === "") return null;
  return findPerson(ctx, via, { includeArchived: true });
}
