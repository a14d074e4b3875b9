import type { Reminder } from "../rules/types.js";
import { snooze } from "../store/reminders.js";
import type { Context } from "./context.js";
import { markReminderDone } from "./reminder-done.js";

/** `net nudge -i`: asks about each reminder, then applies every choice in one transaction. */
export async function walkReminders(ctx: Context, reminders: readonly Reminder[]): Promise<void> {
  if (reminders.length === 0) {
    ctx.say("Nothing due today.");
    return;
  }
  const { nudgeWalk, terminalPrompter } = await import("./prompts.js");
  const decisions = await nudgeWalk(terminalPrompter(), reminders, ctx.today, ctx.messageWidth);
  const store = ctx.store();
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
