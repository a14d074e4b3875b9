import { readFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { computeReminders } from "../app/reminders.js";
import {
  DRAFT_KINDS,
  DRAFT_PLACEHOLDERS,
  type DraftKind,
  defaultTemplates,
  parseTemplates,
  SUBJECT,
  templatesText,
} from "../domain/drafts.js";
import { UserError, usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText } from "../render/terminal.js";
import type { Reminder } from "../rules/types.js";
import type { Context } from "./context.js";
import {
  composeDraft,
  copyToClipboard,
  draftText,
  gestureKind,
  mailtoUrl,
  openMail,
  TEMPLATES_SETTING,
  templatesOf,
  userTemplates,
} from "./drafting.js";
import { editInEditor, terminalEditor } from "./editor.js";
import { findPerson, readAllStdin } from "./input.js";
import type { Runner } from "./runner.js";
import { keyNumbered, todaysKeys } from "./todays-list.js";

interface DraftFlags {
  kind?: DraftKind;
  copy?: boolean;
  mailto?: boolean;
  edit?: boolean;
  set?: string;
  reset?: boolean;
}

export function draftCommand(program: Command, run: Runner) {
  const t = messages().draft;
  program
    .command("draft")
    .summary(t.summary)
    .description(t.description)
    .argument("<n|who>", t.targetArgument)
    .addOption(new Option("-k, --kind <kind>", t.optKind).choices(DRAFT_KINDS))
    .option("--copy", t.optCopy)
    .option("--mailto", t.optMailto)
    .option("--edit", t.optEdit)
    .option("--set <file>", t.optSet)
    .option("--reset", t.optReset)
    .addHelpText("after", t.examples)
    .action(run(draftAction));
}

async function draftAction(ctx: Context, target: string, flags: DraftFlags): Promise<void> {
  const t = messages().draft;
  if (target === "templates") return templatesAction(ctx, flags);
  if (flags.set !== undefined || flags.reset) throw usageError(t.setResetForTemplates, t.setResetForTemplatesHint);
  const store = ctx.store();
  const { person, reminder } = await whoAndWhy(ctx, target);
  const contact = store.contact(person.id);
  if (!contact) throw new Error(`contact ${person.id} vanished`); // i18n-ignore: an internal assertion
  const draft = composeDraft(store, contact, ctx.today, { kind: flags.kind, reminder });
  if (flags.edit) {
    const editor = terminalEditor();
    if (!editor) throw usageError(t.editNeedsEditor, t.editNeedsEditorHint);
    const edited = editInEditor(editor, draftText(draft), { file: "draft.txt", unchanged: t.nothingSent, hint: t.checkEditor })
      .replace(/\r\n?/g, "\n")
      .trim();
    const subject = new RegExp(`${SUBJECT.source}(.*)\n?`, "i").exec(edited);
    draft.subject = subject ? (subject[1] as string).trim() : draft.subject;
    draft.body = (subject ? edited.slice(subject[0].length) : edited).trim();
  }
  const text = draftText(draft);
  let printed = !flags.copy;
  if (flags.copy) {
    const copied = await copyToClipboard(draft.body);
    if (copied.ok) ctx.say(t.copiedAfterSending({ slug: contact.slug, kind: gestureKind(draft.kind) }));
    else {
      ctx.say(t.noClipboard(safeText(copied.why, true)));
      printed = true;
    }
  }
  if (flags.mailto) {
    const opened = await openMail(mailtoUrl(draft));
    if (opened.ok) ctx.say(t.mailOpened(draft.to.email ? safeText(draft.to.email, true) : null));
    else {
      ctx.say(t.noMail(safeText(opened.why, true)));
      printed = true;
    }
  }
  if (ctx.json) {
    ctx.out(JSON.stringify({ kind: draft.kind, to: draft.to, subject: draft.subject, body: draft.body }, null, 2));
    return;
  }
  if (printed) ctx.out(safeText(text));
  if (!flags.copy && !flags.mailto) ctx.say(ctx.chalk.dim(t.afterSending({ slug: contact.slug, kind: gestureKind(draft.kind) })));
}

/** The person a draft is for, and the reminder it answers (today's #n, or the most urgent one due for them). */
async function whoAndWhy(ctx: Context, target: string): Promise<{ person: { id: string }; reminder?: Reminder }> {
  const store = ctx.store();
  const t = messages().draft;
  if (/^\d+$/.test(target)) {
    const hint = t.draftNumberHint;
    const n = Number(target);
    const key = keyNumbered(todaysKeys(store, ctx.today, hint), n, {
      nothing: t.nothingToDraft,
      hint,
    });
    const reminder = computeReminders(store, ctx.today).find((r) => r.key === key);
    if (!reminder) throw new UserError(t.noLongerDue(n), { hint: t.noLongerDueHint });
    if (!reminder.subject) throw new UserError(t.aboutNoOne(n), { hint: t.aboutNoOneHint });
    return { person: reminder.subject, reminder };
  }
  const person = await findPerson(ctx, target);
  const reminder = computeReminders(store, ctx.today).find((r) => r.subject?.id === person.id);
  return { person, reminder };
}

async function templatesAction(ctx: Context, flags: DraftFlags): Promise<void> {
  const store = ctx.store();
  const t = messages().draft;
  const given = [flags.edit && "--edit", flags.set !== undefined && "--set", flags.reset && "--reset"].filter(Boolean);
  if (given.length > 1) throw usageError(t.bothGiven(given.join(t.flagsJoin)), t.useOne);
  if (flags.kind || flags.copy || flags.mailto) throw usageError(t.notForTemplates, t.notForTemplatesHint);
  let text: string | undefined;
  if (flags.set !== undefined) text = flags.set === "-" ? (await readAllStdin()).toString("utf8") : readTemplatesFile(flags.set);
  if (flags.edit) {
    const editor = terminalEditor();
    if (!editor) throw usageError(t.editNeedsEditor, t.editTemplatesHint);
    text = editInEditor(editor, templatesText(templatesOf(store)), {
      file: "templates.txt",
      unchanged: t.templatesUnchanged,
      hint: t.checkEditorOrSet,
    });
  }
  if (flags.reset) {
    store.transaction(() => store.deleteSetting(TEMPLATES_SETTING));
    ctx.say(t.backToDefaults);
  }
  if (text !== undefined) {
    const { templates, problems } = parseTemplates(text);
    if (problems.length)
      throw new UserError(t.notSaved(problems.map((p) => t.problemAt(p)).join("; ")), {
        hint: t.placeholdersAre(
          Object.keys(DRAFT_PLACEHOLDERS)
            .map((n) => `{${n}}`)
            .join(" "),
        ),
      });
    // Only the kinds that differ from the defaults are kept: a later release's better defaults still reach the others.
    const defaults = defaultTemplates();
    const changed = Object.fromEntries(
      Object.entries(templates).filter(([kind, variants]) => JSON.stringify(variants) !== JSON.stringify(defaults[kind as DraftKind])),
    );
    store.transaction(() =>
      Object.keys(changed).length ? store.setSetting(TEMPLATES_SETTING, changed) : store.deleteSetting(TEMPLATES_SETTING),
    );
    ctx.say(Object.keys(changed).length ? t.savedOwn(Object.keys(changed).join(", ")) : t.savedDefaults);
    return;
  }
  if (flags.reset) return;
  const mine = userTemplates(store);
  if (ctx.json) {
    const all = templatesOf(store);
    ctx.out(JSON.stringify(Object.fromEntries(DRAFT_KINDS.map((k) => [k, { own: Boolean(mine[k]?.length), variants: all[k] }])), null, 2));
    return;
  }
  ctx.out(templatesText(templatesOf(store)).trimEnd());
}

function readTemplatesFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(messages().draft.cantRead({ path, why: (error as NodeJS.ErrnoException).code ?? (error as Error).message }), {
      hint: messages().draft.cantReadHint,
    });
  }
}
