import { daysBetween, type IsoDate } from "../domain/dates.js";
import type { Tier } from "../domain/model.js";

/**
 * Urgency, in the spirit of Taskwarrior's coefficients:
 *
 *   urgency = ruleWeight × dueFactor × personFactor
 *
 * dueFactor follows Taskwarrior's due ramp — 0.2 at 14+ days before the due date, rising
 * linearly to 1.0 at 7 days overdue: ((daysOverdue + 14) × 0.8 / 21) + 0.2 — and then, because
 * people rightly ask that overdue things keep rising, it grows by 0.25 per further doubling of the
 * lateness, capped at 1.75.
 *
 * personFactor weighs who it is about: tier (close 1.5, active 1.25, network 1.0, dormant 0.75),
 * ×1.1 when the user recorded why the person matters (an intent). Reminders about no one use 1.0.
 */
export const TIER_WEIGHT: Record<Tier, number> = { close: 1.5, active: 1.25, network: 1, dormant: 0.75 };
export const INTENT_WEIGHT = 1.1;
export const MAX_DUE_FACTOR = 1.75;

export function dueFactor(dueOn: IsoDate, today: IsoDate): number {
  const overdue = daysBetween(dueOn, today);
  if (overdue <= 7) return Math.min(1, Math.max(0.2, ((overdue + 14) * 0.8) / 21 + 0.2));
  return Math.min(MAX_DUE_FACTOR, 1 + 0.25 * Math.log2(overdue / 7));
}

export function personFactor(person?: { tier: Tier; intent: unknown } | null): number {
  if (!person) return 1;
  return TIER_WEIGHT[person.tier] * (person.intent ? INTENT_WEIGHT : 1);
}

/** The urgency of a reminder; `factor` replaces the due ramp for rules with their own progression. */
export function urgency(options: {
  weight: number;
  dueOn: IsoDate;
  today: IsoDate;
  /** Who it is about: only the tier, and whether an intent was recorded, count. */
  person?: { tier: Tier; intent: unknown } | null;
  factor?: number;
}): number {
  const due = options.factor ?? dueFactor(options.dueOn, options.today);
  return Math.round(options.weight * due * personFactor(options.person) * 100) / 100;
}

export { byUrgency, compare } from "../domain/reminders.js";
