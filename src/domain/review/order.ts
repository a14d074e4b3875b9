/** Stable, locale-free ordering (the same as SQLite's), so lists tie-break as the store's queries do. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
