import { eq } from 'drizzle-orm';
import { agencies, inspectionPlans } from '../db/schema';
import { badInput, forbidden, isUuid, notFound, userError } from '@credit/kit';
import { EvaluationSetupError } from '../evaluation/run';
import type { MutationResolvers } from '../generated/graphql';
import { MAX_INSPECTORS_PER_SUBJECT } from '../inspection/draw';
import { PlanError, drawPlan, mergeJointInspections, recordResults } from '../inspection/plans';
import { MAX_RATINGS, submitIndustry, submitMarket } from '../submissions';

const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
const MAX_POOL = 5000;
const MAX_RESULTS = 1000;

function tally<T extends { error: unknown }>(results: T[]) {
  const rejected = results.filter((r) => r.error).length;
  return { accepted: results.length - rejected, rejected, results };
}

export const Mutation: MutationResolvers = {
  async runEvaluation(_p, { input }, { access, evaluator, today, caller }) {
    access.assertCentre('Running an evaluation');
    const asOf = input.asOf ?? today;
    if (asOf > today) throw badInput(`\`asOf\` ${asOf} is in the future`, 'BAD_USER_INPUT', { field: 'asOf' });
    try {
      return await evaluator.start(asOf, caller.id);
    } catch (error) {
      if (error instanceof EvaluationSetupError) throw userError('NO_MODEL_IN_FORCE', error.message, { field: 'asOf' });
      throw error;
    }
  },

  async submitIndustryRatings(_p, { input }, { db, access, caller, now }) {
    const department = access.actingDepartment(input.department, 'Submitting industry ratings');
    if (input.ratings.length > MAX_RATINGS) throw badInput(`at most ${MAX_RATINGS} ratings a call, got ${input.ratings.length}`, 'BAD_USER_INPUT', { field: 'ratings' });
    return tally(await submitIndustry(db, department, input.ratings, caller.id, now));
  },

  async submitMarketRatings(_p, { input }, { db, caller, now }) {
    if (!caller.department || !caller.roles.includes('AGENCY')) {
      throw userError('UNKNOWN_AGENCY', 'Market ratings come from registered credit service agencies: use the agency\'s token (role AGENCY, its registry code as `dept`).');
    }
    const [agency] = await db.select().from(agencies).where(eq(agencies.code, caller.department));
    if (!agency) throw userError('UNKNOWN_AGENCY', `\`${caller.department}\` is not a registered credit service agency`);
    if (agency.status !== 'ACTIVE') throw userError('AGENCY_NOT_ACTIVE', `agency ${agency.code} is ${agency.status.toLowerCase()}: it may not submit ratings`);
    if (input.ratings.length > MAX_RATINGS) throw badInput(`at most ${MAX_RATINGS} ratings a call, got ${input.ratings.length}`, 'BAD_USER_INPUT', { field: 'ratings' });
    return tally(await submitMarket(db, agency.code, input.ratings, caller.id, now));
  },

  async drawInspectionPlan(_p, { input }, { db, access, caller, now }) {
    const department = access.actingDepartment(input.department, 'Drawing an inspection plan');
    if (!PERIOD.test(input.period)) throw badInput('`period` is `YYYY`, `YYYY-Qn` or `YYYY-MM`', 'BAD_USER_INPUT', { field: 'period' });
    const seed = input.seed;
    if (seed.length < 8 || seed.length > 200) throw badInput('`seed` must be 8 to 200 characters, published before the draw', 'BAD_USER_INPUT', { field: 'seed' });
    const perSubject = input.inspectorsPerSubject ?? 2;
    if (!Number.isInteger(perSubject) || perSubject < 2 || perSubject > MAX_INSPECTORS_PER_SUBJECT) {
      throw badInput(`\`inspectorsPerSubject\` must be 2 to ${MAX_INSPECTORS_PER_SUBJECT}`, 'BAD_USER_INPUT', { field: 'inspectorsPerSubject' });
    }
    const pool = input.inspectorPool.map((inspector) => ({ id: inspector.id.trim(), conflicts: [...new Set(inspector.conflicts ?? [])] }));
    if (pool.length < perSubject || pool.length > MAX_POOL) throw badInput(`the pool needs ${perSubject} to ${MAX_POOL} inspectors`, 'BAD_USER_INPUT', { field: 'inspectorPool' });
    if (pool.some((inspector) => !inspector.id || inspector.id.length > 64)) throw badInput('inspector ids are 1 to 64 characters', 'BAD_USER_INPUT', { field: 'inspectorPool' });
    if (new Set(pool.map((inspector) => inspector.id)).size !== pool.length) throw badInput('an inspector appears twice in the pool', 'BAD_USER_INPUT', { field: 'inspectorPool' });
    if (pool.some((inspector) => inspector.conflicts.some((id) => !isUuid(id)))) throw badInput('conflicts name subject ids', 'BAD_USER_INPUT', { field: 'inspectorPool' });
    const scope = {
      industryPrefix: input.scope?.industryPrefix?.trim() || null,
      regionPrefix: input.scope?.regionPrefix?.trim() || null,
      kinds: input.scope?.kinds?.length ? input.scope.kinds : null,
    };
    try {
      const { plan, result } = await drawPlan(db, { department, period: input.period, scope, inspectors: pool, inspectorsPerSubject: perSubject, seed, drawnBy: caller.id, now });
      return { plan, shortfalls: result.shortfalls };
    } catch (error) {
      if (error instanceof PlanError && error.code !== 'NOT_FOUND') throw userError(error.code, error.message);
      throw error;
    }
  },

  async mergeJointInspections(_p, { input }, { db, access, now }) {
    access.assertCentre('Merging joint inspections');
    if (!PERIOD.test(input.period)) throw badInput('`period` is `YYYY`, `YYYY-Qn` or `YYYY-MM`', 'BAD_USER_INPUT', { field: 'period' });
    return { created: await mergeJointInspections(db, input.period, now) };
  },

  async recordInspectionResults(_p, { input }, { db, access, caller }) {
    if (!isUuid(input.planId)) throw notFound(`no inspection plan ${input.planId}`);
    const [plan] = await db.select().from(inspectionPlans).where(eq(inspectionPlans.id, input.planId));
    if (!plan) throw notFound(`no inspection plan ${input.planId}`);
    if (!access.centre && access.actingDepartment(null, 'Recording inspection results') !== plan.department) {
      throw forbidden(`only ${plan.department} (or the credit centre) records results of its plan`);
    }
    if (input.results.length > MAX_RESULTS) throw badInput(`at most ${MAX_RESULTS} results a call`, 'BAD_USER_INPUT', { field: 'results' });
    for (const result of input.results) {
      if (!isUuid(result.subjectId)) throw badInput(`\`${result.subjectId}\` is not a subject id`, 'BAD_USER_INPUT', { field: 'results' });
      if (result.findings.length > 2000) throw badInput('findings are at most 2000 characters', 'BAD_USER_INPUT', { field: 'results' });
    }
    const notInPlan = await recordResults(db, plan.id, input.results, caller.id);
    return { recorded: input.results.length - notInPlan.length, notInPlan };
  },
};
