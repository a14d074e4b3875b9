import { type Catalogue, messages } from "../i18n/index.js";
import type { ParamSpec, Rule } from "./types.js";

/** The rules' texts (src/i18n/<lang>/rules.ts). */
export type RulesTexts = Catalogue["rules"];

/**
 * The rules' texts in the catalogue given (`--json` gives English: its output never changes with
 * the language), else in the language in use. Read when a text is made, never at module load.
 */
export function textsOf(catalogue?: Catalogue): RulesTexts {
  return (catalogue ?? messages()).rules;
}

/**
 * A rule whose description, `why` and parameter descriptions are read from the catalogue each time
 * they are shown (`net rules`, nudge), so they speak the language chosen at start-up.
 */
export function defineRule(
  spec: Omit<Rule, "description" | "why" | "params"> & { params: Record<string, Omit<ParamSpec, "description">> },
): Rule {
  const params = Object.fromEntries(
    Object.entries(spec.params).map(([name, param]) => [
      name,
      {
        ...param,
        get description() {
          return (spec.words().params as Record<string, string>)[name] ?? name;
        },
      },
    ]),
  );
  return {
    ...spec,
    params,
    get description() {
      return spec.words().description;
    },
    get why() {
      return spec.words().why;
    },
  };
}
