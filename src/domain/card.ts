import { messages } from "../i18n/index.js";

/** Speaking pace used for the narrative card: about 150 words a minute. */
export const WORDS_PER_MINUTE = 150;

export function cardStats(text: string): { words: number; seconds: number } {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { words, seconds: (words / WORDS_PER_MINUTE) * 60 };
}

/** "1 min 20 s", "45 s" (in the language in use). */
export function spokenTime(seconds: number): string {
  const s = Math.round(seconds);
  return messages().card.spokenTime({ minutes: Math.floor(s / 60), seconds: s % 60 });
}
