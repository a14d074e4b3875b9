import { safeText } from "../render/terminal.js";
import type { Reminder } from "../rules/types.js";
import { snooze } from "../store/reminders.js";
import type { Context } from "./context.js";
import { composeDraft, copyToClipboard, draftText, gestureKind, mailtoUrl, openMail } from "./drafting.js";
import type { Drafter } from "./prompts.js";
import { markReminderDone } from "./reminder-done.js";

/** `net nudge -i`: asks about each reminder, then applies every choice in one transaction. */
export async function walkReminders(ctx: Context, reminders: readonly Reminder[]): Promise<void> {
  if (reminders.length === 0) {
    ctx.say("Nothing due today.");
    return;
  }
  const { nudgeWalk, terminalPrompter } = await import("./prompts.js");
  const store = ctx.store();
  const drafter: Drafter = {
    draft(r) {
      const contact = r.subject ? store.contact(r.subject.id) : undefined;
      if (!contact) throw new Error(`contact ${r.subject?.id} vanished`);
      const draft = composeDraft(store, contact, ctx.today, { reminder: { key: r.key, rule: r.rule ?? "" } });
      return {
        text: draftText(draft),
        kind: gestureKind(draft.kind),
        async copy() {
          const copied = await copyToClipboard(draft.body);
          return copied.ok ? "Copied to the clipboard." : `No clipboard net can use (${copied.why}): copy it from above.`;
        },
        async mail() {
          const opened = await openMail(mailtoUrl(draft));
          return opened.ok ? "Opened in your mail client." : `Could not open a mail client (${opened.why}): copy it from above.`;
        },
      };
    },
    show: (text) => process.stderr.write(`\n${safeText(text)}\n\n`),
  };
  const decisions = await nudgeWalk(terminalPrompter(), reminders, ctx.today, ctx.messageWidth, drafter);
  store.transaction(() => {
    for (const d of decisions) {
      if (d.action === "done") markReminderDone(store, d.key, ctx.today);
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
        markReminderDone(store, d.key, ctx.today);
      }
    }
  });
  const count = (a: string) => decisions.filter((d) => d.action === a).length;
  ctx.say(`Logged ${count("log")}, done ${count("done")}, snoozed ${count("snooze")}, skipped ${count("skip")}.`);
}
