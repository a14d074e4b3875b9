import { Argument, type Command, Option } from "commander";
import { usageError } from "../domain/errors.js";
import { messages } from "../i18n/index.js";
import { RULES } from "../rules/engine.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

const SHELLS = ["bash", "zsh", "fish"] as const;
type Shell = (typeof SHELLS)[number];

export function completionCommand(program: Command, run: Runner) {
  const t = messages().reach;
  program
    .command("completion")
    .summary(t.completionSummary)
    .description(t.completionDescription)
    .addArgument(new Argument("[shell]", t.shellArgument).choices(SHELLS))
    .addOption(new Option("--slugs", t.optSlugs).hideHelp())
    .addHelpText("after", t.completionSetUp)
    .action(run(completionAction));
}

async function completionAction(ctx: Context, shell: Shell | undefined, flags: { slugs?: boolean }, command: Command): Promise<void> {
  if (flags.slugs) {
    // Asked for at each Tab: whatever goes wrong (no database yet) is no candidates, never a message.
    try {
      ctx.out(
        ctx
          .store()
          .namedContacts()
          .map((p) => p.slug)
          .join("\n"),
      );
    } catch {}
    return;
  }
  if (!shell) {
    throw usageError(messages().reach.whichShell, messages().reach.whichShellHint);
  }
  const root = command.parent as Command;
  const tree = describe(root, "");
  ctx.out(shell === "fish" ? fishScript(tree) : bashScript(tree, shell));
}

/** What completion knows of one command: its path ("rules set"), subcommands, options and arguments. */
export interface Node {
  path: string;
  summary: string;
  children: Node[];
  options: { flags: string[]; takesValue: boolean; choices: readonly string[] | undefined; description: string }[];
  /** What its words complete to: people's slugs, fixed choices, or nothing. */
  argument: "people" | readonly string[] | null;
}

const RULE_IDS = RULES.map((r) => r.id);

function describe(command: Command, path: string): Node {
  const options = command.options
    .filter((o) => !o.hidden)
    .map((o) => ({
      flags: [o.long, o.short].filter((f): f is string => Boolean(f)),
      takesValue: o.required || o.optional,
      choices: o.argChoices ?? (o.long === "--rule" ? RULE_IDS : undefined),
      description: o.description,
    }));
  const first = command.registeredArguments[0];
  const argument: Node["argument"] = !first
    ? null
    : /^who/.test(first.name())
      ? "people"
      : first.argChoices
        ? first.argChoices
        : first.name() === "rule"
          ? RULE_IDS
          : null;
  return {
    path,
    summary: command.summary() || command.description().split("\n")[0] || "",
    children: command.commands.filter((c) => c.name() !== "help").map((c) => describe(c, path ? `${path} ${c.name()}` : c.name())),
    options,
    argument,
  };
}

function walk(node: Node): Node[] {
  return [node, ...node.children.flatMap(walk)];
}

const sq = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * bash (and zsh through bashcompinit): the command path (`at`; zsh ties `path` to PATH) is the words so far that name a
 * subcommand; the word before the cursor may be an option wanting a value (its choices, or files).
 */
