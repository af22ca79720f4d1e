/** Credit repair (信用修复) of penalty publicity: 谁认定、谁修复. */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { badInput, forbidden, isSubjectId as isUuid, notFound } from '@credit/kit';
import { declaredConditions, type DeclarationWording } from '@credit/repair';
import type { Context } from './context';
import { fieldError } from './inputErrors';
import { repairApplications, type CreditRecordRow, type RepairApplicationRow } from './db/schema';
import type { RepairApplicationInput, RepairConditionCode, RepairDecision } from './generated/graphql';
import { publicityStatus } from './publicity';
import { reviseRecord } from './revise';

export interface RepairCondition {
  condition: RepairConditionCode;
  met: boolean;
  explanation: string;
}

const DECLARATION_WORDING: DeclarationWording = {
  OBLIGATIONS_FULFILLED: ['Obligations fulfilled (fines paid, orders complied with)', 'The legal obligations of the decision must be fulfilled first'],
  CONDUCT_CORRECTED: ['The conduct has been corrected', 'The conduct must be corrected first'],
  COMMITMENT_MADE: ['A public credit commitment has been made', 'A public credit commitment (信用承诺) is required'],
};

export function repairConditions(record: CreditRecordRow, input: RepairApplicationInput, today: string): RepairCondition[] {
  const status = publicityStatus(record, today);
  return [
    {
      condition: 'PUBLISHED',
      met: record.category === 'ADMINISTRATIVE_PENALTY' && status === 'PUBLISHED',
      explanation:
        record.category !== 'ADMINISTRATIVE_PENALTY'
          ? 'Repair ends the publication of administrative penalties; this record is not one'
          : status === 'PUBLISHED'
            ? 'The penalty is being published'
            : `The penalty is not being published (${status}), so there is nothing to end`,
    },
    {
      condition: 'CAN_END_EARLY',
      met: record.earliestRepairDate !== null,
      explanation:
        record.earliestRepairDate !== null
          ? `Under ${record.ruleSet} this penalty's publication may end early`
          : `Under ${record.ruleSet ?? 'the rules'} publication of this penalty (${record.penaltyCategories.join(', ')}) cannot be ended early`,
    },
    {
      condition: 'MINIMUM_PERIOD',
      met: record.earliestRepairDate !== null && today >= record.earliestRepairDate,
      explanation: record.earliestRepairDate
        ? today >= record.earliestRepairDate
          ? `The minimum publicity period ended on ${record.earliestRepairDate}`
          : `The minimum publicity period runs until ${record.earliestRepairDate}; apply from that day`
        : 'There is no minimum period after which repair is possible',
    },
    ...declaredConditions(input, DECLARATION_WORDING),
  ];
}

export async function applyForRepair(context: Context, input: RepairApplicationInput) {
  const { access, caller, db, loaders } = context;
  access.assertMayApply('apply for credit repair');
  if ((input.statement?.length ?? 0) > 2000) throw fieldError('VALUE_TOO_LONG', 'statement is longer than 2000 characters', 'statement');
  const record = await loaders.recordById.load(input.recordId);
  if (!record) throw notFound(`No record ${String(input.recordId).slice(0, 64)}`);
  access.assertMayApply('apply for credit repair', record.subjectId);
  const conditions = repairConditions(record, input, context.today);
  const pending = await db
    .select({ id: repairApplications.id })
    .from(repairApplications)
    .where(and(eq(repairApplications.recordId, record.id), inArray(repairApplications.status, ['SUBMITTED', 'ACCEPTED'])));
  conditions.push({
    condition: 'NO_PENDING_APPLICATION',
    met: pending.length === 0,
    explanation: pending.length === 0 ? 'No other application is being handled' : 'An application for this record is already being handled',
  });
  access.about(record.subjectId);
  if (!conditions.every((c) => c.met)) return { accepted: false, conditions, application: null };
  const [application] = await db
    .insert(repairApplications)
    .values({
      id: randomUUID(),
      recordId: record.id,
      applicant: caller.id,
      statement: input.statement?.trim() || null,
      conditions,
      status: 'SUBMITTED',
      submittedAt: context.now,
    })
    .returning();
  return { accepted: true, conditions, application: application! };
}

const NEXT: Record<RepairDecision, { from: RepairApplicationRow['status'][]; to: RepairApplicationRow['status'] }> = {
  ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED' },
  CONFIRM: { from: ['ACCEPTED'], to: 'CONFIRMED' },
  REJECT: { from: ['SUBMITTED', 'ACCEPTED'], to: 'REJECTED' },
};

export async function reviewRepair(context: Context, id: string, decision: RepairDecision, note: string | null): Promise<RepairApplicationRow> {
  const { access, caller, db, loaders } = context;
  if ((note?.length ?? 0) > 2000) throw fieldError('VALUE_TOO_LONG', 'note is longer than 2000 characters', 'note');
  const [application] = isUuid(id) ? await db.select().from(repairApplications).where(eq(repairApplications.id, id.toLowerCase())) : [];
  if (!application) throw notFound(`No repair application ${id}`);
  const record = await loaders.recordById.load(application.recordId);
  if (!record || !access.mayManage(record.sourceDepartment)) {
    throw forbidden(`Only the department that decided the record (${record?.sourceDepartment ?? 'unknown'}) reviews its repair`);
  }
  const step = NEXT[decision];
  if (!step.from.includes(application.status)) {
    throw badInput(`Cannot ${decision.toLowerCase()} an application that is ${application.status}`, 'INVALID_TRANSITION');
  }
  if (decision === 'REJECT' && !note?.trim()) throw badInput('A rejection needs a note saying why');
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(repairApplications)
      .set({ status: step.to, decidedBy: caller.id, decidedAt: context.now, note: note?.trim() || null })
      .where(and(eq(repairApplications.id, id), eq(repairApplications.status, application.status)))
      .returning();
    if (!updated) throw badInput('The application changed meanwhile; reload it', 'INVALID_TRANSITION');
    if (step.to === 'CONFIRMED') {
      await reviseRecord(tx, record.id, {
        change: 'REPAIRED',
        by: caller.id,
        at: context.now,
        reason: note?.trim() || 'credit repair confirmed',
        set: { status: 'REPAIRED', publishUntil: context.today },
      });
    }
    access.about(record.subjectId);
    return updated;
  });
}
