import { TIER_CADENCE_DAYS, TIERS, type Tier } from "../domain/model.js";
import type { Store } from "./store.js";

/** What `net rules` stores per rule: whether it runs and its tuned parameters. */
export interface RuleSetting {
  enabled?: boolean;
  params?: Record<string, number>;
}
export type RuleSettings = Record<string, RuleSetting>;

export function ruleSettings(store: Store): RuleSettings {
  return store.setting<RuleSettings>("rules") ?? {};
}

/** Keep-in-touch cadence of each tier, with the user's tuning (`net rules set keep-in-touch.tier.close 21d`). */
export function tierCadences(store: Store): Record<Tier, number> {
  const params = ruleSettings(store)["keep-in-touch"]?.params ?? {};
  const cadences = { ...TIER_CADENCE_DAYS };
  for (const tier of TIERS) {
    const tuned = params[`tier.${tier}`];
    if (typeof tuned === "number" && tuned > 0) cadences[tier] = tuned;
  }
  return cadences;
}
