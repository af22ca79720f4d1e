import { and, asc, eq, gt } from 'drizzle-orm';
import { evaluations, inspectionItems } from '../db/schema';
import { decodeCursor, encodeCursor, isUuid, pageSize } from '@credit/kit';
import type { InspectionPlanResolvers } from '../generated/graphql';

/** The page cursor of a plan's items (the kit's cursors): the subject id of the last item returned. */
const itemCursor = (subjectId: string) => encodeCursor([subjectId]);
const itemPosition = (cursor: string): string => decodeCursor(cursor, ([id]) => (typeof id === 'string' && isUuid(id) ? id : null));

export const InspectionPlan: InspectionPlanResolvers = {
  strata: (plan, _args, { access }) => (access.government ? plan.strata : []),

  inspectors: (plan, _args, { access }) =>
    access.government ? plan.inspectors : plan.inspectors.map((inspector) => ({ id: inspector.id, conflicts: [] })),

  async items(plan, { first, after }, { db }) {
    pageSize(first, 500);
    const rows = (
      await db
        .select({ item: inspectionItems, kind: evaluations.kind })
        .from(inspectionItems)
        .leftJoin(evaluations, and(eq(evaluations.runId, plan.runId), eq(evaluations.subjectId, inspectionItems.subjectId)))
        .where(and(eq(inspectionItems.planId, plan.id), after ? gt(inspectionItems.subjectId, itemPosition(after)) : undefined))
        .orderBy(asc(inspectionItems.subjectId))
        .limit(first + 1)
    ).map((row) => ({ ...row.item, kind: row.kind }));
    const nodes = rows.slice(0, first);
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? itemCursor(nodes.at(-1)!.subjectId) : null } };
  },
};
