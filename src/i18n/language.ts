/** The languages net speaks. Commands, flags, `--json` keys and the database are the same in each. */
export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

/** What was asked for, and where: `--lang` and NET_LANG must name a language net has; a locale need not. */
export type LanguageChoice = { language: Language } | { unknown: string; from: "--lang" | "NET_LANG" };

/** A language name or locale as people write it: `fr`, `fr_FR.UTF-8`, `fr-CA`, `French`... */
export function languageOfLocale(locale: string): Language | undefined {
  // Plain string tests: a case-insensitive regular expression with a non-ASCII letter costs ~0.2 ms
  // to compile, on every start.
  const name = locale.trim().toLowerCase();
  const code = /^([a-z]{2,3})(?:[_.@-]|$)/.exec(name)?.[1];
  if (code === "fr" || code === "fra" || code === "fre" || name === "french" || name === "fran\u00e7ais" || name === "francais")
    return "fr";
  if (code === "en" || code === "eng" || name === "english") return "en";
  return undefined;
}

/** The value of `--lang` on a command line (`--lang fr`, `--lang=fr`), before `--` only. */
export function langFlag(args: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") break;
    if (arg === "--lang") found = args[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) found = arg.slice("--lang=".length);
  }
  return found;
}

/**
 * The language to speak: `--lang`, then NET_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG, the
 * first one set, as POSIX orders them). Any locale other than French (C, POSIX, de_DE...) is English.
 */
export function chooseLanguage(args: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  const flag = langFlag(args);
  if (flag !== undefined) {
    const language = languageOfLocale(flag);
    return language ? { language } : { unknown: flag, from: "--lang" };
  }
  const named = env.NET_LANG?.trim();
  if (named) {
    const language = languageOfLocale(named);
    return language ? { language } : { unknown: named, from: "NET_LANG" };
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value.trim() !== "");
  return { language: (locale && languageOfLocale(locale)) || "en" };
}
