/** Objections (异议): filed by the subject, a department on its behalf or the credit centre; resolved by the record's source department. */
import { randomUUID } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { badInput, forbidden, isSubjectId as isUuid, notFound } from '@credit/kit';
import { OBJECTION_WORKING_DAYS } from './calendar';
import type { Context } from './context';
import { fieldError } from './inputErrors';
import { creditRecords, objections, type CreditRecordRow, type ObjectionRow } from './db/schema';
import type { ObjectionOutcome, RecordCorrectionInput } from './generated/graphql';
import { decidePublicity, type Tier } from './publicity';
import { reviseRecord } from './revise';

const MAX_REASON = 2000;
const MAX_EVIDENCE = 5000;
const MAX_NOTE = 2000;

export async function fileObjection(context: Context, recordId: string, reason: string, evidence: string | null): Promise<ObjectionRow> {
  const { access, caller, db, loaders } = context;
  access.assertMayApply('file an objection');
  if (!reason.trim()) throw fieldError('MISSING_FIELD', 'An objection needs a reason', 'reason');
  if (reason.length > MAX_REASON) throw fieldError('VALUE_TOO_LONG', `reason is longer than ${MAX_REASON} characters`, 'reason');
  if ((evidence?.length ?? 0) > MAX_EVIDENCE) throw fieldError('VALUE_TOO_LONG', `evidence is longer than ${MAX_EVIDENCE} characters`, 'evidence');
  const record = await loaders.recordById.load(recordId);
  if (!record) throw notFound(`No record ${String(recordId).slice(0, 64)}`);
  access.assertMayApply('file an objection', record.subjectId);
  const calendar = await loaders.calendar();
  const objection = {
    id: randomUUID(),
    recordId: record.id,
    filedBy: caller.id,
    reason: reason.trim(),
    evidence: evidence?.trim() || null,
    filedAt: context.now,
    dueDate: calendar.addWorkingDays(context.today, OBJECTION_WORKING_DAYS).date,
    status: 'OPEN' as const,
  };
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(objections).values(objection).returning();
    await tx.update(creditRecords).set({ underObjection: true }).where(eq(creditRecords.id, record.id));
    access.about(record.subjectId);
    return row!;
  });
}

function corrected(record: CreditRecordRow, correction: RecordCorrectionInput, context: Context, rules: Parameters<typeof decidePublicity>[0]) {
  const set = {
    facts: correction.facts ?? record.facts,
    penaltyCategories: correction.penaltyCategories ?? record.penaltyCategories,
    penaltyContent: correction.penaltyContent ?? record.penaltyContent,
    fineAmount: correction.fineAmount ?? record.fineAmount,
    confiscatedAmount: correction.confiscatedAmount ?? record.confiscatedAmount,
    validTo: correction.validTo ?? record.validTo,
    remarks: correction.remarks ?? record.remarks,
  };
  const publicity = decidePublicity(rules, {
    category: record.category,
    disclosure: record.disclosure,
    penaltyCategories: set.penaltyCategories,
    fineAmount: set.fineAmount,
    confiscatedAmount: set.confiscatedAmount,
    statedTier: (correction.severityTier as Tier | null | undefined) ?? null,
    decisionDate: record.decisionDate,
    validTo: set.validTo,
    publishedOn: record.publishedOn ?? context.today,
  });
  return {
    ...set,
    status: 'CORRECTED' as const,
    severityTier: publicity.tier,
    ruleSet: publicity.ruleSet,
    publishFrom: publicity.publishFrom,
    publishUntil: publicity.publishUntil,
    earliestRepairDate: publicity.earliestRepairDate,
  };
}

export async function resolveObjection(
  context: Context,
  id: string,
  outcome: ObjectionOutcome,
  note: string,
  correction: RecordCorrectionInput | null,
): Promise<ObjectionRow> {
  const { access, caller, db, loaders } = context;
  access.assertMayAct('Only the source department resolves objections');
  if (note.length > MAX_NOTE) throw fieldError('VALUE_TOO_LONG', `note is longer than ${MAX_NOTE} characters`, 'note');
  const [objection] = isUuid(id) ? await db.select().from(objections).where(eq(objections.id, id.toLowerCase())) : [];
  if (!objection) throw notFound(`No objection ${String(id).slice(0, 64)}`);
  const record = await loaders.recordById.load(objection.recordId);
  if (!record) throw notFound(`No record ${objection.recordId}`);
  if (!access.mayManage(record.sourceDepartment)) {
    throw forbidden(`Only ${record.sourceDepartment}, which decided the record, resolves objections to it`);
  }
  if (objection.status !== 'OPEN') throw badInput(`The objection was already resolved (${objection.status})`, 'OBJECTION_CLOSED');
  if (!note.trim()) throw badInput('Resolving an objection needs a note saying why');
  if (outcome === 'CORRECTED' && !correction) throw badInput('A correction needs the corrected fields (`correction`)');
  const rules = await loaders.rules();

  return db.transaction(async (tx) => {
    const [resolved] = await tx
      .update(objections)
      .set({ status: outcome, resolvedBy: caller.id, resolvedAt: context.now, note: note.trim() })
      .where(and(eq(objections.id, id), eq(objections.status, 'OPEN')))
      .returning();
    if (!resolved) throw badInput('The objection was resolved meanwhile', 'OBJECTION_CLOSED');
    const stillOpen = await tx
      .select({ id: objections.id })
      .from(objections)
      .where(and(eq(objections.recordId, record.id), eq(objections.status, 'OPEN')));
    const underObjection = stillOpen.length > 0;
    const meta = { by: caller.id, at: context.now, reason: note.trim() };
    if (outcome === 'CORRECTED' && correction) {
      await reviseRecord(tx, record.id, { ...meta, change: 'OBJECTION_CORRECTED', set: { ...corrected(record, correction, context, rules), underObjection } });
    } else if (outcome === 'REVOKED') {
      await reviseRecord(tx, record.id, { ...meta, change: 'OBJECTION_REVOKED', set: { status: 'REVOKED', underObjection } });
    } else {
      await tx.update(creditRecords).set({ underObjection }).where(eq(creditRecords.id, record.id));
    }
    access.about(record.subjectId);
    return resolved;
  });
}

/** Open objections past their due date: a department's own, or all for the credit centre and analysts. */
export async function overdueObjections(context: Context): Promise<ObjectionRow[]> {
  const { access, db } = context;
  access.assertInternal('Overdue objections');
  const department = access.departmentScope(null);
  const own = department === null ? undefined : eq(creditRecords.sourceDepartment, department);
  const rows = await db
    .select({ objection: objections, subjectId: creditRecords.subjectId })
    .from(objections)
    .innerJoin(creditRecords, eq(creditRecords.id, objections.recordId))
    // Only objections to records the caller may read (an AUTHORISED item's objections stay with it).
    .where(and(eq(objections.status, 'OPEN'), lt(objections.dueDate, context.today), own, access.visibility(context.today)))
    .orderBy(objections.dueDate);
  for (const row of rows) access.about(row.subjectId);
  return rows.map((r) => r.objection);
}
