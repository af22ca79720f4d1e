/**
 * Listing repair (信用修复): the subject applies; the conditions are checked and explained; the
 * determining department accepts, reviews, then confirms or rejects. A confirmed repair removes
 * the listing and lifts its measures in the same transaction (谁认定、谁修复).
 */
import { declaredConditions, type DeclarationWording } from '@credit/repair';
import { and, eq, inArray } from 'drizzle-orm';
import { isInForce } from './access';
import type { Context } from './context';
import { addMonths } from '@credit/calendar';
import { listings, repairApplications, type ListingRow, type RepairApplicationRow, type RepairConditionResult } from './db/schema';
import { badInput, forbidden, isUuid, notFound, userError } from '@credit/kit';
import { recordEvent } from './events';
import { endListing } from './lifecycle';

export interface RepairInput {
  listingId: string;
  obligationsFulfilled: boolean;
  conductCorrected: boolean;
  commitmentMade: boolean;
  statement?: string | null;
}

const OPEN_STATUSES: RepairApplicationRow['status'][] = ['SUBMITTED', 'ACCEPTED', 'REVIEWED'];

const DECLARATION_WORDING: DeclarationWording = {
  OBLIGATIONS_FULFILLED: ['Stated: fines paid and decisions complied with', 'Fulfil the legal obligations first (pay fines, comply with decisions and judgments)'],
  CONDUCT_CORRECTED: ['Stated: the conduct has been corrected', 'Correct the conduct that led to the listing first'],
  COMMITMENT_MADE: ['A public credit commitment (信用承诺) has been made', 'Make a public credit commitment (信用承诺) first'],
};

export function repairConditions(ctx: Pick<Context, 'today' | 'catalogue'>, row: ListingRow, input: RepairInput, openApplication: boolean): RepairConditionResult[] {
  const list = ctx.catalogue.list(row.listType);
  const earliest = row.listedFrom ? addMonths(row.listedFrom, list.minimumMonths) : null;
  const active = isInForce(row, ctx.today);
  return [
    {
      condition: 'ACTIVE_LISTING',
      met: active && row.listType !== 'RED_LIST',
      explanation:
        row.listType === 'RED_LIST' ? 'A red-list listing is an incentive: there is nothing to repair'
        : active ? `The listing is in force until ${row.listedUntil}`
        : `The listing is ${row.status.toLowerCase()} and not in force: there is nothing to repair`,
    },
    {
      condition: 'MINIMUM_PERIOD',
      met: earliest !== null && earliest <= ctx.today,
      explanation: earliest
        ? earliest <= ctx.today
          ? `The minimum period of ${list.minimumMonths} months ended on ${earliest}`
          : `A repair may be applied for from ${earliest} (${list.minimumMonths} months after listing)`
        : 'The listing has not taken effect',
    },
    ...declaredConditions(input, DECLARATION_WORDING),
    {
      condition: 'NO_OPEN_APPLICATION',
      met: !openApplication,
      explanation: openApplication ? 'An application for this listing is already being handled' : 'No other application is being handled',
    },
  ];
}

export async function applyForRepair(
  ctx: Context,
  input: RepairInput,
): Promise<{ accepted: boolean; conditions: RepairConditionResult[]; application: RepairApplicationRow | null }> {
  if (!isUuid(input.listingId)) throw notFound(`No listing ${input.listingId}`);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(listings).where(eq(listings.id, input.listingId.toLowerCase())).for('update');
    if (!row || !(ctx.access.government || ctx.access.isOwnSubject(row.subjectId))) throw notFound(`No listing ${input.listingId}`);
    if (!ctx.access.isOwnSubject(row.subjectId) && !ctx.access.centre) {
      throw forbidden('The listed subject applies for its own repair (or the credit centre on its behalf)');
    }
    const [open] = await tx
      .select({ id: repairApplications.id })
      .from(repairApplications)
      .where(and(eq(repairApplications.listingId, row.id), inArray(repairApplications.status, OPEN_STATUSES)));
    const conditions = repairConditions(ctx, row, input, !!open);
    if (!conditions.every((c) => c.met)) return { accepted: false, conditions, application: null };
    const [application] = await tx
      .insert(repairApplications)
      .values({ listingId: row.id, applicant: ctx.caller.id, statement: input.statement ?? null, conditions, submittedAt: ctx.now })
      .returning();
    await recordEvent(tx, ctx, { listingId: row.id, kind: 'REPAIR_APPLIED', from: row.status, to: row.status, reason: input.statement ?? null });
    return { accepted: true, conditions, application: application! };
  });
}

const NEXT: Record<'ACCEPT' | 'REVIEW' | 'CONFIRM' | 'REJECT', { from: RepairApplicationRow['status'][]; to: RepairApplicationRow['status'] }> = {
  ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED' },
  REVIEW: { from: ['ACCEPTED'], to: 'REVIEWED' },
  CONFIRM: { from: ['REVIEWED'], to: 'CONFIRMED' },
  REJECT: { from: OPEN_STATUSES, to: 'REJECTED' },
};

export async function reviewRepair(
  ctx: Context,
  input: { applicationId: string; decision: 'ACCEPT' | 'REVIEW' | 'CONFIRM' | 'REJECT'; note?: string | null },
): Promise<{ application: RepairApplicationRow; listing: ListingRow }> {
  if (!isUuid(input.applicationId)) throw notFound(`No repair application ${input.applicationId}`);
  const note = input.note?.trim() || null;
  if (input.decision === 'REJECT' && !note) throw badInput('note: say why the application is rejected', 'BAD_USER_INPUT', { field: 'note' });
  return ctx.db.transaction(async (tx) => {
    const [application] = await tx.select().from(repairApplications).where(eq(repairApplications.id, input.applicationId.toLowerCase())).for('update');
    if (!application) throw notFound(`No repair application ${input.applicationId}`);
    const [row] = await tx.select().from(listings).where(eq(listings.id, application.listingId)).for('update');
    if (!row) throw notFound(`No repair application ${input.applicationId}`);
    ctx.access.assertManage(row, 'decide repair applications for this listing');
    const step = NEXT[input.decision];
    if (!step.from.includes(application.status)) {
      throw userError('INVALID_TRANSITION', `A ${application.status.toLowerCase()} application cannot be given ${input.decision} (expected ${step.from.join(' or ')})`);
    }
    const [updated] = await tx
      .update(repairApplications)
      .set({ status: step.to, decidedBy: ctx.caller.id, decidedAt: ctx.now, note: note ?? application.note })
      .where(eq(repairApplications.id, application.id))
      .returning();
    await recordEvent(tx, ctx, { listingId: row.id, kind: `REPAIR_${step.to}`, from: row.status, to: row.status, reason: note });
    let listing = row;
    if (input.decision === 'CONFIRM') {
      if (row.status !== 'ACTIVE') throw userError('INVALID_TRANSITION', `The listing is ${row.status}: nothing to repair`);
      listing = await endListing(tx, ctx, row, 'REPAIRED', note ?? 'credit repair confirmed');
    }
    return { application: updated!, listing };
  });
}