export function bashScript(root: Node, shell: "bash" | "zsh"): string {
  const nodes = walk(root);
  const global = root.options;
  const parent = (n: Node) => n.path.split(" ").slice(0, -1).join(" ");
  const name = (n: Node) => n.path.split(" ").at(-1) as string;
  const steps = nodes.filter((n) => n.path).map((n) => `"${parent(n)}|${name(n)}"`);
  const valueCases: string[] = [];
  const optionCases: string[] = [];
  const wordCases: string[] = [];
  for (const n of nodes) {
    const options = n.path ? [...n.options, ...global] : global;
    for (const o of options) {
      if (!o.takesValue) continue;
      const words = o.choices ? `words=${sq(o.choices.join(" "))}` : 'COMPREPLY=($(compgen -f -- "$cur")); return 0';
      valueCases.push(`    ${o.flags.map((f) => `"${n.path}|${f}"`).join("|")}) ${words} ;;`);
    }
    optionCases.push(`        "${n.path}") words=${sq(options.flatMap((o) => o.flags.filter((f) => f.startsWith("--"))).join(" "))} ;;`);
    // `net log` takes people, and has subcommands (`log edit`, `log rm`): both complete.
    const words = n.children.length
      ? n.argument === "people"
        ? // i18n-ignore: generated shell code
          `words="${n.children.map(name).join(" ")} $(command net completion --slugs 2>/dev/null)"`
        : `words=${sq(n.children.map(name).join(" "))}`
      : n.argument === "people"
        ? // i18n-ignore: generated shell code
          'words="$(command net completion --slugs 2>/dev/null)"'
        : n.argument
          ? `words=${sq(n.argument.join(" "))}`
          : "";
    if (words) wordCases.push(`        "${n.path}") ${words} ;;`);
  }
  const head =
    shell === "zsh"
      ? [
          // i18n-ignore: generated shell code
          "# net completion for zsh (net completion zsh): the bash completion, through zsh's bashcompinit.",
          "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }",
          "autoload -U +X bashcompinit && bashcompinit",
        ]
      : // i18n-ignore: generated shell code
        ["# net completion for bash (net completion bash)."];
  return [
    ...head,
    "_net() {",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code, not a template
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" at="" words="" i w', // i18n-ignore: generated shell code
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code, not a template
    '  (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"',
    "  for (( i = 1; i < COMP_CWORD; i++ )); do",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code, not a template
    '    w="${COMP_WORDS[i]}"',
    '    case "$at|$w" in',
    `      ${steps.join("|")}) at="\${at:+$at }$w" ;;`,
    "    esac",
    "  done",
    "  COMPREPLY=()",
    '  case "$at|$prev" in',
    ...valueCases,
    "    *)",
    '      case "$cur" in',
    "      -*)",
    '        case "$at" in',
    ...optionCases,
    "        esac ;;",
    "      *)",
    '        case "$at" in',
    ...wordCases,
    "        esac ;;",
    "      esac ;;",
    "  esac",
    '  COMPREPLY=($(compgen -W "$words" -- "$cur"))',
    "  return 0",
    "}",
    // i18n-ignore: generated shell code
    "complete -F _net net",
    "",
  ].join("\n");
}

/** fish: one `complete` line per subcommand, option and choice, each under its command's condition. */
export function fishScript(root: Node): string {
  const fq = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  // i18n-ignore: generated shell code
  const lines = ["# net completion for fish (net completion fish).", "complete -c net -f"];
  const condition = (n: Node) => {
    if (!n.path) return "__fish_use_subcommand";
    const words = n.path.split(" ");
    const inside = words.map((w) => `__fish_seen_subcommand_from ${w}`).join("; and ");
    const deeper = n.children.map((c) => c.path.split(" ").at(-1)).join(" ");
    // i18n-ignore: generated shell code
    return deeper ? `${inside}; and not __fish_seen_subcommand_from ${deeper}` : inside;
  };
  for (const n of walk(root)) {
    const when = fq(condition(n));
    for (const c of n.children) lines.push(`complete -c net -n ${when} -a ${fq(c.path.split(" ").at(-1) as string)} -d ${fq(c.summary)}`);
    for (const o of n.path ? n.options : root.options) {
      const flags = o.flags.map((f) => (f.startsWith("--") ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(" ");
      const value = !o.takesValue ? "" : o.choices ? ` -x -a ${fq(o.choices.join(" "))}` : " -r -F";
      lines.push(`complete -c net -n ${n.path ? when : fq("true")} ${flags}${value} -d ${fq(o.description)}`);
    }
    // i18n-ignore: generated shell code
    if (n.argument === "people") lines.push(`complete -c net -n ${when} -a '(command net completion --slugs 2>/dev/null)'`);
    else if (n.argument) lines.push(`complete -c net -n ${when} -a ${fq(n.argument.join(" "))}`);
  }
  return `${lines.join("\n")}\n`;
}
