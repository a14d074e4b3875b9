/** Give and receive in the period: help, intros and shares, per person and overall, and asks made. */

import type { Direction, Kind } from "../model.js";
import type { KindCount } from "./counts.js";
import { cmp } from "./order.js";

/** Help, intros and shares exchanged with one person in the period, and asks made of them. */
export interface PersonBalance {
  person: { id: string; slug: string; name: string };
  gave: number;
  received: number;
  asked: number;
}

export interface BalanceEntry {
  id: string;
  slug: string;
  name: string;
  /** Help, intros and shares you gave (mutual counts both ways). */
  gave: number;
  received: number;
  /** Asks you made of them. */
  asked: number;
}

export interface BalanceSummary {
  gave: number;
  received: number;
  asked: number;
  /** Everyone you exchanged with in the period, the most one-sided first. */
  people: BalanceEntry[];
  /** People you only received from or asked of, giving nothing back in the period. */
  onlyTake: BalanceEntry[];
}

/** What the balance counts: help, intros and shares (an ask made is counted apart). */
export const BALANCE_KINDS: readonly Kind[] = ["help", "intro", "share"];

/** How an interaction counts in the balance: given (gave, mutual), received (received, mutual), or an ask you made. */
export function balanceOf(kind: Kind, direction: Direction): { gave: number; received: number; asked: number } {
  if (kind === "ask") return { gave: 0, received: 0, asked: direction === "gave" ? 1 : 0 };
  if (!BALANCE_KINDS.includes(kind)) return { gave: 0, received: 0, asked: 0 };
  return { gave: direction === "received" ? 0 : 1, received: direction === "gave" ? 0 : 1, asked: 0 };
}

/**
 * How an interaction counts in a person's all-time balance (what give-first reads): help, intros
 * and shares, given (gave or mutual) or received; anything else is not counted.
 */
export function allTimeBalanceOf(kind: Kind, direction: Direction): "gave" | "received" | undefined {
  if (!BALANCE_KINDS.includes(kind)) return undefined;
  return direction === "received" ? "received" : "gave";
}

/** The most one-sided first (received and asked against given), then the most exchanged, then by id. */
function oneSided(a: PersonBalance, b: PersonBalance): number {
  return (
    Math.abs(b.received + b.asked - b.gave) - Math.abs(a.received + a.asked - a.gave) ||
    b.gave + b.received + b.asked - (a.gave + a.received + a.asked) ||
    cmp(a.person.id, b.person.id)
  );
}

/**
 * Give and receive per person and overall in the period. Totals come from the period's counts
 * (each interaction once, however many people it involved); `people` are per person, active only.
 */
export function balance(input: { people: readonly PersonBalance[]; kinds: readonly KindCount[]; limit?: number }): BalanceSummary {
  const limit = input.limit ?? 10;
  const total = { gave: 0, received: 0, asked: 0 };
  for (const c of input.kinds) {
    if (c.window !== "current") continue;
    const part = balanceOf(c.kind, c.direction);
    total.gave += part.gave * c.count;
    total.received += part.received * c.count;
    total.asked += part.asked * c.count;
  }
  const list = input.people.filter((p) => p.gave + p.received + p.asked > 0).sort(oneSided);
  const entry = (p: PersonBalance): BalanceEntry => ({ ...p.person, gave: p.gave, received: p.received, asked: p.asked });
  return {
    ...total,
    people: list.slice(0, limit).map(entry),
    onlyTake: list
      .filter((p) => p.gave === 0)
      .slice(0, limit)
      .map(entry),
  };
}
