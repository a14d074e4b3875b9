/** The reach texts in English: how the nudge comes to the person (net hook, net remind, net completion). */
export const reach = {
  // -- net hook
  hookSummary: "a snippet for your shell: the brief nudge on the first shell of the day",
  hookDescription:
    "Prints a snippet for your shell's start-up file. On the first interactive shell of the day it shows\n" +
    "net nudge --brief (at most 3 lines; nothing when nothing is due). The day is checked by the shell\n" +
    "itself, against a date stamp in $XDG_STATE_HOME/net/morning: other shells that day start no process.",
  hookSetUp: `
Set up (once; the snippet is added to the file, so no process starts to make it each time):
  net hook bash >> ~/.bashrc
  net hook zsh >> ~/.zshrc
  net hook fish >> ~/.config/fish/config.fish
Undo: delete the lines between "# >>> net hook >>>" and "# <<< net hook <<<" in that file.
(eval "$(net hook zsh)" works too, but starts node at every shell start to print the snippet.)`,
  shellArgument: "bash, zsh or fish",
  /** The snippet's comment line (in the user's start-up file). */
  hookComment: (shell: string) =>
    `# The morning nudge on the first interactive ${shell} of the day (net hook ${shell}; delete this block to undo).`,
  /** Printed by the shell when the nudge ran too long: no $, " or ` (it is inside double quotes in every shell). */
  hookTooSlow: (limit: string) => `net: the morning nudge took over ${limit} s and was stopped; try net nudge`,

  // -- net remind
  remindSummary: "a daily desktop notification when something is due",
  remindDescription:
    "A daily job with your machine's own scheduler runs net nudge --notify: one notification with the count and the\n" +
    "first gesture, only when something is due and you have not run net nudge (or opened a hooked shell) that day.\n" +
    "  systemd  a user timer with Persistent=true: a morning missed while the machine was off runs at the next start\n" +
    "  launchd  a user agent on macOS (runs on wake; not after the machine was off at that time)\n" +
    "  cron     a crontab line, where neither runs (a morning missed is skipped)",
  installSummary: "set up the daily job (shows what it writes, asks first)",
  optAt: "the time of day (default 09:00)",
  optScheduler: "systemd, launchd or cron (default: the one this machine runs)",
  optYes: "set it up without asking",
  remindExamples: "\nExamples:\n  net remind install\n  net remind install --at 08:30 --yes\n  net remind status\n  net remind uninstall",
  statusSummary: "whether the daily job is set up, and when it runs",
  uninstallSummary: "remove the daily job (only what net remind install wrote)",
  notATime: (text: string) => `--at '${text}' is not a time of day`,
  notATimeHint: "give hours and minutes, 24-hour clock, e.g. --at 08:30",
  noCrontab: "there is no crontab on this machine",
  noCrontabHint: "choose another scheduler with --scheduler, or use the shell hook (net hook --help)",
  planCron: (line: string) => `net remind will add this line to your crontab (crontab -l shows it):\n  ${line}`,
  planFiles: (files: string) => `net remind will write:\n${files}`,
  notSetUpAsks: "nothing was set up: net remind asks before it writes",
  notSetUpAsksHint: "add --yes to set it up without asking",
  notSetUp: "nothing was set up",
  notSetUpHint: "net remind install --yes sets it up without asking",
  writtenButFailed: (p: { what: string; error: string | null }) =>
    `the files are written, but ${p.what} failed${p.error ? `: ${p.error}` : ""}`,
  writtenButFailedHint: "see net remind status; net remind uninstall removes them",
  setUp: (at: string) =>
    `Set up: each day at ${at}, one notification when a gesture is due and you haven't seen net yet that day. Undo with: net remind uninstall`,
  noNotifierNote: "Note: no desktop notifier was found (notify-send, or osascript on macOS): install one for the notification to show.",
  noneSetUp: "No daily reminder is set up. net remind install sets one up (it asks first).",
  noNotifierStatus: "No desktop notifier was found (notify-send, or osascript on macOS): the job can't show anything.",
  crontabChangeFailed: (error: string | null) => `could not change your crontab${error ? `: ${error}` : ""}`,
  crontabChangeFailedHint: "edit it with crontab -e",
  crontabLine: "crontab line",
  removed: "The daily reminder is removed.",
  nothingToRemove: "No daily reminder was set up: nothing to remove.",

  // -- net completion
  completionSummary: "tab completion for bash, zsh or fish: commands, flags, choices, people",
  completionDescription:
    "Prints a completion script: commands, flags, their choices (kinds, tiers, intents, rules, formats), and people's\n" +
    "slugs for the commands that take a person (read from the database as you press Tab).",
  optSlugs: "the people's slugs, one a line (what the scripts ask for)",
  completionSetUp: `
Set up (once):
  bash  net completion bash > ~/.local/share/bash-completion/completions/net
  zsh   net completion zsh > ~/.zfunc/_net   (with fpath+=(~/.zfunc) before compinit in ~/.zshrc)
  fish  net completion fish > ~/.config/fish/completions/net.fish
Undo: delete that file.`,
  whichShell: "which shell? net completion needs bash, zsh or fish",
  whichShellHint: "e.g. net completion bash",
};
