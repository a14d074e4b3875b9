/**
 * What a setting may hold: the checks `net rules set`, `net goals set` and `net card` apply, and
 * the same ones a JSON import applies to the settings it brings (a value the command would refuse,
 * such as `daysBefore: 1e9`, made nudge spin forever). Pure: the rules' parameter units come in.
 */
import { messages } from "../i18n/index.js";
import { INTENTS } from "./model.js";

export type ParamUnit = "days" | "count" | "weight";

/** Per rule id, its parameters' units (from each rule's `params`). */
export type RuleUnits = Record<string, Record<string, ParamUnit>>;

export const MAX_PARAM_DAYS = 3650;
export const MAX_PARAM_COUNT = 100_000;

/** Why a rule parameter's value is refused, or null: days are whole, 1 to 3650; counts whole, 0 to 100,000. */
export function ruleParamProblem(unit: ParamUnit, value: unknown): string | null {
  const t = messages().settings.problems;
  if (typeof value !== "number" || !Number.isInteger(value)) return t.notWholeNumber;
  if (unit === "days") return value < 1 || value > MAX_PARAM_DAYS ? t.notDays(MAX_PARAM_DAYS) : null;
  return value < 0 || value > MAX_PARAM_COUNT ? t.notCount(MAX_PARAM_COUNT) : null;
}

/** Targets as typed on the command line, and the key each is stored under in the `goals` setting. */
export const GOAL_TARGETS = {
  "new-people-per-month": "newPeoplePerMonth",
  "events-per-month": "eventsPerMonth",
  "gestures-per-week": "gesturesPerWeek",
} as const;
export const MAX_GOAL = 1000;

/** Why a goal's value is refused, or null: a whole number from 0 to 1000. */
export function goalProblem(value: unknown): string | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_GOAL
    ? null
    : messages().settings.problems.notCount(MAX_GOAL);
}

export function isIntent(value: unknown): boolean {
  return (INTENTS as readonly unknown[]).includes(value);
}

/** Why a card's text is refused, or null: the card can't be empty. */
export function cardTextProblem(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? null : messages().settings.problems.notText;
}
