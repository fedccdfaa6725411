import { z } from 'zod';
import type { Golongan } from '../engine/input';
import type { Tier } from '../engine/issue';
import type { Severity } from '../schema/primitives';

const tierSchema = z.enum(['hard-stop', 'interruptive', 'passive', 'suppressed']);

export const suppressionSchema = z.object({
  key: z.string().min(1),
  /** ISO timestamp; the suppression is ignored from then on. */
  until: z.string().min(1),
});
export type ActiveSuppression = z.infer<typeof suppressionSchema>;

/**
 * How findings are shown (spec 6.5). Defaults: CI and MAJ interrupt, MOD is passive, MIN is suppressed to
 * the "all findings" view; no hard stops unless the clinic lists rules; every golongan is checked.
 */
export const policySchema = z.object({
  tiers: z
    .object({ CI: tierSchema, MAJ: tierSchema, MOD: tierSchema, MIN: tierSchema })
    .default({ CI: 'interruptive', MAJ: 'interruptive', MOD: 'passive', MIN: 'suppressed' }),
  /** Rule ids (or `allergy.exact`) that become hard stops: cannot be signed without a second person. */
  hardStopRules: z.array(z.string()).default([]),
  /**
   * `all-golongan` (default) checks every product; `rxpert` runs interaction, contraindication and
   * pregnancy/lactation checks only for obat keras, psikotropika and narkotika, and allergy for all, as RxPERT
   * does. Lines whose golongan is unknown are checked in both modes.
   */
  gating: z.enum(['all-golongan', 'rxpert']).default('all-golongan'),
  /** Tier ceiling for rules marked non-interruptive (ONC 2013 list and the like). */
  nonInterruptiveTier: z.enum(['passive', 'suppressed']).default('passive'),
  /** Tier of NOT_CHECKED issues: a clinic may make unresolved items interrupt. */
  notCheckedTier: z.enum(['interruptive', 'passive']).default('passive'),
  disabledRules: z.array(z.string()).default([]),
  /** Also pair current medications with each other (off: most CPOE systems alert on the new order only). */
  includeCurrentPairs: z.boolean().default(false),
  /** Active suppressions for this patient, loaded from a store by the service. */
  suppressions: z.array(suppressionSchema).default([]),
});
export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;

export const GATED_GOLONGAN: ReadonlySet<Golongan> = new Set(['obat-keras', 'psikotropika', 'narkotika']);

export function tierFor(policy: Policy, severity: Severity): Tier {
  return policy.tiers[severity];
}

const TIER_RANK: Record<Tier, number> = { 'hard-stop': 0, interruptive: 1, passive: 2, suppressed: 3 };

/** The less intrusive of two tiers. */
export function capTier(tier: Tier, ceiling: Tier): Tier {
  return TIER_RANK[tier] >= TIER_RANK[ceiling] ? tier : ceiling;
}
