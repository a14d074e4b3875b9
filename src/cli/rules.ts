import type { Command } from "commander";
import { durationDays, formatDays, readDuration } from "../domain/dates.js";
import { usageError } from "../domain/errors.js";
import { append } from "../domain/lists.js";
import { ruleParamProblem } from "../domain/settings.js";
import { en } from "../i18n/en/index.js";
import { messages } from "../i18n/index.js";
import { wrapLines } from "../render/terminal.js";
import { isEnabled, paramsOf, RULES, type RuleTuning, ruleById } from "../rules/engine.js";
import type { Rule } from "../rules/types.js";
import { ruleSettings } from "../store/settings.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

export function rulesCommand(program: Command, run: Runner) {
  const t = messages().settings.rules;
  const rules = program
    .command("rules")
    .summary(t.summary)
    .description(t.description)
    .addHelpText("after", t.examples)
    .action(run(listRules));
  rules
    .command("set")
    .description(t.setDescription)
    .argument("<parameter>", t.parameterArgument)
    .argument("<value>", t.valueArgument)
    .action(run(setParam));
  rules
    .command("enable")
    .description(t.enableDescription)
    .argument("<rule>")
    .action(run((ctx: Context, id: string) => setEnabled(ctx, id, true)));
  rules
    .command("disable")
    .description(t.disableDescription)
    .argument("<rule>")
    .action(run((ctx: Context, id: string) => setEnabled(ctx, id, false)));
  rules.command("reset").description(t.resetDescription).argument("<rule>", t.resetArgument).action(run(resetRule));
}

function findRule(id: string): Rule {
  const rule = ruleById(id);
  const t = messages().settings.rules;
  if (!rule) throw usageError(t.noRule(id), t.rulesAre(RULES.map((r) => r.id).join(", ")));
  return rule;
}

/** Splits "keep-in-touch.tier.close" into the rule and its parameter. */
function splitParam(text: string): { rule: Rule; param: string } {
  const t = messages().settings.rules;
  const rule = RULES.find((r) => text.startsWith(`${r.id}.`));
  if (!rule) {
    const id = text.split(".")[0] ?? text;
    findRule(id);
    throw usageError(t.namesNoParameter(text), t.namesNoParameterHint);
  }
  const param = text.slice(rule.id.length + 1);
  if (!rule.params[param]) {
    const names = Object.keys(rule.params);
    throw usageError(
      t.noParameter({ rule: rule.id, param }),
      names.length ? t.itsParameters(names.map((n) => `${rule.id}.${n}`).join(", ")) : t.noParameters(rule.id),
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
  // --json speaks English whatever the language: scripts read it.
  const catalogue = ctx.json ? en : undefined;
  const rows = RULES.map((rule) => {
    const params = paramsOf(rule, tuning);
    const words = rule.words(catalogue);
    return {
      id: rule.id,
      enabled: isEnabled(rule, tuning),
      description: words.description,
      why: words.why,
      params: Object.entries(rule.params).map(([name, spec]) => ({
        name,
        value: params[name] as number,
        default: spec.default,
        unit: spec.unit,
        description: words.params[name] ?? spec.description,
      })),
    };
  });
  if (ctx.json) {
    ctx.out(JSON.stringify(rows, null, 2));
    return;
  }
  const c = ctx.chalk;
  const t = messages().settings.rules;
  // "on " and "off" (or a language's words) padded to one width.
  const state = Math.max(t.on.length, t.off.length);
  const lines: string[] = [];
  // Wrapped to the width: descriptions go on under themselves, indented.
  for (const r of rows) {
    const on = r.enabled ? c.green(t.on.padEnd(state)) : c.dim(t.off.padEnd(state));
    append(lines, wrapLines(r.description, ctx.width, { first: `${on} ${c.bold(r.id)} — `, rest: "    " }));
    for (const p of r.params) {
      const tuned =
        p.value !== p.default
          ? c.yellow(showValue(p.value, p.unit)) + c.dim(` ${t.byDefault(showValue(p.default, p.unit))}`)
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
  const t = messages().settings.rules;
  let value: number;
  // The bounds are ruleParamProblem's, which a JSON import applies too.
  if (spec.unit === "days") {
    const duration = readDuration(raw);
    value = duration ? durationDays(duration) : /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (ruleParamProblem(spec.unit, value)) throw usageError(t.notDays({ value: raw, param: text }), t.notDaysHint);
  } else {
    value = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (ruleParamProblem(spec.unit, value)) throw usageError(t.notWhole({ value: raw, param: text }), t.notWholeHint);
  }
  const store = ctx.store();
  store.transaction(() => {
    const tuning = ruleSettings(store);
    const entry = tuning[rule.id] ?? {};
    tuning[rule.id] = { ...entry, params: { ...(entry.params ?? {}), [param]: value } };
    store.setSetting("rules", tuning);
  });
  ctx.say(t.set({ param: text, value: showValue(value, spec.unit), byDefault: showValue(spec.default, spec.unit) }));
}

function setEnabled(ctx: Context, id: string, enabled: boolean): void {
  const rule = findRule(id);
  const store = ctx.store();
  store.transaction(() => {
    const tuning = ruleSettings(store);
    tuning[rule.id] = { ...(tuning[rule.id] ?? {}), enabled };
    store.setSetting("rules", tuning);
  });
  ctx.say(messages().settings.rules.enabled({ rule: rule.id, on: enabled }));
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
  ctx.say(messages().settings.rules.reset({ target: text, whole: target.param === undefined }));
}
