import { and, asc, eq, gt } from 'drizzle-orm';
import { evaluations, inspectionItems } from '../db/schema';
import { badInput } from '@credit/kit';
import type { InspectionPlanResolvers } from '../generated/graphql';
import { isUuid } from '../loaders';

const encode = (subjectId: string) => Buffer.from(subjectId).toString('base64url');
function decode(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!isUuid(id)) throw badInput('`after` is not a cursor returned by this list', 'BAD_USER_INPUT', { field: 'after' });
  return id;
}

export const InspectionPlan: InspectionPlanResolvers = {
  strata: (plan, _args, { access }) => (access.government ? plan.strata : []),

  inspectors: (plan, _args, { access }) =>
    access.government ? plan.inspectors : plan.inspectors.map((inspector) => ({ id: inspector.id, conflicts: [] })),

  async items(plan, { first, after }, { db }) {
    if (first < 1 || first > 500) throw badInput(`\`first\` must be between 1 and 500, got ${first}`, 'BAD_USER_INPUT', { field: 'first' });
    const rows = (
      await db
        .select({ item: inspectionItems, kind: evaluations.kind })
        .from(inspectionItems)
        .leftJoin(evaluations, and(eq(evaluations.runId, plan.runId), eq(evaluations.subjectId, inspectionItems.subjectId)))
        .where(and(eq(inspectionItems.planId, plan.id), after ? gt(inspectionItems.subjectId, decode(after)) : undefined))
        .orderBy(asc(inspectionItems.subjectId))
        .limit(first + 1)
    ).map((row) => ({ ...row.item, kind: row.kind }));
    const nodes = rows.slice(0, first);
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encode(nodes.at(-1)!.subjectId) : null } };
  },
};
