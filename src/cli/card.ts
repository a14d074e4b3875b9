import type { Command } from "commander";
import { cardStats, spokenTime, WORDS_PER_MINUTE } from "../domain/card.js";
import { usageError } from "../domain/errors.js";
import { safeText, wrapLines } from "../render/terminal.js";
import { loadCard } from "../store/snapshot.js";
import type { Context } from "./context.js";
import { editInEditor, terminalEditor } from "./editor.js";
import { readAllStdin } from "./input.js";
import type { Runner } from "./runner.js";

const TWO_MINUTES = 120;

export function cardCommand(program: Command, run: Runner) {
  program
    .command("card")
    .summary("your narrative business card: show, set, edit")
    .description(
      `Your narrative business card: who you are, in two minutes, clear and memorable.\nShows it with its word count and spoken time (at ${WORDS_PER_MINUTE} words a minute); warns over 2 minutes.`,
    )
    .option("--set <text>", "replace the card with this text (- reads it from stdin)")
    .option("--edit", "edit it in $VISUAL/$EDITOR (or, when neither is set, an editor prompt using your system's default editor)")
    .addHelpText(
      "after",
      '\nExamples:\n  net card\n  net card --set "I help small teams ship reliable software…"\n  net card --edit\n  cat card.txt | net card --set -',
    )
    .action(run(cardAction));
}

async function cardAction(ctx: Context, flags: { set?: string; edit?: boolean }): Promise<void> {
  const store = ctx.store();
  const current = loadCard(store);
  let text: string | undefined;
  if (flags.set !== undefined && flags.edit) throw usageError("--set and --edit both given", "use one of them");
  if (flags.set !== undefined) text = flags.set === "-" ? (await readAllStdin()).toString("utf8") : flags.set;
  if (flags.edit) {
    const editor = terminalEditor();
    if (editor)
      text = editInEditor(editor, current?.text ?? "", {
        file: "card.txt",
        unchanged: "the card was not changed",
        hint: "check $EDITOR, or use --set",
      });
    else if (ctx.interactive) {
      const { editCardText, terminalPrompter } = await import("./prompts.js");
      text = (await editCardText(terminalPrompter(), current?.text ?? null)) ?? undefined;
    } else throw usageError("--edit needs a terminal", 'set the text directly: net card --set "…" (or --set - to read stdin)');
  }
  if (text !== undefined) {
    const trimmed = text.trim();
    if (!trimmed) throw usageError("the card can't be empty", 'write a few sentences: net card --set "I help …"');
    if (trimmed !== current?.text) store.transaction(() => store.setSetting("card", { text: trimmed, updatedOn: ctx.today }));
  }
  const card = loadCard(store);
  if (!card) {
    if (ctx.json) ctx.out("null");
    else ctx.say('No narrative card yet. Write one: net card --set "…" or net card --edit');
    return;
  }
  const { words, seconds } = cardStats(card.text);
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        { text: card.text, updatedOn: card.updatedOn, words, seconds: Math.round(seconds), overTwoMinutes: seconds > TWO_MINUTES },
        null,
        2,
      ),
    );
    return;
  }
  const c = ctx.chalk;
  // Wrapped at spaces to the width (--json has the text as written).
  ctx.out(
    `${wrapLines(safeText(card.text), ctx.width).join("\n")}\n\n${c.dim(`${words} word${words === 1 ? "" : "s"} · about ${spokenTime(seconds)} spoken · updated ${card.updatedOn}`)}`,
  );
  if (seconds > TWO_MINUTES) ctx.say(c.yellow(`Over 2 minutes spoken (${spokenTime(seconds)}): keep one story and one ask.`));
  else if (text !== undefined) ctx.say("Card saved.");
}
