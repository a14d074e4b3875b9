import { contextLines, personContext } from "../domain/context.js";
import { relativeDay } from "../domain/dates.js";
import { messages } from "../i18n/index.js";
import { safeText, wrapLines } from "../render/terminal.js";
import type { Reminder } from "../rules/types.js";
import { introducedBy } from "../store/met-through.js";
import { snooze } from "../store/reminders.js";
import type { Context } from "./context.js";
import { composeDraft, copyToClipboard, draftText, gestureKind, mailtoUrl, openMail } from "./drafting.js";
import type { Drafter } from "./prompts.js";
import { markReminderDone } from "./reminder-done.js";

/** How many of a person's latest interactions the context beside a reminder reads. */
export const CONTEXT_HISTORY = 200;

/** `net nudge -i`: asks about each reminder, then applies every choice in one transaction. */
export async function walkReminders(ctx: Context, reminders: readonly Reminder[]): Promise<void> {
  const t = messages().nudge.walk;
  if (reminders.length === 0) {
    ctx.say(t.nothingDue);
    return;
  }
  const { nudgeWalk, terminalPrompter } = await import("./prompts.js");
  const store = ctx.store();
  const drafter: Drafter = {
    draft(r) {
      const contact = r.subject ? store.contact(r.subject.id) : undefined;
      if (!contact) throw new Error(`contact ${r.subject?.id} vanished`); // i18n-ignore: an internal assertion
      const draft = composeDraft(store, contact, ctx.today, { reminder: { key: r.key, rule: r.rule ?? "" } });
      return {
        text: safeText(draftText(draft)),
        kind: gestureKind(draft.kind),
        async copy() {
          const copied = await copyToClipboard(draft.body);
          return copied.ok ? t.copied : t.noClipboard(safeText(copied.why, true));
        },
        async mail() {
          const opened = await openMail(mailtoUrl(draft));
          return opened.ok ? t.mailOpened : t.noMail(safeText(opened.why, true));
        },
      };
    },
    // Texts come here made safe (user text through safeText) and may carry colours.
    show: (text) => process.stderr.write(`\n${text}\n\n`),
    context(r) {
      if (!r.subject) return [];
      const contact = store.contact(r.subject.id);
      if (!contact) return [];
      const lines = contextLines(personContext(contact, store.interactionsOf(contact.id, CONTEXT_HISTORY), ctx.today), (day) =>
        relativeDay(day, ctx.today),
      );
      const via = introducedBy(store, contact.id);
      if (via) lines.unshift([t.metThrough, via.name]);
      return lines.flatMap(([label, text]) =>
        wrapLines(`${label}: ${safeText(text, true)}`, ctx.messageWidth, { first: "  ", rest: "    " }).map((l) => ctx.chalk.dim(l)),
      );
    },
  };
  const decisions = await nudgeWalk(terminalPrompter(), reminders, ctx.today, ctx.messageWidth, drafter);
  store.transaction(() => {
    for (const d of decisions) {
      const subjectId = reminders.find((r) => r.key === d.key)?.subject?.id;
      if (d.action === "done") markReminderDone(store, d.key, ctx.today, subjectId);
      if (d.action === "snooze") snooze(store, d.key, d.until);
      if (d.action === "log") {
        store.insertInteraction({
          date: ctx.today,
          kind: d.kind,
          direction: "gave",
          note: d.note,
          followUpOn: null,
          eventName: null,
          people: [d.personId],
        });
        markReminderDone(store, d.key, ctx.today, subjectId);
      }
    }
  });
  const count = (a: string) => decisions.filter((d) => d.action === a).length;
  ctx.say(t.summary({ logged: count("log"), done: count("done"), snoozed: count("snooze"), skipped: count("skip") }));
}
