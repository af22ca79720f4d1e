/**
 * The listing lifecycle: propose (notice and objection window), objections, activate, a
 * rectification deadline, interviews, removal. Only the determining department or the credit
 * centre changes a listing (谁认定、谁负责); every change is an event with who, when and why.
 */
import { classifyCode } from '@credit/identifiers';
import { badInput, departmentInput, forbidden, isSubjectId, isUuid, notFound, userError } from '@credit/kit';
import { and, eq, sql } from 'drizzle-orm';
import { hasRole } from './access';
import type { Context } from './context';
import { addDays, addMonths, isDate } from '@credit/calendar';
import { interviews, listingObjections, listings, type InterviewRow, type ListingObjectionRow, type ListingRow, type ListType, type RemovalReason } from './db/schema';
import { liftMeasures, pushMeasures, recordEvent, type Tx } from './events';

export interface ProposeInput {
  subjectId: string;
  subjectCode: string;
  listType: ListType;
  reasons: string;
  basisRecordIds?: readonly string[] | null;
  basisDocuments?: readonly string[] | null;
  department?: string | null;
}

/** The subject's code, validated: a 统一社会信用代码 or a 公民身份号码, and which kind of subject. */
export function subjectCodeOf(raw: string, field = 'subjectCode'): { code: string; category: ListingRow['subjectCategory'] } {
  const checked = classifyCode(raw);
  if (!checked.ok) throw userError(checked.type === 'ID_NUMBER' ? 'INVALID_ID_NUMBER' : 'INVALID_CREDIT_CODE', `${raw} is not a valid code: ${checked.problem}`, { field: field });
  return { code: checked.code, category: checked.type === 'ID_NUMBER' ? 'NATURAL_PERSON' : 'ORGANISATION' };
}

export function basisOf(input: { basisRecordIds?: readonly string[] | null; basisDocuments?: readonly string[] | null }) {
  const recordIds = [...new Set((input.basisRecordIds ?? []).map((id) => id.trim().toLowerCase()))];
  const bad = recordIds.find((id) => !isUuid(id));
  if (bad !== undefined) throw badInput(`basisRecordIds: ${bad} is not a credit record id`, 'BAD_USER_INPUT', { field: 'basisRecordIds' });
  const documents = [...new Set((input.basisDocuments ?? []).map((d) => d.trim()).filter(Boolean))];
  if (!recordIds.length && !documents.length) {
    throw userError('BASIS_REQUIRED', 'A listing needs its basis: the credit records (basisRecordIds) or documents (basisDocuments) it rests on');
  }
  return { recordIds, documents };
}

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

function assertGovernmentActor(ctx: Context): void {
  if (!hasRole(ctx.caller, 'DEPARTMENT', 'CREDIT_CENTRE')) throw forbidden('Only departments and the credit centre change listings');
}

/** A listing for update, locked for the transaction; NOT_FOUND when the caller may not see it. */
async function lockListing(tx: Tx, ctx: Context, id: string): Promise<ListingRow> {
  if (!isUuid(id)) throw notFound(`No listing ${id}`);
  const [row] = await tx.select().from(listings).where(eq(listings.id, id.toLowerCase())).for('update');
  if (!row || !(ctx.access.government || ctx.access.isOwnSubject(row.subjectId))) throw notFound(`No listing ${id}`);
  return row;
}

async function setListing(tx: Tx, row: ListingRow, changes: Partial<ListingRow>): Promise<ListingRow> {
  const [updated] = await tx
    .update(listings)
    .set({ ...changes, version: sql`${listings.version} + 1` })
    .where(eq(listings.id, row.id))
    .returning();
  return updated!;
}

