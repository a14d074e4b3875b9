import { readFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { computeReminders } from "../app/reminders.js";
import { DEFAULT_TEMPLATES, DRAFT_KINDS, DRAFT_PLACEHOLDERS, type DraftKind, parseTemplates, templatesText } from "../domain/drafts.js";
import { UserError, usageError } from "../domain/errors.js";
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
  program
    .command("draft")
    .summary("a short, ready-to-edit message for a gesture")
    .description(
      "A short message to edit and send, for a reminder of today's list (by its number) or for a person (the kind is then\n" +
        "guessed from what is due for them). It uses only what net knows: first name, where and when you met, the last note,\n" +
        "their news, the help to thank for, the promise you made, the people of an intro, your narrative card.\n" +
        "`net draft templates` prints the templates (--edit to change them, --set <file> to load them, --reset for the defaults).",
    )
    .argument("<n|who>", "a number from today's net nudge list, a person (slug, id or name), or `templates`")
    .addOption(new Option("-k, --kind <kind>", "the kind of message").choices(DRAFT_KINDS))
    .option("--copy", "put the draft on the clipboard")
    .option("--mailto", "open your mail client with the subject and body (to their email when known)")
    .option("--edit", "edit the draft in $VISUAL/$EDITOR first (with `templates`: edit the templates)")
    .option("--set <file>", "with `templates`: replace your templates with this file's (- reads stdin)")
    .option("--reset", "with `templates`: back to the default templates")
    .addHelpText(
      "after",
      "\nExamples:\n  net draft 1\n  net draft ada --kind thanks --copy\n  net draft ada --mailto\n  net draft ada --json\n  net draft templates > t.txt && net draft templates --set t.txt",
    )
    .action(run(draftAction));
}

async function draftAction(ctx: Context, target: string, flags: DraftFlags): Promise<void> {
  if (target === "templates") return templatesAction(ctx, flags);
  if (flags.set !== undefined || flags.reset)
    throw usageError("--set and --reset are for net draft templates", "e.g. net draft templates --set t.txt");
  const store = ctx.store();
  const { person, reminder } = await whoAndWhy(ctx, target);
  const contact = store.contact(person.id);
  if (!contact) throw new Error(`contact ${person.id} vanished`);
  const draft = composeDraft(store, contact, ctx.today, { kind: flags.kind, reminder });
  if (flags.edit) {
    const editor = terminalEditor();
    if (!editor)
      throw usageError("--edit needs $EDITOR (or $VISUAL) and a terminal", "leave --edit out, then copy the draft: net draft … --copy");
    const edited = editInEditor(editor, draftText(draft), { file: "draft.txt", unchanged: "nothing was sent", hint: "check $EDITOR" })
      .replace(/\r\n?/g, "\n")
      .trim();
    const subject = /^subject:[ \t]*(.*)\n?/i.exec(edited);
    draft.subject = subject ? (subject[1] as string).trim() : draft.subject;
    draft.body = (subject ? edited.slice(subject[0].length) : edited).trim();
  }
  const text = draftText(draft);
  let printed = !flags.copy;
  if (flags.copy) {
    const copied = await copyToClipboard(draft.body);
    if (copied.ok) ctx.say(`Copied to the clipboard. After sending: net log ${contact.slug} --kind ${gestureKind(draft.kind)}`);
    else {
      ctx.say(`No clipboard net can use (${safeText(copied.why, true)}); here is the draft to copy by hand.`);
      printed = true;
    }
  }
  if (flags.mailto) {
    const opened = await openMail(mailtoUrl(draft));
    if (opened.ok) ctx.say(`Opened your mail client${draft.to.email ? ` to ${safeText(draft.to.email, true)}` : ""}.`);
    else {
      ctx.say(`Could not open a mail client (${safeText(opened.why, true)}); here is the draft.`);
      printed = true;
    }
  }
  if (ctx.json) {
    ctx.out(JSON.stringify({ kind: draft.kind, to: draft.to, subject: draft.subject, body: draft.body }, null, 2));
    return;
  }
  if (printed) ctx.out(safeText(text));
  if (!flags.copy && !flags.mailto) ctx.say(ctx.chalk.dim(`After sending: net log ${contact.slug} --kind ${gestureKind(draft.kind)}`));
}

