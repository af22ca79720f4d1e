import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows } from '@credit/db';
import { agencies, currentRun, evaluations, inspectionPlans, jointInspections, runs, type Grade } from '../db/schema';
import { badInput, departmentFilter, isUuid, notFound } from '@credit/kit';
import type { QueryResolvers } from '../generated/graphql';
import { PlanError, verifyPlan } from '../inspection/plans';
import { modelInForce, policyInForce, samplingInForce } from '../model/load';
import type { GradeGroupView } from '../views';

const range = (name: string, value: number, min: number, max: number) => {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`\`${name}\` must be between ${min} and ${max}, got ${value}`, 'BAD_USER_INPUT', { field: name });
};

export const Query: QueryResolvers = {
  evaluationModel: (_p, { version, on }, { db, loaders, today }) => (version ? loaders.model(version) : modelInForce(db, on ?? today)),

  combinationPolicy: (_p, { version, on }, { db, loaders, today }) => (version ? loaders.policy(version) : policyInForce(db, on ?? today)),

  samplingPolicies: (_p, { on }, { db, today }) => samplingInForce(db, on ?? today),

  creditAgencies: (_p, _a, { db }) => db.select().from(agencies).orderBy(agencies.code),

  async evaluationRun(_p, { id }, { db, access }) {
    access.assertCentre('Evaluation runs');
    if (!isUuid(id)) return null;
    const [run] = await db.select().from(runs).where(eq(runs.id, id));
    return run ?? null;
  },

  async evaluationRuns(_p, { first }, { db, access }) {
    access.assertCentre('Evaluation runs');
    range('first', first, 1, 50);
    return db.select().from(runs).orderBy(desc(runs.startedAt)).limit(first);
  },

  async gradeDistribution(_p, { groupBy }, { db, access }) {
    access.assertGovernment('The grade distribution');
    const column = groupBy === 'INDUSTRY' ? evaluations.industryCode : evaluations.regionCode;
    const rows = await queryRows<{ key: string | null; grade: Grade; count: number }>(
      db,
      sql`select ${column} as key, ${evaluations.grade} as grade, count(*)::int as count from ${evaluations}
          where ${evaluations.runId} = (select ${currentRun.runId} from ${currentRun} limit 1)
          group by 1, 2 order by 1 nulls last, 2`,
    );
    const groups = new Map<string | null, GradeGroupView>();
    for (const row of rows) {
      const group = groups.get(row.key) ?? { key: row.key, total: 0, grades: [] };
      group.total += row.count;
      group.grades.push({ grade: row.grade, count: row.count });
      groups.set(row.key, group);
    }
    return [...groups.values()];
  },

  async inspectionPlan(_p, { id }, { db }) {
    if (!isUuid(id)) return null;
    const [plan] = await db.select().from(inspectionPlans).where(eq(inspectionPlans.id, id));
    return plan ?? null;
  },

  async inspectionPlans(_p, { period, department, first }, { db }) {
    range('first', first, 1, 100);
    const only = departmentFilter(department);
    return db
      .select()
      .from(inspectionPlans)
      .where(and(period ? eq(inspectionPlans.period, period) : undefined, only ? eq(inspectionPlans.department, only) : undefined))
      .orderBy(desc(inspectionPlans.drawnAt))
      .limit(first);
  },

  async verifyInspectionPlan(_p, { id }, { db }) {
    if (!isUuid(id)) throw notFound(`no inspection plan ${id}`);
    try {
      return { planId: id, ...(await verifyPlan(db, id)) };
    } catch (error) {
      if (error instanceof PlanError && error.code === 'NOT_FOUND') throw notFound(error.message);
      throw error;
    }
  },

  async jointInspections(_p, { period, first }, { db }) {
    range('first', first, 1, 500);
    return db.select().from(jointInspections).where(eq(jointInspections.period, period)).orderBy(jointInspections.subjectId).limit(first);
  },
};
