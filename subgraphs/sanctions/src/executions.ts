/** 双反馈: implementing departments report whether they applied a pushed measure; the rest is audited. */
import { and, asc, eq, lte, type SQL } from 'drizzle-orm';
import { hasRole } from './access';
import type { Context } from './context';
import { measureExecutions, type MeasureExecutionRow } from './db/schema';
import type { MeasureMatter } from './catalogue';
import { badInput, forbidden, isUuid, notFound, userError } from '@credit/kit';

export interface ExecutionInput {
  listingId: string;
  measureCode: string;
  applied: boolean;
  matter?: MeasureMatter | null;
  caseReference?: string | null;
  note?: string | null;
}

export async function recordMeasureExecution(ctx: Context, input: ExecutionInput): Promise<MeasureExecutionRow> {
  if (!hasRole(ctx.caller, 'DEPARTMENT', 'CREDIT_CENTRE') || !ctx.caller.department) {
    throw forbidden('Implementing departments report measure executions');
  }
  const note = input.note?.trim() || null;
  if (!input.applied && !note) throw badInput('note: say why the measure was not applied', 'BAD_USER_INPUT', { field: 'note' });
  if (!isUuid(input.listingId)) throw notFound(`No listing ${input.listingId}`);
  const measure = ctx.catalogue.measure(input.measureCode);
  if (!measure) throw notFound(`No measure ${input.measureCode}`);
  const key = and(
    eq(measureExecutions.listingId, input.listingId.toLowerCase()),
    eq(measureExecutions.measureCode, measure.code),
    eq(measureExecutions.department, ctx.caller.department),
  );
  const [found] = await ctx.db.select().from(measureExecutions).where(key);
  if (!found) throw notFound(`Measure ${measure.code} was not pushed to ${ctx.caller.department} for listing ${input.listingId}`);
  if (found.status !== 'PENDING') throw userError('INVALID_TRANSITION', `Already answered: ${found.status}`);
  const [updated] = await ctx.db
    .update(measureExecutions)
    .set({
      status: input.applied ? 'APPLIED' : 'NOT_APPLIED',
      matter: input.matter ?? null,
      caseReference: input.caseReference ?? null,
      note,
      reportedBy: ctx.caller.id,
      reportedAt: ctx.now,
    })
    .where(and(key, eq(measureExecutions.status, 'PENDING')))
    .returning();
  if (!updated) throw userError('INVALID_TRANSITION', 'Answered meanwhile by someone else');
  return updated;
}

export async function unansweredExecutions(
  ctx: Context,
  options: { department?: string | null; olderThanDays: number; first: number },
): Promise<MeasureExecutionRow[]> {
  let department: string | null = options.department ?? null;
  if (!ctx.access.centre) {
    if (!hasRole(ctx.caller, 'DEPARTMENT') || !ctx.caller.department) throw forbidden('The 双反馈 audit is for departments and the credit centre');
    if (department && department !== ctx.caller.department) throw forbidden('A department audits its own feedback');
    department = ctx.caller.department;
  }
  ctx.access.assertPurpose();
  const first = Math.min(Math.max(options.first, 1), 1000);
  const cutoff = new Date(ctx.now.getTime() - Math.max(options.olderThanDays, 0) * 86_400_000);
  const conditions: SQL[] = [eq(measureExecutions.status, 'PENDING'), lte(measureExecutions.pushedAt, cutoff)];
  if (department) conditions.push(eq(measureExecutions.department, department));
  return ctx.db
    .select()
    .from(measureExecutions)
    .where(and(...conditions))
    .orderBy(asc(measureExecutions.pushedAt), asc(measureExecutions.id))
    .limit(first);
}