export async function proposeListing(ctx: Context, input: ProposeInput): Promise<ListingRow> {
  assertGovernmentActor(ctx);
  const department = input.department?.trim() ? departmentInput(input.department, 'department') : ctx.caller.department;
  if (!department) throw badInput('department: the caller has no department; name the determining department', 'BAD_USER_INPUT', { field: 'department' });
  if (department !== ctx.caller.department && !ctx.access.centre) {
    throw forbidden(`A department proposes listings in its own name (${ctx.caller.department}); only the credit centre may name another`);
  }
  if (!isSubjectId(input.subjectId)) throw badInput(`subjectId: ${input.subjectId} is not a subject id`, 'BAD_USER_INPUT', { field: 'subjectId' });
  const subject = subjectCodeOf(input.subjectCode);
  const reasons = input.reasons.trim();
  if (!reasons) throw badInput('reasons: the subject must be told why', 'BAD_USER_INPUT', { field: 'reasons' });
  const basis = basisOf(input);
  const list = ctx.catalogue.list(input.listType);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(listings)
        .values({
          subjectId: input.subjectId.toLowerCase(),
          subjectCode: subject.code,
          subjectCategory: subject.category,
          listType: input.listType,
          status: 'PROPOSED',
          department,
          reasons,
          basisRecordIds: basis.recordIds,
          basisDocuments: basis.documents,
          proposedAt: ctx.now,
          proposedBy: ctx.caller.id,
          notifiedOn: ctx.today,
          objectionDeadline: addDays(ctx.today, list.objectionDays),
        })
        .returning();
      await recordEvent(tx, ctx, {
        listingId: row!.id,
        kind: 'PROPOSED',
        from: null,
        to: 'PROPOSED',
        reason: reasons,
        details: {
          notice: `告知：拟列入${list.name}。理由：${reasons}。依据：${list.legalBasis}。` +
            `如有异议，可于${row!.objectionDeadline}前提出；移出条件：${list.exitConditions}`,
          basisRecordIds: basis.recordIds,
          basisDocuments: basis.documents,
        },
      });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw userError('DUPLICATE_LISTING', `The subject already has a proposed or active ${input.listType} listing`);
    }
    throw error;
  }
}

export async function fileObjection(ctx: Context, input: { listingId: string; reason: string; evidence?: string | null }): Promise<ListingObjectionRow> {
  const reason = input.reason.trim();
  if (!reason) throw badInput('reason: say why the listing is wrong', 'BAD_USER_INPUT', { field: 'reason' });
  return ctx.db.transaction(async (tx) => {
    const row = await lockListing(tx, ctx, input.listingId);
    if (!ctx.access.isOwnSubject(row.subjectId) && !ctx.access.centre) {
      throw forbidden('Only the listed subject itself (or the credit centre on its behalf) files an objection');
    }
    if (row.status !== 'PROPOSED' || ctx.today > row.objectionDeadline) {
      throw userError('OBJECTION_WINDOW_CLOSED', `The objection window closed on ${row.objectionDeadline}`);
    }
    const [objection] = await tx
      .insert(listingObjections)
      .values({ listingId: row.id, filedBy: ctx.caller.id, reason, evidence: input.evidence ?? null, filedAt: ctx.now })
      .returning();
    await recordEvent(tx, ctx, { listingId: row.id, kind: 'OBJECTION_FILED', from: row.status, to: row.status, reason });
    return objection!;
  });
}

export async function resolveObjection(
  ctx: Context,
  input: { objectionId: string; outcome: 'DISMISSED' | 'UPHELD'; note: string },
): Promise<{ objection: ListingObjectionRow; listing: ListingRow }> {
  assertGovernmentActor(ctx);
  const note = input.note.trim();
  if (!note) throw badInput('note: explain the decision to the subject', 'BAD_USER_INPUT', { field: 'note' });
  if (!isUuid(input.objectionId)) throw notFound(`No objection ${input.objectionId}`);
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx.select().from(listingObjections).where(eq(listingObjections.id, input.objectionId.toLowerCase()));
    if (!found) throw notFound(`No objection ${input.objectionId}`);
    let row = await lockListing(tx, ctx, found.listingId);
    ctx.access.assertManage(row, 'decide objections to this listing');
    if (found.status !== 'OPEN') throw userError('INVALID_TRANSITION', `The objection was already ${found.status.toLowerCase()}`);
    const [objection] = await tx
      .update(listingObjections)
      .set({ status: input.outcome, resolvedBy: ctx.caller.id, resolvedAt: ctx.now, note })
      .where(eq(listingObjections.id, found.id))
      .returning();
    await recordEvent(tx, ctx, { listingId: row.id, kind: `OBJECTION_${input.outcome}`, from: row.status, to: row.status, reason: note });
    if (input.outcome === 'UPHELD' && (row.status === 'PROPOSED' || row.status === 'ACTIVE')) {
      row = await endListing(tx, ctx, row, 'OBJECTION_UPHELD', note);
    }
    return { objection: objection!, listing: row };
  });
}

