import { Argument, type Command } from "commander";
import { messages } from "../i18n/index.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** How long the first shell of the day waits for the brief nudge before it gives up, in seconds (NET_HOOK_TIMEOUT changes it). */
const LIMIT_SECONDS = 5;

export function hookCommand(program: Command, run: Runner) {
  const t = messages().reach;
  program
    .command("hook")
    .summary(t.hookSummary)
    .description(t.hookDescription)
    .addArgument(choiceArgument())
    .addHelpText("after", t.hookSetUp)
    .action(run(hookAction));
}

function choiceArgument(): Argument {
  return new Argument("<shell>", messages().reach.shellArgument).choices(SHELLS);
}

async function hookAction(ctx: Context, shell: Shell): Promise<void> {
  ctx.out(hookSnippet(shell));
}

/** The snippet for one shell: a function run once at start-up, then forgotten. */
export function hookSnippet(shell: Shell): string {
  const body = shell === "fish" ? FISH : shell === "zsh" ? ZSH : BASH;
  const t = messages().reach;
  // The message is inside double quotes in every shell; the limit is the shell's own variable.
  const tooSlow = t.hookTooSlow(shell === "fish" ? "$limit" : "@{NET_HOOK_TIMEOUT:-LIMIT}");
  return [
    // i18n-ignore: the block's markers, the same in every language (the undo instructions name them)
    "# >>> net hook >>>",
    t.hookComment(shell),
    body
      .trim()
      .replace(/TOO_SLOW/g, () => tooSlow)
      .replace(/LIMIT/g, String(LIMIT_SECONDS))
      .replace(/@\{/g, "${"),
    // i18n-ignore: the block's end marker
    "# <<< net hook <<<",
  ].join("\n");
}

// Each snippet: interactive shells only; today from NET_TODAY or the shell's own clock (no process);
// the stamp read with a builtin; when it is not today, the stamp is written first (another shell
// opened at once won't nudge too, and a failure is not retried all day), then net runs with a time
// limit, its failure one quiet line. Safe under `set -u` and when net is not on PATH.
// (Written with @{ for the shells' ${, which a template literal would read as its own.)

// i18n-ignore: shell code (its one message is TOO_SLOW, from the catalogue)
const BASH = String.raw`
__net_morning() {
  [[ $- == *i* ]] || return 0
  local dir="@{XDG_STATE_HOME:-}" today="@{NET_TODAY:-}" last="" status=0
  [[ $dir == /* ]] || dir="@{HOME:-}/.local/state"
  dir="$dir/net"
  if [[ -z $today ]]; then
    if (( BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 2) )); then
      printf -v today '%(%Y-%m-%d)T' -1
    else
      today=$(date +%Y-%m-%d)
    fi
  fi
  [[ -r "$dir/morning" ]] && read -r last < "$dir/morning"
  [[ $last == "$today" ]] && return 0
  command -v net >/dev/null || return 0
  { command mkdir -p "$dir" && printf '%s\n' "$today" > "$dir/morning"; } 2>/dev/null || return 0
  if command -v timeout >/dev/null 2>&1; then
    timeout --foreground "@{NET_HOOK_TIMEOUT:-LIMIT}" net nudge --brief || status=$?
  else
    command net nudge --brief || status=$?
  fi
  [[ $status -ne 124 ]] || printf '%s\n' "TOO_SLOW" >&2
  return 0
}
__net_morning
unset -f __net_morning
`;

// i18n-ignore: shell code (its one message is TOO_SLOW, from the catalogue)
const ZSH = `
__net_morning() {
  [[ -o interactive ]] || return 0
  local dir="@{XDG_STATE_HOME:-}" today="@{NET_TODAY:-}" last="" net_status=0
  [[ $dir == /* ]] || dir="@{HOME:-}/.local/state"
  dir="$dir/net"
  [[ -n $today ]] || today=@{(%):-%D{%Y-%m-%d}}
  [[ -r "$dir/morning" ]] && read -r last < "$dir/morning"
  [[ $last == "$today" ]] && return 0
  (( $+commands[net] )) || return 0
  { command mkdir -p "$dir" && print -r -- "$today" > "$dir/morning"; } 2>/dev/null || return 0
  if (( $+commands[timeout] )); then
    timeout --foreground "@{NET_HOOK_TIMEOUT:-LIMIT}" net nudge --brief || net_status=$?
  else
    command net nudge --brief || net_status=$?
  fi
  (( net_status != 124 )) || print -r -- "TOO_SLOW" >&2
  return 0
}
__net_morning
unfunction __net_morning
`;

// i18n-ignore: shell code (its one message is TOO_SLOW, from the catalogue)
const FISH = String.raw`
function __net_morning
    status is-interactive; or return 0
    set -l dir "$HOME/.local/state"
    if set -q XDG_STATE_HOME; and string match -q '/*' -- "$XDG_STATE_HOME"
        set dir "$XDG_STATE_HOME"
    end
    set dir "$dir/net"
    set -l today
    if set -q NET_TODAY; and test -n "$NET_TODAY"
        set today "$NET_TODAY"
    else
        set today (date +%Y-%m-%d)
    end
    set -l last ""
    test -r "$dir/morning"; and read last < "$dir/morning"
    test "$last" = "$today"; and return 0
    command -q net; or return 0
    begin
        command mkdir -p "$dir"; and printf '%s\n' "$today" > "$dir/morning"
    end 2>/dev/null; or return 0
    set -l net_status 0
    set -l limit LIMIT
    set -q NET_HOOK_TIMEOUT; and set limit $NET_HOOK_TIMEOUT
    if command -q timeout
        timeout --foreground $limit net nudge --brief; or set net_status $status
    else
        command net nudge --brief; or set net_status $status
    end
    test $net_status -ne 124; or echo "TOO_SLOW" >&2
    return 0
end
__net_morning
functions -e __net_morning
`;
