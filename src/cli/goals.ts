import type { Command } from "commander";
import { usageError } from "../domain/errors.js";
import { INTENTS, type Intent } from "../domain/model.js";
import { GOAL_TARGETS, goalProblem } from "../domain/settings.js";
import { loadGoals } from "../store/snapshot.js";
import type { Context } from "./context.js";
import type { Runner } from "./runner.js";

/** Targets as typed on the command line, and where each is stored. */
const TARGETS = GOAL_TARGETS;

export function goalsCommand(program: Command, run: Runner) {
  const goals = program
    .command("goals")
    .summary("your intentions and targets")
    .description(
      "Your targets (new people per month, events per month, gestures per week) and your intentions:\nwhy you grow your network — to learn, to rebound, to influence, to cooperate.",
    )
    .addHelpText("after", "\nExamples:\n  net goals\n  net goals set gestures-per-week 5\n  net goals set intentions learn,cooperate")
    .action(run(showGoals));
  goals
    .command("set")
    .description(`set a target (${Object.keys(TARGETS).join(", ")}) or your intentions (${INTENTS.join(", ")})`)
    .argument("<goal>", `${Object.keys(TARGETS).join(" | ")} | intentions`)
    .argument("<value>", "a whole number, or intentions separated by commas")
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
  ctx.out(
    [
      `new people per month  ${goals.newPeoplePerMonth}`,
      `events per month      ${goals.eventsPerMonth}`,
      `gestures per week     ${goals.gesturesPerWeek}`,
      `intentions            ${intentions.length ? intentions.join(", ") : c.dim("not set (net goals set intentions learn,cooperate)")}`,
    ].join("\n"),
  );
}

function setGoal(ctx: Context, name: string, value: string): void {
  const store = ctx.store();
  if (name === "intentions") {
    const chosen = value
      .split(/[,\s]+/)
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
    const wrong = chosen.filter((v) => !INTENTS.includes(v as Intent));
    if (wrong.length) throw usageError(`'${wrong[0]}' is not an intention`, `choose among: ${INTENTS.join(", ")}`);
    store.transaction(() => store.setSetting("intentions", [...new Set(chosen)]));
    ctx.say(`Intentions: ${[...new Set(chosen)].join(", ") || "none"}.`);
    return;
  }
  const key = TARGETS[name as keyof typeof TARGETS];
  if (!key) throw usageError(`there is no goal '${name}'`, `goals are: ${Object.keys(TARGETS).join(", ")}, intentions`);
  if (!/^\d+$/.test(value.trim()) || goalProblem(Number(value)))
    throw usageError(`'${value}' is not a whole number`, `e.g. net goals set ${name} 3`);
  store.transaction(() => store.setSetting("goals", { ...(store.setting<object>("goals") ?? {}), [key]: Number(value) }));
  ctx.say(`${name} = ${Number(value)}`);
}
