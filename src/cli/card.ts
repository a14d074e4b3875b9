import type { Command } from "commander";
import { cardStats, spokenTime, WORDS_PER_MINUTE } from "../domain/card.js";
import { usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { safeText, wrapLines } from "../render/terminal.js";
import { loadCard } from "../store/snapshot.js";
import type { Context } from "./context.js";
import { editInEditor, terminalEditor } from "./editor.js";
import { readAllStdin } from "./input.js";
import type { Runner } from "./runner.js";

const TWO_MINUTES = 120;

export function cardCommand(program: Command, run: Runner) {
  const t = messages().card;
  program
    .command("card")
    .summary(t.summary)
    .description(t.description(WORDS_PER_MINUTE))
    .option("--set <text>", t.setOption)
    .option("--edit", t.editOption)
    .addHelpText("after", t.examples)
    .action(run(cardAction));
}

async function cardAction(ctx: Context, flags: { set?: string; edit?: boolean }): Promise<void> {
  const t = messages().card;
  const store = ctx.store();
  const current = loadCard(store);
  let text: string | undefined;
  if (flags.set !== undefined && flags.edit) throw usageError(t.setAndEdit, t.setAndEditHint);
  if (flags.set !== undefined) text = flags.set === "-" ? (await readAllStdin()).toString("utf8") : flags.set;
  if (flags.edit) {
    const editor = terminalEditor();
    if (editor)
      text = editInEditor(editor, current?.text ?? "", {
        file: "card.txt",
        unchanged: t.unchanged,
        hint: t.editorHint,
      });
    else if (ctx.interactive) {
      const { editCardText, terminalPrompter } = await import("./prompts.js");
      text = (await editCardText(terminalPrompter(), current?.text ?? null)) ?? undefined;
    } else throw usageError(t.needsTerminal, t.needsTerminalHint);
  }
  if (text !== undefined) {
    const trimmed = text.trim();
    if (!trimmed) throw usageError(t.empty, t.emptyHint);
    if (trimmed !== current?.text) store.transaction(() => store.setSetting("card", { text: trimmed, updatedOn: ctx.today }));
  }
  const card = loadCard(store);
  if (!card) {
    if (ctx.json) ctx.out("null");
    else ctx.say(t.none);
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
  const stats = t.stats({ words, spoken: spokenTime(seconds), updatedOn: card.updatedOn });
  ctx.out(`${wrapLines(safeText(card.text), ctx.width).join("\n")}\n\n${c.dim(stats)}`);
  if (seconds > TWO_MINUTES) ctx.say(c.yellow(t.tooLong(spokenTime(seconds))));
  else if (text !== undefined) ctx.say(t.saved);
}
