import type { Command } from "commander";
import { durationDays, formatDays, readDuration } from "../domain/dates.js";
import { usageError } from "../domain/errors.js";
import { append } from "../domain/lists.js";
import { ruleParamProblem } from "../domain/settings.js";
import { wrapLines } from "../render/terminal.js";
import { isEnabled, paramsOf, RULES, type RuleTuning, ruleById } from "../rules/engine.js";
import type { Rule } from "../rules/types.js";
import { ruleSettings } from "../store/settings.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function rulesCommand(program: Command, run: Runner) {
  const rules = program
    .command("rules")
    .summary("the rules behind nudge: list, tune, enable, disable")
    .description("List the rules that turn the practices into reminders, with their parameters; tune, enable or disable them.")
    .addHelpText(
      "after",
      "\nExamples:\n  net rules\n  net rules set keep-in-touch.tier.close 21d\n  net rules set thank.days 5\n  net rules disable not-isolated\n  net rules enable not-isolated\n  net rules reset keep-in-touch",
    )
    .action(run(listRules));
  rules
    .command("set")
    .description("set a rule parameter: <rule>.<parameter> <value> (days accept 10d, 2w, 3m)")
    .argument("<parameter>", "e.g. keep-in-touch.tier.close")
    .argument("<value>", "a number, or a duration for day parameters")
    .action(run(setParam));
  rules
    .command("enable")
    .description("turn a rule on")
    .argument("<rule>")
    .action(run((ctx: Context, id: string) => setEnabled(ctx, id, true)));
  rules
    .command("disable")
    .description("turn a rule off")
    .argument("<rule>")
    .action(run((ctx: Context, id: string) => setEnabled(ctx, id, false)));
  rules
    .command("reset")
    .description("back to the defaults: a rule (or one parameter)")
    .argument("<rule>", "a rule, or <rule>.<parameter>")
    .action(run(resetRule));
}

function findRule(id: string): Rule {
  const rule = ruleById(id);
  if (!rule) throw usageError(`there is no rule '${id}'`, `rules are: ${RULES.map((r) => r.id).join(", ")}`);
  return rule;
}

/** Splits "keep-in-touch.tier.close" into the rule and its parameter. */
function splitParam(text: string): { rule: Rule; param: string } {
  const rule = RULES.find((r) => text.startsWith(`${r.id}.`));
  if (!rule) {
    const id = text.split(".")[0] ?? text;
    findRule(id);
    throw usageError(`'${text}' names no parameter`, "write <rule>.<parameter>, e.g. keep-in-touch.tier.close");
  }
  const param = text.slice(rule.id.length + 1);
  if (!rule.params[param]) {
    const names = Object.keys(rule.params);
    throw usageError(
      `${rule.id} has no parameter '${param}'`,
      names.length ? `its parameters: ${names.map((n) => `${rule.id}.${n}`).join(", ")}` : `${rule.id} has no parameters`,
    );
  }
  return { rule, param };
}

function showValue(value: number, unit: string): string {
  return unit === "days" ? formatDays(value) : String(value);
}

function listRules(ctx: Context): void {
  const store = ctx.store();
  const tuning = ruleSettings(store) as RuleTuning;
  const rows = RULES.map((rule) => {
    const params = paramsOf(rule, tuning);
    return {
      id: rule.id,
      enabled: isEnabled(rule, tuning),
      description: rule.description,
      why: rule.why,
      params: Object.entries(rule.params).map(([name, spec]) => ({
        name,
        value: params[name] as number,
        default: spec.default,
        unit: spec.unit,
        description: spec.description,
      })),
    };
  });
  if (ctx.json) {
    ctx.out(JSON.stringify(rows, null, 2));
    return;
  }
  const c = ctx.chalk;
  const lines: string[] = [];
  // Wrapped to the width: descriptions go on under themselves, indented.
  for (const r of rows) {
    append(
      lines,
      wrapLines(r.description, ctx.width, { first: `${r.enabled ? c.green("on ") : c.dim("off")} ${c.bold(r.id)} — `, rest: "    " }),
    );
    for (const p of r.params) {
      const tuned =
        p.value !== p.default
          ? c.yellow(showValue(p.value, p.unit)) + c.dim(` (default ${showValue(p.default, p.unit)})`)
          : showValue(p.value, p.unit);
      append(
        lines,
        wrapLines(p.description, ctx.width, { first: `      ${r.id}.${p.name} = ${tuned}  `, rest: " ".repeat(8), paint: c.dim }),
      );
    }
  }
  ctx.out(lines.join("\n"));
}

function setParam(ctx: Context, text: string, raw: string): void {
  const { rule, param } = splitParam(text);
  const spec = rule.params[param]!;
  let value: number;
  // The bounds are ruleParamProblem's, which a JSON import applies too.
  if (spec.unit === "days") {
    const duration = readDuration(raw);
    value = duration ? durationDays(duration) : /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (ruleParamProblem(spec.unit, value))
      throw usageError(`'${raw}' is not a number of days for ${text}`, "use a duration like 21d, 3w, 2m (or a number of days)");
  } else {
    value = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (ruleParamProblem(spec.unit, value)) throw usageError(`'${raw}' is not a whole number for ${text}`, "use a whole number like 2");
  }
  const store = ctx.store();
  store.transaction(() => {
    const tuning = ruleSettings(store);
    const entry = tuning[rule.id] ?? {};
    tuning[rule.id] = { ...entry, params: { ...(entry.params ?? {}), [param]: value } };
    store.setSetting("rules", tuning);
  });
  ctx.say(`${text} = ${showValue(value, spec.unit)} (default ${showValue(spec.default, spec.unit)})`);
}

function setEnabled(ctx: Context, id: string, enabled: boolean): void {
  const rule = findRule(id);
  const store = ctx.store();
  store.transaction(() => {
    const tuning = ruleSettings(store);
    tuning[rule.id] = { ...(tuning[rule.id] ?? {}), enabled };
    store.setSetting("rules", tuning);
  });
  ctx.say(`${rule.id} is ${enabled ? "on" : "off"}.`);
}

function resetRule(ctx: Context, text: string): void {
  const store = ctx.store();
  const whole = ruleById(text);
  const target = whole ? { rule: whole, param: undefined } : splitParam(text);
  store.transaction(() => {
    const tuning = ruleSettings(store);
    const entry = tuning[target.rule.id];
    if (!entry) return;
    if (target.param === undefined) delete tuning[target.rule.id];
    else if (entry.params) delete entry.params[target.param];
    store.setSetting("rules", tuning);
  });
  ctx.say(`${text} is back to its default${target.param ? "" : "s"}.`);
}
