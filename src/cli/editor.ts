import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";

/** The user's editor ($VISUAL, else $EDITOR), when one is set and stdin is a terminal it can use. */
export function terminalEditor(): string | undefined {
  const editor = process.env.VISUAL || process.env.EDITOR;
  return editor && process.stdin.isTTY ? editor : undefined;
}

/** Opens the text in the user's editor and returns what they saved; `what` names it in an error. */
export function editInEditor(editor: string, current: string, what: { file: string; unchanged: string; hint: string }): string {
  const dir = mkdtempSync(join(tmpdir(), "net-edit-"));
  const file = join(dir, what.file);
  try {
    writeFileSync(file, current, { mode: 0o600 });
    // Loaded here, not at start-up: only editing runs a program.
    const { spawnSync } = process.getBuiltinModule("node:child_process");
    const result = spawnSync(`${editor} "${file}"`, { stdio: "inherit", shell: true });
    if (result.status !== 0)
      throw new UserError(messages().wizard.editorFailed({ editor, unchanged: what.unchanged }), { hint: what.hint });
    return readFileSync(file, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
