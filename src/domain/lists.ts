// Lists whose size grows with the user's data are never spread into a call: `Math.max(...xs)` and
// `out.push(...xs)` put every element on the stack as an argument, and past ~120,000 of them V8
// stops with "Maximum call stack size exceeded" (`net list` did, with 120,000 people). These loop
// instead; test/reliability/sizes.test.ts checks that src/ spreads no list into a call.

/** The largest of `values`, or `floor` when there is none larger (Math.max(floor, ...values)). */
export function largest(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let most = floor;
  for (const value of values) if (value > most || Number.isNaN(value)) most = value;
  return most;
}

/** The smallest of `values`, or `ceiling` when there is none smaller (Math.min(ceiling, ...values)). */
export function smallest(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let least = ceiling;
  for (const value of values) if (value < least || Number.isNaN(value)) least = value;
  return least;
}

/** Appends `items` to `target` in place (target.push(...items)), and returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
