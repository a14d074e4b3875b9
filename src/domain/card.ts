/** Speaking pace used for the narrative card: about 150 words a minute. */
export const WORDS_PER_MINUTE = 150;

export function cardStats(text: string): { words: number; seconds: number } {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { words, seconds: (words / WORDS_PER_MINUTE) * 60 };
}

/** "1 min 20 s", "45 s". */
export function spokenTime(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ""}`;
}
