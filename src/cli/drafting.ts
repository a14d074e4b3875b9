/**
 * What `net draft` and `nudge -i` share: the facts net knows about a person, the user's templates,
 * the draft itself, and handing it to the clipboard, the mail client or an editor.
 */
import {
  cardOpening,
  DRAFT_KINDS,
  type Draft,
  type DraftFacts,
  type DraftKind,
  defaultTemplates,
  KIND_FOR_RULE,
  noteLine,
  renderTemplate,
  variantIndex,
  whenPhrase,
} from "../domain/drafts.js";
import { UserError } from "../domain/errors.js";
import type { Contact, Interaction, Kind } from "../domain/model.js";
import { messages } from "../i18n/index.js";
import { firstName } from "../rules/phrases.js";
import type { Reminder } from "../rules/types.js";
import { loadCard } from "../store/snapshot.js";
import type { Store } from "../store/store.js";

/** The settings key of the user's templates: the kinds they changed, each with its variants. */
export const TEMPLATES_SETTING = "draft.templates";

export function userTemplates(store: Store): Partial<Record<DraftKind, string[]>> {
  return store.setting<Partial<Record<DraftKind, string[]>>>(TEMPLATES_SETTING) ?? {};
}

/** Every kind's templates: the user's where they wrote some, else the defaults. */
export function templatesOf(store: Store): Record<DraftKind, string[]> {
  const mine = userTemplates(store);
  const defaults = defaultTemplates();
  return Object.fromEntries(DRAFT_KINDS.map((k) => [k, mine[k]?.length ? mine[k] : defaults[k]])) as Record<DraftKind, string[]>;
}

/** How far back a person's history is read for a draft: the latest ones say what a message needs. */
const HISTORY = 200;

/** The interaction a reminder is about, by the id in its key (thank, congratulate news, follow-up, intro). */
function itemOf(reminder: Pick<Reminder, "key" | "rule"> | undefined, history: Interaction[]): Interaction | undefined {
  if (!reminder) return undefined;
  const parts = reminder.key.split(":");
  const id = reminder.rule === "congratulate" && parts[1] === "news" ? parts[2] : parts[1];
  return history.find((i) => i.id === id);
}

/**
 * What net knows that a message may say, for one person, and for one reminder when there is one
 * (the help it thanks for, the news, the promise, the intro). Nothing is made up: a fact unknown
 * stays unset, and the template's line naming it is left out.
 */
export function draftFacts(
  store: Store,
  contact: Contact,
  today: string,
  reminder?: Pick<Reminder, "key" | "rule">,
): { facts: DraftFacts; interactions: number } {
  const history = store.interactionsOf(contact.id, HISTORY);
  const item = itemOf(reminder, history);
  const facts: DraftFacts = { first: firstName(contact.name), name: contact.name.trim() };
  if (contact.company) facts.company = contact.company;
  if (contact.role) facts.role = contact.role;
  if (contact.metWhere) facts.metWhere = noteLine(contact.metWhere);
  if (contact.metOn && contact.metOn <= today) facts.metWhen = whenPhrase(contact.metOn, today);
  // Notes are the user's own words; one logged with several people may be about one of the others
  // ("Ada wants an intro"), so only notes of interactions with this person alone go into a message.
  const own = (i: Interaction | undefined) => (i && i.people.length <= 1 ? noteLine(i.note) : undefined);
  facts.lastNote = own(history.find((i) => own(i)));

  const help =
    item && (item.kind === "help" || item.kind === "intro" || item.kind === "share" || item.kind === "ask") && item.direction === "received"
      ? item
      : history.find((i) => i.direction === "received" && (i.kind === "help" || i.kind === "intro"));
  if (help) {
    facts.helpWhat = messages().draft.helpWhat[help.kind];
    facts.helpNote = own(help);
  }
  const news = item?.kind === "news" ? item : history.find((i) => i.kind === "news" && i.direction !== "gave");
  if (news) facts.news = own(news);
  const promise = item?.followUpOn ? item : history.find((i) => i.followUpOn && own(i));
  if (promise) facts.promise = own(promise);
  const intro =
    item?.kind === "intro" && item.direction !== "received" ? item : history.find((i) => i.kind === "intro" && i.direction === "gave");
  if (intro) {
    const others = intro.people.filter((id) => id !== contact.id).map((id) => store.contact(id)?.name.trim());
    const named = others.filter((n): n is string => Boolean(n));
    if (named.length) facts.other = named.join(messages().draft.othersJoin);
  }
  if (reminder?.rule === "congratulate") {
    // congratulate:<person id>:<label>:<day> for a birthday or milestone
    const [, id, label] = reminder.key.split(":");
    if (id === contact.id && label) facts.occasion = messages().draft.occasion(label);
  }
  facts.card = cardOpening(loadCard(store)?.text);
  for (const key of Object.keys(facts) as (keyof DraftFacts)[]) if (facts[key] === undefined) delete facts[key];
  return { facts, interactions: history.length };
}