/** The person a draft is for, and the reminder it answers (today's #n, or the most urgent one due for them). */
async function whoAndWhy(ctx: Context, target: string): Promise<{ person: { id: string }; reminder?: Reminder }> {
  const store = ctx.store();
  if (/^\d+$/.test(target)) {
    const hint = "run net nudge, then net draft <n> with a number it shows (or net draft <who>)";
    const n = Number(target);
    const key = keyNumbered(todaysKeys(store, ctx.today, hint), n, {
      nothing: "nothing was due in today's list, so there is no number to draft for",
      hint,
    });
    const reminder = computeReminders(store, ctx.today).find((r) => r.key === key);
    if (!reminder)
      throw new UserError(`#${n} is no longer due (done or snoozed)`, { hint: "draft for the person instead: net draft <who>" });
    if (!reminder.subject)
      throw new UserError(`#${n} is about no one in particular: there is nobody to write to`, {
        hint: "net draft <who> drafts for a person",
      });
    return { person: reminder.subject, reminder };
  }
  const person = await findPerson(ctx, target);
  const reminder = computeReminders(store, ctx.today).find((r) => r.subject?.id === person.id);
  return { person, reminder };
}

async function templatesAction(ctx: Context, flags: DraftFlags): Promise<void> {
  const store = ctx.store();
  const given = [flags.edit && "--edit", flags.set !== undefined && "--set", flags.reset && "--reset"].filter(Boolean);
  if (given.length > 1) throw usageError(`${given.join(" and ")} both given`, "use one of them");
  if (flags.kind || flags.copy || flags.mailto)
    throw usageError("--kind, --copy and --mailto are for a draft, not the templates", "e.g. net draft ada --copy");
  let text: string | undefined;
  if (flags.set !== undefined) text = flags.set === "-" ? (await readAllStdin()).toString("utf8") : readTemplatesFile(flags.set);
  if (flags.edit) {
    const editor = terminalEditor();
    if (!editor)
      throw usageError(
        "--edit needs $EDITOR (or $VISUAL) and a terminal",
        "net draft templates > t.txt, edit it, then net draft templates --set t.txt",
      );
    text = editInEditor(editor, templatesText(templatesOf(store)), {
      file: "templates.txt",
      unchanged: "the templates were not changed",
      hint: "check $EDITOR, or use --set",
    });
  }
  if (flags.reset) {
    store.transaction(() => store.deleteSetting(TEMPLATES_SETTING));
    ctx.say("Back to the default templates.");
  }
  if (text !== undefined) {
    const { templates, problems } = parseTemplates(text);
    if (problems.length)
      throw new UserError(`the templates were not saved: ${problems.map((p) => `line ${p.line}: ${p.message}`).join("; ")}`, {
        hint: `placeholders are ${Object.keys(DRAFT_PLACEHOLDERS)
          .map((n) => `{${n}}`)
          .join(" ")}`,
      });
    // Only the kinds that differ from the defaults are kept: a later release's better defaults still reach the others.
    const changed = Object.fromEntries(
      Object.entries(templates).filter(
        ([kind, variants]) => JSON.stringify(variants) !== JSON.stringify(DEFAULT_TEMPLATES[kind as DraftKind]),
      ),
    );
    store.transaction(() =>
      Object.keys(changed).length ? store.setSetting(TEMPLATES_SETTING, changed) : store.deleteSetting(TEMPLATES_SETTING),
    );
    ctx.say(
      Object.keys(changed).length
        ? `Templates saved (your own for: ${Object.keys(changed).join(", ")}).`
        : "Templates saved (all defaults).",
    );
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
    throw new UserError(`can't read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      hint: "give a templates file written by: net draft templates > t.txt",
    });
  }
}
