import { type Catalogue, messages } from "../i18n/index.js";
import type { ParamSpec, Rule, Wording } from "./types.js";

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
/**
 * How a candidate is worded when it is shown: its rule's wording function and the values it needs,
 * kept from `select` (which decides what is due) for `describe` (called only for what is shown).
 */
export interface Later {
  words(t: RulesTexts): Wording;
}

/** Defers `wording(t, ...args)` to the moment a candidate is shown, in the texts then in use. */
export function later<Args extends unknown[]>(wording: (t: RulesTexts, ...args: Args) => Wording, ...args: Args): Later {
  return {
    // bounded: a wording function's own parameters (two to five)
    words: (t) => wording(t, ...args),
  };
}

export function defineRule(
  spec: Omit<Rule<Later>, "description" | "why" | "params" | "describe"> & {
    params: Record<string, Omit<ParamSpec, "description">>;
  },
): Rule<Later> {
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
    describe: (candidate, context) => candidate.about.words(textsOf(context.catalogue)),
    get description() {
      return spec.words().description;
    },
    get why() {
      return spec.words().why;
    },
  };
}
