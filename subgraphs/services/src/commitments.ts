/** Credit commitments (信用承诺): made by the subject or a department, verified, repaired. */
import { badInput, type Caller, departmentInput, forbidden, hasRole, isSubjectId, notFound, userError } from '@credit/kit';
import { and, eq, isNull } from 'drizzle-orm';
import type { ServicesDb } from './db';
import { commitments, type CommitmentRow } from './db/schema';
import { isOfficial, mayManage, ownSubjectId } from './access';
import type { Loaders } from './loaders';
import type { MakeCommitmentInput, RepairCommitmentInput, VerifyCommitmentInput } from './generated/graphql';

export interface CommitmentDeps {
  db: ServicesDb;
  loaders: Loaders;
  caller: Caller;
  now: Date;
  today: string;
}

const MAX_TEXT = 4000;
const MAX_NOTE = 2000;
const MAX_CONDITIONS = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function note(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > MAX_NOTE) throw badInput(`\`${field}\` is at most ${MAX_NOTE} characters`, 'BAD_USER_INPUT', { field });
  return trimmed || null;
}

export async function makeCommitment(deps: CommitmentDeps, input: MakeCommitmentInput): Promise<CommitmentRow> {
  const { db, loaders, caller, now, today } = deps;
  const own = ownSubjectId(caller);
  let subjectId: string;
  let madeBy: CommitmentRow['madeBy'];
  if (isOfficial(caller)) {
    if (!input.subjectId) throw badInput('Say for which subject the commitment is made (`subjectId`)', 'BAD_USER_INPUT', { field: 'subjectId' });
    subjectId = input.subjectId;
    madeBy = 'DEPARTMENT';
  } else if (own) {
    if (input.subjectId && input.subjectId.toLowerCase() !== own) throw forbidden('A subject makes commitments for itself only');
    subjectId = own;
    madeBy = 'SUBJECT';
  } else {
    throw forbidden('Commitments are made by the subject itself (its own account) or by a department on its behalf');
  }
  if (!isSubjectId(subjectId)) throw badInput('`subjectId` is not a subject id', 'BAD_USER_INPUT', { field: 'subjectId' });
  subjectId = subjectId.toLowerCase();

  const matters = await loaders.matters();
  const matter = input.matterCode ? matters.get(input.matterCode) : undefined;
  if (input.matterCode && !matter) {
    throw userError('NOT_FOUND', `No approval matter has the code ${input.matterCode}: see \`approvalMatters\``, { field: 'matterCode' });
  }
  let template;
  if (input.templateCode) {
    if (!matter) throw badInput('A template belongs to a matter: give `matterCode` too', 'BAD_USER_INPUT', { field: 'matterCode' });
    template = (await loaders.templatesOf.load(matter.code)).find((t) => t.code === input.templateCode && t.kind === input.kind);
    if (!template) {
      throw userError('NOT_FOUND', `No ${input.kind} template ${input.templateCode} for ${matter.code}: see \`commitmentTemplates\``, { field: 'templateCode' });
    }
  }

  const text = (input.text ?? template?.text ?? '').trim();
  if (!text || text.length > MAX_TEXT) throw badInput(`\`text\` is 1 to ${MAX_TEXT} characters (or give a template)`, 'BAD_USER_INPUT', { field: 'text' });
  const conditions = (input.conditions ?? template?.conditions ?? []).map((c) => c.trim()).filter(Boolean);
  if (conditions.length > MAX_CONDITIONS || conditions.some((c) => c.length > 500)) {
    throw badInput(`At most ${MAX_CONDITIONS} conditions of at most 500 characters each`, 'BAD_USER_INPUT', { field: 'conditions' });
  }
  const deadline = input.deadline ?? (template ? addDays(today, template.deadlineDays) : null);
  if (deadline !== null && (!DATE.test(deadline) || deadline < today)) {
    throw badInput('`deadline` is a date, today or later', 'BAD_USER_INPUT', { field: 'deadline' });
  }

  const named = input.department == null ? null : departmentInput(input.department, 'department');
  const department = madeBy === 'DEPARTMENT' && !hasRole(caller, 'CREDIT_CENTRE') ? caller.department : named ?? matter?.department ?? caller.department;
  if (!department) throw badInput('Say which department receives the commitment (`department`), or give a matter', 'BAD_USER_INPUT', { field: 'department' });

  const [row] = await db
    .insert(commitments)
    .values({
      subjectId,
      matterCode: matter?.code ?? null,
      kind: input.kind,
      text,
      conditions,
      deadline,
      madeBy,
      madeByCaller: caller.id,
      department,
      madeAt: now,
    })
    .returning();
  loaders.exclusionsOf.clear(subjectId);
  return row!;
}

async function managed(deps: CommitmentDeps, id: string): Promise<CommitmentRow> {
  const row = await deps.loaders.commitmentById.load(id);
  if (!row) throw notFound(`No commitment ${id}`);
  if (!mayManage(deps.caller, row.department)) {
    throw forbidden(`Only ${row.department}, which received the commitment, or the credit centre may do this (谁认定谁负责)`);
  }
  return row;
}

export async function verifyCommitment(deps: CommitmentDeps, input: VerifyCommitmentInput): Promise<CommitmentRow> {
  const row = await managed(deps, input.commitmentId);
  const text = note(input.note, 'note');
  if (input.outcome !== 'KEPT' && !text) throw badInput(`A ${input.outcome} verification says what was found (\`note\`)`, 'BAD_USER_INPUT', { field: 'note' });
  const rules = await deps.loaders.rules();
  const [updated] = await deps.db
    .update(commitments)
    .set({
      status: input.outcome,
      verificationNote: text,
      verifiedBy: deps.caller.id,
      verifiedDepartment: deps.caller.department ?? row.department,
      verifiedAt: deps.now,
      excludedUntil: input.outcome === 'BROKEN' ? addMonths(deps.today, rules.brokenCommitmentMonths) : null,
    })
    .where(and(eq(commitments.id, row.id), eq(commitments.status, 'PENDING')))
    .returning();
  if (!updated) throw userError('INVALID_TRANSITION', `Commitment ${row.id} was already verified (${row.status})`, { field: 'commitmentId' });
  deps.loaders.exclusionsOf.clear(row.subjectId);
  return updated;
}

export async function repairCommitment(deps: CommitmentDeps, input: RepairCommitmentInput): Promise<CommitmentRow> {
  const row = await managed(deps, input.commitmentId);
  const text = note(input.note, 'note');
  if (!text) throw badInput('Say on what basis the commitment is repaired (`note`)', 'BAD_USER_INPUT', { field: 'note' });
  const [updated] = await deps.db
    .update(commitments)
    .set({ repairedAt: deps.now, repairedBy: deps.caller.id, repairNote: text })
    .where(and(eq(commitments.id, row.id), eq(commitments.status, 'BROKEN'), isNull(commitments.repairedAt)))
    .returning();
  if (!updated) throw userError('INVALID_TRANSITION', `Commitment ${row.id} is not a broken, unrepaired commitment`, { field: 'commitmentId' });
  deps.loaders.exclusionsOf.clear(row.subjectId);
  return updated;
}
