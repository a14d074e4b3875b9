import type { Command } from "commander";
import { usageError } from "../domain/errors.js";
import { largest } from "../domain/lists.js";
import { INTENTS, type Intent } from "../domain/model.js";
import { GOAL_TARGETS, goalProblem } from "../domain/settings.js";
import { messages } from "../i18n/index.js";
import { loadGoals } from "../store/snapshot.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

/** Targets as typed on the command line, and where each is stored. */
const TARGETS = GOAL_TARGETS;

export function goalsCommand(program: Command, run: Runner) {
  const t = messages().settings.goals;
  const goals = program
    .command("goals")
    .summary(t.summary)
    .description(t.description)
    .addHelpText("after", t.examples)
    .action(run(showGoals));
  goals
    .command("set")
    .description(t.setDescription({ targets: Object.keys(TARGETS).join(", "), intents: INTENTS.join(", ") }))
    .argument("<goal>", `${Object.keys(TARGETS).join(" | ")} | intentions`)
    .argument("<value>", t.valueArgument)
    .action(run(setGoal));
}

function intentionsOf(ctx: Context): Intent[] {
  return ctx.store().setting<Intent[]>("intentions") ?? [];
}

function showGoals(ctx: Context): void {
  const goals = loadGoals(ctx.store());
  const intentions = intentionsOf(ctx);
  if (ctx.json) {
    ctx.out(JSON.stringify({ ...goals, intentions }, null, 2));
    return;
  }
  const c = ctx.chalk;
  const t = messages().settings.goals;
  const rows: [label: string, value: string][] = [
    [t.labels.newPeoplePerMonth, String(goals.newPeoplePerMonth)],
    [t.labels.eventsPerMonth, String(goals.eventsPerMonth)],
    [t.labels.gesturesPerWeek, String(goals.gesturesPerWeek)],
    [t.labels.intentions, intentions.length ? intentions.join(", ") : c.dim(t.intentionsNotSet)],
  ];
  // The values in one column, two spaces after the longest label.
  const width = largest(rows.map(([label]) => label.length)) + 2;
  ctx.out(rows.map(([label, value]) => `${label.padEnd(width)}${value}`).join("\n"));
}

function setGoal(ctx: Context, name: string, value: string): void {
  const t = messages().settings.goals;
  const store = ctx.store();
  if (name === "intentions") {
    const chosen = value
      .split(/[,\s]+/)
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
    const wrong = chosen.filter((v) => !INTENTS.includes(v as Intent));
    if (wrong.length) throw usageError(t.notIntention(wrong[0] as string), t.chooseAmong(INTENTS.join(", ")));
    store.transaction(() => store.setSetting("intentions", [...new Set(chosen)]));
    ctx.say(t.intentionsSet([...new Set(chosen)].join(", ")));
    return;
  }
  const key = TARGETS[name as keyof typeof TARGETS];
  if (!key) throw usageError(t.noGoal(name), t.goalsAre(Object.keys(TARGETS).join(", ")));
  if (!/^\d+$/.test(value.trim()) || goalProblem(Number(value))) throw usageError(t.notWholeNumber(value), t.example(name));
  store.transaction(() => store.setSetting("goals", { ...(store.setting<object>("goals") ?? {}), [key]: Number(value) }));
  ctx.say(`${name} = ${Number(value)}`);
}
