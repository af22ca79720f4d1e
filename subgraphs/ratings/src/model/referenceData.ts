import { insertMissing, shipped } from '@credit/kit';
import type { RatingsDb } from '../db';
import { agencies, combinationPolicies, modelIndicators, modelRules, models, samplingPolicies } from '../db/schema';
import { DEFAULT_AGENCIES, DEFAULT_INDICATORS, DEFAULT_MODEL, DEFAULT_POLICY, DEFAULT_RULES, DEFAULT_SAMPLING } from './defaults';

/** The default model, policies and agency registry the subgraph ships with. */
export const REFERENCE_DATA = [
  shipped(models, DEFAULT_MODEL),
  shipped(modelIndicators, DEFAULT_INDICATORS),
  shipped(modelRules, DEFAULT_RULES),
  shipped(combinationPolicies, DEFAULT_POLICY),
  shipped(samplingPolicies, DEFAULT_SAMPLING),
  shipped(agencies, DEFAULT_AGENCIES),
];

/** Inserts the shipped rows where missing (seeds and tests; the server's start does it through `defineSubgraph`); never changes existing rows. */
export async function ensureReferenceData(db: RatingsDb): Promise<void> {
  await insertMissing(db, REFERENCE_DATA);
}