/** The kind a person's due reminder calls for; without one, a first follow-up or a reconnect. */
export function kindFor(reminder: Pick<Reminder, "rule"> | undefined, contact: Contact, interactions: number): DraftKind {
  const byRule = reminder ? KIND_FOR_RULE[reminder.rule] : undefined;
  if (byRule) return byRule;
  return interactions <= 1 && contact.metOn ? "first" : "reconnect";
}

/** The draft: the rotation's variant of the kind's templates, filled with the facts. */
export function composeDraft(
  store: Store,
  contact: Contact,
  today: string,
  options: { kind?: DraftKind; reminder?: Pick<Reminder, "key" | "rule"> } = {},
): Draft & { to: { id: string; name: string; email: string | null } } {
  const { facts, interactions } = draftFacts(store, contact, today, options.reminder);
  const kind = options.kind ?? kindFor(options.reminder, contact, interactions);
  const variants = templatesOf(store)[kind];
  const template = variants[variantIndex(contact.slug, kind, interactions, variants.length)] as string;
  let draft: Draft;
  try {
    draft = renderTemplate(kind, template, facts);
  } catch (error) {
    throw new UserError(messages().draft.badTemplate({ kind, problem: (error as Error).message }), {
      hint: messages().draft.badTemplateHint,
    });
  }
  return { ...draft, to: { id: contact.id, name: contact.name, email: contact.emails[0] ?? null } };
}

/** The interaction kind to log once a draft of this kind is sent. */
export function gestureKind(kind: DraftKind): Kind {
  const kinds: Record<DraftKind, Kind> = {
    thanks: "thanks",
    congrats: "congrats",
    "follow-up": "message",
    reconnect: "message",
    intro: "checkin",
    first: "message",
    ask: "ask",
  };
  return kinds[kind];
}

/** The draft as printed: the subject line, a blank line, the body. */
export function draftText(draft: Draft): string {
  return `${messages().draft.subjectLine(draft.subject)}\n\n${draft.body}`;
}

/**
 * An ES module's default export, loaded with import(): in the CommonJS build the lazy bundle's
 * exports object comes back as `default`, its own default inside it.
 */
function defaultExport<T>(mod: { default: T }): T {
  const outer = mod.default as unknown;
  if (outer && typeof outer === "object" && "default" in outer && "__esModule" in outer) return (outer as { default: T }).default;
  return mod.default;
}

/** Puts text on the clipboard; false (with why) when the machine has none net can use. */
export async function copyToClipboard(text: string): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    const clipboard = defaultExport(await import("clipboardy"));
    await clipboard.write(text);
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, why: message ?? messages().draft.noClipboardWhy };
  }
}

/** The mailto: link for a draft (RFC 6068: line breaks as CRLF, everything percent-encoded). */
export function mailtoUrl(draft: Draft & { to: { email: string | null } }): string {
  const enc = (t: string) => encodeURIComponent(t.replace(/\r?\n/g, "\r\n"));
  return `mailto:${draft.to.email ? encodeURIComponent(draft.to.email).replace(/%40/g, "@") : ""}?subject=${enc(draft.subject)}&body=${enc(draft.body)}`;
}

/** Opens the mail client on a draft; false (with why) when none could be started. */
export async function openMail(url: string): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    const open = defaultExport(await import("open"));
    const child = await open(url, { wait: true });
    if (child.exitCode !== null && child.exitCode !== 0) return { ok: false, why: messages().draft.openerExited(child.exitCode) };
    return { ok: true };
  } catch (error) {
    return { ok: false, why: error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error) };
  }
}
