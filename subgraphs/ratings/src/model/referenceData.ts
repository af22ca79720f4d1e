import type { RatingsDb } from '../db';
import { agencies, combinationPolicies, modelIndicators, modelRules, models, samplingPolicies } from '../db/schema';
import { DEFAULT_AGENCIES, DEFAULT_INDICATORS, DEFAULT_MODEL, DEFAULT_POLICY, DEFAULT_RULES, DEFAULT_SAMPLING } from './defaults';

/** Inserts the default model, policies and agency registry where missing; never changes existing rows. */
export async function ensureReferenceData(db: RatingsDb): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(models).values(DEFAULT_MODEL).onConflictDoNothing();
    await tx.insert(modelIndicators).values(DEFAULT_INDICATORS).onConflictDoNothing();
    await tx.insert(modelRules).values(DEFAULT_RULES).onConflictDoNothing();
    await tx.insert(combinationPolicies).values(DEFAULT_POLICY).onConflictDoNothing();
    await tx.insert(samplingPolicies).values(DEFAULT_SAMPLING).onConflictDoNothing();
    await tx.insert(agencies).values(DEFAULT_AGENCIES).onConflictDoNothing();
  });
}
