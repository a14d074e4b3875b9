/**
 * A `Prompter` that answers from a script, by question name, for testing flows without a terminal.
 *
 * - A question whose name is not in the script fails the flow (and so the test) at once.
 * - Every question is recorded in `asked`, with its kind, message, default and choices.
 * - An answer can be a value, `DEFAULT` (take the question's default), `INTERRUPT` (as if Ctrl-C
 *   were pressed: the flow gets `Interrupted`), `typed("gra")` for searches (type, take the first
 *   match, or the nth), or a list of answers for a question asked several times (a rejected input
 *   is asked again, like inquirer does).
 * - A select/search answer must be one of the values offered; an input answer must pass `validate`
 *   (a rejected one is recorded in `rejected` and the next answer in the list is tried).
 * - `unused()` lists scripted answers never asked for, so a test can prove a question was skipped.
 */
import { isDeepStrictEqual } from "node:util";
import type { Choice, Prompter } from "../../src/cli/prompts.js";
import { Interrupted } from "../../src/domain/errors.js";

export const DEFAULT = Symbol("default answer");
export const INTERRUPT = Symbol("Ctrl-C");

export interface Typed {
  typed: string;
  /** Which match to take (0: the first). */
  index: number;
}

/** A search answer: type `term`, then take the `index`th match. */
export function typed(term: string, index = 0): Typed {
  return { typed: term, index };
}

export type Answer = unknown;

export interface Asked {
  kind: "input" | "select" | "confirm" | "search" | "editor";
  name: string;
  message: string;
  default?: unknown;
  /** Values offered (select), or offered for what was typed (search). */
  choices?: unknown[];
  /** The full choices (select), or those offered for what was typed (search). */
  options?: Choice<unknown>[];
}

export interface ScriptedPrompter extends Prompter {
  asked: Asked[];
  /** Input answers refused by `validate`, with the message shown. */
  rejected: { name: string; answer: string; message: string }[];
  /** Names of the questions asked, in order. */
  names(): string[];
  /** The question asked under `name` (the last one, if asked several times). */
  question(name: string): Asked;
  /** Scripted answers that no question asked for. */
  unused(): string[];
}

function isTyped(answer: unknown): answer is Typed {
  return typeof answer === "object" && answer !== null && "typed" in answer;
}

export function scriptedPrompter(script: Record<string, Answer>): ScriptedPrompter {
  const queue = new Map<string, unknown[]>(
    Object.entries(script).map(([name, answer]) => [name, Array.isArray(answer) ? [...answer] : [answer]]),
  );
  const used = new Set<string>();
  const asked: Asked[] = [];
  const rejected: ScriptedPrompter["rejected"] = [];
  /** Whether the answer `next` just gave was the script's last for that question. */
  let wasLast = false;

  /** The next scripted answer for `name`; fails loudly when there is none. */
  function next(q: Asked): unknown {
    asked.push(q);
    const answers = queue.get(q.name);
    if (!answers) {
      throw new Error(
        `unexpected question '${q.name}' (${q.kind}: "${q.message}"); the script answers: ${[...queue.keys()].join(", ") || "nothing"}`,
      );
    }
    if (answers.length === 0) throw new Error(`question '${q.name}' asked more often than the script answers it`);
    used.add(q.name);
    wasLast = answers.length === 1;
    const answer = wasLast ? answers[0] : answers.shift();
    if (answer === INTERRUPT) throw new Interrupted();
    return answer;
  }

  function offered(q: Asked, answer: unknown, values: unknown[]): unknown {
    if (!values.some((v) => isDeepStrictEqual(v, answer))) {
      throw new Error(`answer ${JSON.stringify(answer)} to '${q.name}' is not among the choices: ${JSON.stringify(values)}`);
    }
    return answer;
  }

  const prompter: ScriptedPrompter = {
    asked,
    rejected,
    async input(q) {
      const record: Asked = { kind: "input", name: q.name, message: q.message, default: q.default };
      for (;;) {
        let answer = next(record);
        if (answer === DEFAULT) answer = q.default ?? "";
        if (typeof answer !== "string") throw new Error(`answer to input '${q.name}' must be a string, got ${JSON.stringify(answer)}`);
        const verdict = q.required && !answer ? "You must provide a value" : (q.validate?.(answer) ?? true);
        if (verdict === true) return answer;
        rejected.push({ name: q.name, answer, message: verdict });
        // The answer was the script's last for this question: asking again would loop.
        if (wasLast) throw new Error(`input '${q.name}' rejected ${JSON.stringify(answer)}: ${verdict}`);
        asked.pop(); // asked again: recorded once per question shown
      }
    },
    async select<T>(q: { name: string; message: string; choices: Choice<T>[]; default?: T }) {
      const values = q.choices.map((c) => c.value);
      const record: Asked = { kind: "select", name: q.name, message: q.message, default: q.default, choices: values, options: q.choices };
      let answer = next(record);
      if (answer === DEFAULT) answer = q.default !== undefined ? q.default : values[0];
      return offered(record, answer, values) as T;
    },
    async confirm(q) {
      let answer = next({ kind: "confirm", name: q.name, message: q.message, default: q.default });
      if (answer === DEFAULT) answer = q.default;
      if (typeof answer !== "boolean") throw new Error(`answer to confirm '${q.name}' must be a boolean or DEFAULT`);
      return answer;
    },
    async search<T>(q: { name: string; message: string; source: (term: string) => Choice<T>[] }) {
      const record: Asked = { kind: "search", name: q.name, message: q.message };
      const answer = next(record);
      const term = isTyped(answer) ? answer.typed : "";
      const results = q.source(term);
      record.options = results;
      record.choices = results.map((c) => c.value);
      if (isTyped(answer)) {
        const picked = results[answer.index];
        if (!picked) throw new Error(`search '${q.name}': typing '${term}' offers only ${JSON.stringify(record.choices)}`);
        return picked.value;
      }
      if (answer === DEFAULT) {
        if (!results[0]) throw new Error(`search '${q.name}' offers nothing`);
        return results[0].value;
      }
      return offered(record, answer, record.choices) as T;
    },
    async editor(q) {
      let answer = next({ kind: "editor", name: q.name, message: q.message, default: q.default });
      if (answer === DEFAULT) answer = q.default ?? "";
      if (typeof answer === "function") answer = answer(q.default ?? "");
      if (typeof answer !== "string") throw new Error(`answer to editor '${q.name}' must be a string or (text) => string`);
      return answer;
    },
    names: () => asked.map((q) => q.name),
    question(name) {
      const found = asked.filter((q) => q.name === name).at(-1);
      if (!found) throw new Error(`question '${name}' was not asked; asked: ${asked.map((q) => q.name).join(", ")}`);
      return found;
    },
    unused: () => [...queue.keys()].filter((name) => !used.has(name)),
  };
  return prompter;
}
