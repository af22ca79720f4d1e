/** The officer's feedback on a check (双反馈), and the audit list of checks still without it. */
import { badInput, forbidden, hasRole, notFound, pageSize, userError } from '@credit/kit';
import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import { maySeeCheck } from './access';
import type { CommitmentDeps } from './commitments';
import { checkPosition } from './cursor';
import { creditChecks, type CreditCheckRow } from './db/schema';
import type { RecordCheckFeedbackInput } from './generated/graphql';
import type { CheckPageView } from './views';

export async function recordCheckFeedback(deps: CommitmentDeps, input: RecordCheckFeedbackInput): Promise<CreditCheckRow> {
  const { db, loaders, caller, now } = deps;
  const check = await loaders.checkById.load(input.checkId);
  if (!check || !maySeeCheck(caller, check)) throw notFound(`No check ${input.checkId} of yours`);
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > 2000) throw badInput('`reason` is at most 2,000 characters', 'BAD_USER_INPUT', { field: 'reason' });
  if (!input.applied && !reason) {
    throw badInput('Say why the measures were not applied (`reason`): it goes to the audit', 'BAD_USER_INPUT', { field: 'reason' });
  }
  const [updated] = await db
    .update(creditChecks)
    .set({ feedbackApplied: input.applied, feedbackReason: reason, feedbackBy: caller.id, feedbackAt: now })
    .where(and(eq(creditChecks.id, check.id), isNull(creditChecks.feedbackAt)))
    .returning();
  if (!updated) throw userError('INVALID_TRANSITION', `Check ${check.id} already has its feedback`, { field: 'checkId' });
  return updated;
}

export const MAX_PAGE = 100;

export async function checksAwaitingFeedback(
  deps: CommitmentDeps,
  args: { department?: string | null; first: number; after?: string | null },
): Promise<CheckPageView> {
  const { db, caller } = deps;
  let department: string | null;
  if (hasRole(caller, 'CREDIT_CENTRE')) department = args.department ?? null;
  else if (hasRole(caller, 'DEPARTMENT')) {
    if (args.department && args.department !== caller.department) throw forbidden(`A department audits its own checks, not ${args.department}'s`);
    department = caller.department;
  } else throw forbidden('The audit of checks is for departments and the credit centre');
  pageSize(args.first, MAX_PAGE);
  const position = args.after ? checkPosition(args.after) : null;
  const rows = await db
    .select()
    .from(creditChecks)
    .where(
      and(
        isNull(creditChecks.feedbackAt),
        department ? eq(creditChecks.department, department) : undefined,
        position
          ? or(gt(creditChecks.checkedAt, position.checkedAt), and(eq(creditChecks.checkedAt, position.checkedAt), gt(creditChecks.id, position.id)))
          : undefined,
      ),
    )
    .orderBy(asc(creditChecks.checkedAt), asc(creditChecks.id))
    .limit(args.first + 1);
  return { rows: rows.slice(0, args.first), hasNextPage: rows.length > args.first };
}
