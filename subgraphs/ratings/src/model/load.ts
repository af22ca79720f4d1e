import { and, asc, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { RatingsDb } from '../db';
import {
  combinationPolicies,
  modelIndicators,
  modelRules,
  models,
  samplingPolicies,
  type IndicatorRow,
  type ModelRow,
  type PolicyRow,
  type RuleRow,
  type SamplingPolicyRow,
} from '../db/schema';

/** A model version with its indicators (in position order) and overriding rules. */
export interface Model {
  model: ModelRow;
  indicators: IndicatorRow[];
  rules: RuleRow[];
}


function inForce(table: typeof models | typeof combinationPolicies | typeof samplingPolicies, on: string) {
  return and(lte(table.effectiveFrom, on), or(isNull(table.effectiveTo), gte(table.effectiveTo, on)));
}

export async function modelByVersion(db: RatingsDb, version: string): Promise<Model | null> {
  const [model] = await db.select().from(models).where(eq(models.version, version));
  if (!model) return null;
  const indicators = await db.select().from(modelIndicators).where(eq(modelIndicators.modelVersion, version)).orderBy(asc(modelIndicators.position));
  const rules = await db.select().from(modelRules).where(eq(modelRules.modelVersion, version)).orderBy(asc(modelRules.code));
  return { model, indicators, rules };
}

/** The model in force on `on` (the latest effective one when several overlap). */
export async function modelInForce(db: RatingsDb, on: string): Promise<Model | null> {
  const [row] = await db.select({ version: models.version }).from(models).where(inForce(models, on)).orderBy(desc(models.effectiveFrom)).limit(1);
  return row ? modelByVersion(db, row.version) : null;
}

export async function policyInForce(db: RatingsDb, on: string): Promise<PolicyRow | null> {
  const [row] = await db
    .select()
    .from(combinationPolicies)
    .where(inForce(combinationPolicies, on))
    .orderBy(desc(combinationPolicies.effectiveFrom))
    .limit(1);
  return row ?? null;
}

export async function policyByVersion(db: RatingsDb, version: string): Promise<PolicyRow | null> {
  const [row] = await db.select().from(combinationPolicies).where(eq(combinationPolicies.version, version));
  return row ?? null;
}

/** The sampling policy version in force on `on`: one row per grade. */
export async function samplingInForce(db: RatingsDb, on: string): Promise<SamplingPolicyRow[]> {
  const [latest] = await db
    .select({ version: samplingPolicies.version })
    .from(samplingPolicies)
    .where(inForce(samplingPolicies, on))
    .orderBy(desc(samplingPolicies.effectiveFrom))
    .limit(1);
  return latest ? samplingByVersion(db, latest.version) : [];
}

export function samplingByVersion(db: RatingsDb, version: string): Promise<SamplingPolicyRow[]> {
  return db.select().from(samplingPolicies).where(eq(samplingPolicies.version, version)).orderBy(asc(samplingPolicies.grade));
}