export async function activateListing(
  ctx: Context,
  input: { listingId: string; listedFrom?: string | null; rectificationDeadline?: string | null },
): Promise<{ listing: ListingRow; pushed: number }> {
  assertGovernmentActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const row = await lockListing(tx, ctx, input.listingId);
    ctx.access.assertManage(row, 'activate this listing');
    if (row.status !== 'PROPOSED') throw userError('INVALID_TRANSITION', `Only a proposed listing is activated; this one is ${row.status}`);
    if (ctx.today <= row.objectionDeadline) {
      throw userError('OBJECTION_WINDOW_OPEN', `The subject may object until ${row.objectionDeadline}; activate after that day`);
    }
    const [open] = await tx
      .select({ id: listingObjections.id })
      .from(listingObjections)
      .where(and(eq(listingObjections.listingId, row.id), eq(listingObjections.status, 'OPEN')));
    if (open) throw userError('OBJECTION_WINDOW_OPEN', 'An objection to this listing is still being checked: decide it first');
    const listedFrom = input.listedFrom ?? ctx.today;
    if (!isDate(listedFrom)) throw badInput('listedFrom: a date YYYY-MM-DD', 'BAD_USER_INPUT', { field: 'listedFrom' });
    if (listedFrom <= row.objectionDeadline) throw badInput(`listedFrom: after the objection window (${row.objectionDeadline})`, 'BAD_USER_INPUT', { field: 'listedFrom' });
    const deadline = input.rectificationDeadline ?? null;
    if (deadline !== null && (!isDate(deadline) || deadline < listedFrom)) {
      throw badInput('rectificationDeadline: a date on or after the first day in force', 'BAD_USER_INPUT', { field: 'rectificationDeadline' });
    }
    const list = ctx.catalogue.list(row.listType);
    const updated = await setListing(tx, row, {
      status: 'ACTIVE',
      listedFrom,
      listedUntil: addMonths(listedFrom, list.periodMonths),
      rectificationDeadline: deadline,
    });
    await recordEvent(tx, ctx, {
      listingId: row.id,
      kind: 'ACTIVATED',
      from: 'PROPOSED',
      to: 'ACTIVE',
      details: { listedFrom, listedUntil: updated.listedUntil, rectificationDeadline: deadline },
    });
    const pushed = await pushMeasures(tx, [row.id], ctx.now);
    return { listing: updated, pushed };
  });
}

export async function setRectificationDeadline(ctx: Context, input: { listingId: string; deadline: string; reason?: string | null }): Promise<ListingRow> {
  assertGovernmentActor(ctx);
  if (!isDate(input.deadline)) throw badInput('deadline: a date YYYY-MM-DD', 'BAD_USER_INPUT', { field: 'deadline' });
  return ctx.db.transaction(async (tx) => {
    const row = await lockListing(tx, ctx, input.listingId);
    ctx.access.assertManage(row, 'set the rectification deadline');
    if (row.status !== 'ACTIVE' && row.status !== 'PROPOSED') throw userError('INVALID_TRANSITION', `The listing is ${row.status}`);
    const updated = await setListing(tx, row, { rectificationDeadline: input.deadline });
    await recordEvent(tx, ctx, {
      listingId: row.id,
      kind: 'RECTIFICATION_DEADLINE_SET',
      from: row.status,
      to: row.status,
      reason: input.reason ?? null,
      details: { before: row.rectificationDeadline, after: input.deadline },
    });
    return updated;
  });
}

