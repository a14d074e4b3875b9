import type { Language } from "./language.js";

/** The forms a count takes: CLDR's `one` and `other` are all English and French need for counts. */
export interface PluralForms {
  one: string;
  other: string;
}

// One Intl.PluralRules per language, made on first use: building Intl objects when a module loads
// costs start-up even for the commands that print no count.
const rules = new Map<Language, Intl.PluralRules>();

/** `forms.one` or `forms.other` for `count`, as the language says: French says "0 personne", English "0 people". */
export function plural(language: Language, count: number, forms: PluralForms): string {
  // English counts are whole numbers, and CLDR's English rule for them is "one" for 1 only: said
  // here, it spares every English start building Intl.PluralRules (~0.4 ms: ICU's plural data).
  if (language === "en" && Number.isInteger(count)) return count === 1 ? forms.one : forms.other;
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule.select(count) === "one" ? forms.one : forms.other;
}