export async function recordInterview(
  ctx: Context,
  input: { listingId: string; kind: 'PROMPT' | 'WARNING'; heldOn: string; notes: string },
): Promise<{ interview: InterviewRow; listing: ListingRow }> {
  assertGovernmentActor(ctx);
  const notes = input.notes.trim();
  if (!notes) throw badInput('notes: what was said and agreed', 'BAD_USER_INPUT', { field: 'notes' });
  if (!isDate(input.heldOn) || input.heldOn > ctx.today) throw badInput('heldOn: the day it was held, not in the future', 'BAD_USER_INPUT', { field: 'heldOn' });
  return ctx.db.transaction(async (tx) => {
    const row = await lockListing(tx, ctx, input.listingId);
    ctx.access.assertManage(row, 'record interviews for this listing');
    if (row.status !== 'ACTIVE') throw userError('INVALID_TRANSITION', `Interviews follow an active listing; this one is ${row.status}`);
    if (!row.rectificationDeadline || row.rectificationDeadline >= ctx.today) {
      throw userError(
        'RECTIFICATION_NOT_DUE',
        row.rectificationDeadline
          ? `The subject has until ${row.rectificationDeadline} to rectify; interview after that day`
          : 'Set a rectification deadline first: interviews are for subjects that do not rectify',
      );
    }
    const [interview] = await tx
      .insert(interviews)
      .values({ listingId: row.id, kind: input.kind, heldOn: input.heldOn, notes, recordedBy: ctx.caller.id, recordedAt: ctx.now })
      .returning();
    await recordEvent(tx, ctx, { listingId: row.id, kind: 'INTERVIEW_RECORDED', from: row.status, to: row.status, reason: notes, details: { kind: input.kind, heldOn: input.heldOn } });
    return { interview: interview!, listing: row };
  });
}

/** Ends a listing in the transaction: REJECTED if only proposed, REMOVED if active; measures lifted. */
export async function endListing(tx: Tx, ctx: Context, row: ListingRow, reason: RemovalReason, note: string): Promise<ListingRow> {
  const to = row.status === 'PROPOSED' ? 'REJECTED' : 'REMOVED';
  const updated = await setListing(tx, row, { status: to, removedAt: ctx.now, removalReason: reason, removalNote: note });
  await recordEvent(tx, ctx, { listingId: row.id, kind: to, from: row.status, to, reason: note, details: { removalReason: reason } });
  await liftMeasures(tx, row.id, ctx.now);
  return updated;
}

export async function removeListing(ctx: Context, input: { listingId: string; reason: RemovalReason; note: string }): Promise<ListingRow> {
  assertGovernmentActor(ctx);
  const note = input.note.trim();
  if (!note) throw badInput('note: explain the removal', 'BAD_USER_INPUT', { field: 'note' });
  if (input.reason === 'REPAIRED') throw badInput('reason: a repair ends a listing through reviewListingRepair (CONFIRM)', 'BAD_USER_INPUT', { field: 'reason' });
  if (input.reason === 'OBJECTION_UPHELD') throw badInput('reason: an upheld objection ends a listing through resolveListingObjection', 'BAD_USER_INPUT', { field: 'reason' });
  return ctx.db.transaction(async (tx) => {
    const row = await lockListing(tx, ctx, input.listingId);
    ctx.access.assertManage(row, 'remove this listing');
    if (row.status !== 'PROPOSED' && row.status !== 'ACTIVE') throw userError('INVALID_TRANSITION', `The listing is already ${row.status}`);
    if (input.reason === 'PERIOD_EXPIRED' && !(row.listedUntil && row.listedUntil <= ctx.today)) {
      throw userError('PERIOD_NOT_EXPIRED', `The listing runs until ${row.listedUntil ?? 'its activation and period'}`);
    }
    return endListing(tx, ctx, row, input.reason, note);
  });
}
