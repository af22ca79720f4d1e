import { randomUUID } from 'node:crypto';
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { classifyCode, kindOfCode, type ClassifiedCode } from '@credit/identifiers';
import type { SubjectsDb } from './db';
import { subjectHistory, subjectRelations, subjects, type NewSubjectRow, type SubjectRow } from './db/schema';
import { badInput } from '@credit/kit';
import { invalidCodeCode, invalidCodeMessage } from './errors';
import type { RegistrationOutcome, RowErrorCode, SubjectInput } from './generated/graphql';

export const MAX_REGISTRATION_BATCH = 1000;
export const MAX_NAME_LENGTH = 200;
export const MAX_LEGAL_REPRESENTATIVE_LENGTH = 100;
export const MAX_RELATIONS = 200;

/** Who registers: the verified caller, as a department or as the credit centre. */
export interface Registrant {
  id: string;
  /** The caller's department code; null for the credit centre without one. */
  department: string | null;
  /** The credit centre changes any subject and may record the registry's confirmation of a code. */
  creditCentre: boolean;
}

/** `registered_by` of a subject a registrant creates. */
function registrantLabel(registrant: Registrant): string {
  return registrant.creditCentre ? 'CREDIT_CENTRE' : (registrant.department ?? 'UNKNOWN');
}

interface RowError {
  code: RowErrorCode;
  message: string;
  field: string | null;
}

export interface RegistrationResult {
  index: number;
  code: string;
  outcome: RegistrationOutcome;
  subject: SubjectRow | null;
  error: RowError | null;
}

interface Candidate {
  index: number;
  input: SubjectInput;
  row: Omit<NewSubjectRow, 'id'>;
  relations: { kind: 'LEGAL_REPRESENTATIVE' | 'SHAREHOLDER' | 'BRANCH'; code: string; sharePercent: number | null }[] | null;
}

const COMPARED = [
  'codeType',
  'kind',
  'name',
  'legalRepresentative',
  'registeredAt',
  'industryCode',
  'regionCode',
  'status',
  'checksumConfirmed',
] as const;

function rowError(code: RowErrorCode, message: string, field: string | null = null): RowError {
  return { code, message, field };
}

function acceptsCode(check: ClassifiedCode, confirmed: boolean): boolean {
  return check.ok || (confirmed && check.checkCharacterOnly);
}

/** Checks one input row on its own; returns the row to store or what is wrong with it. */
function validate(index: number, input: SubjectInput, today: string, registrant: Registrant): Candidate | RowError {
  const confirmed = input.checksumConfirmedByRegistry ?? false;
  if (confirmed && !registrant.creditCentre) {
    return rowError(
      'REGISTRY_CONFIRMATION_RESERVED',
      'Only the credit centre records that the registration authority confirmed a code; send the code as issued',
      'checksumConfirmedByRegistry',
    );
  }
  if (input.code.length > 32) return rowError('INVALID_CREDIT_CODE', 'code is longer than 32 characters', 'code');
  const check = classifyCode(input.code, input.codeType ?? undefined);
  if (!acceptsCode(check, confirmed)) {
    return rowError(invalidCodeCode(check), invalidCodeMessage(check), 'code');
  }
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    return rowError('INVALID_NAME', `name must be 1 to ${MAX_NAME_LENGTH} characters`, 'name');
  }
  if ((input.legalRepresentative?.length ?? 0) > MAX_LEGAL_REPRESENTATIVE_LENGTH) {
    return rowError('VALUE_TOO_LONG', `legalRepresentative is longer than ${MAX_LEGAL_REPRESENTATIVE_LENGTH} characters`, 'legalRepresentative');
  }
  if ((input.relations?.length ?? 0) > MAX_RELATIONS) {
    return rowError('VALUE_TOO_LONG', `at most ${MAX_RELATIONS} relations a subject`, 'relations');
  }
  if (input.industryCode && input.industryCode.length > 8) {
    return rowError('INVALID_INDUSTRY_CODE', 'industryCode must be a GB/T 4754 code such as C or C13 or C1311', 'industryCode');
  }
  if (input.registeredAt && input.registeredAt > today) {
    return rowError('INVALID_DATE', `registeredAt ${input.registeredAt} is in the future`, 'registeredAt');
  }
  if (input.industryCode && !/^[A-T](\d{2}(\d{1,2})?)?$/.test(input.industryCode)) {
    return rowError(
      'INVALID_INDUSTRY_CODE',
      `industryCode must be a GB/T 4754 code such as C or C13 or C1311, got '${input.industryCode}'`,
      'industryCode',
    );
  }
  const relations: NonNullable<Candidate['relations']> = [];
  for (const [i, relation] of (input.relations ?? []).entries()) {
    const other = classifyCode(relation.code);
    if (!other.ok) {
      return rowError(invalidCodeCode(other), invalidCodeMessage(other), `relations[${i}].code`);
    }
    if (other.code === check.code) {
      return rowError('INVALID_RELATION', 'a subject cannot be related to itself', `relations[${i}].code`);
    }
    const share = relation.sharePercent ?? null;
    if (share !== null && (relation.kind !== 'SHAREHOLDER' || !(share > 0 && share <= 100))) {
      return rowError(
        'INVALID_SHARE',
        'sharePercent is for SHAREHOLDER relations and must be above 0 and at most 100',
        `relations[${i}].sharePercent`,
      );
    }
    relations.push({ kind: relation.kind, code: other.code, sharePercent: share });
  }
  return {
    index,
    input,
    relations: input.relations ? relations : null,
    row: {
      code: check.code,
      codeType: check.type,
      kind: kindOfCode(check.code, check.type),
      name,
      legalRepresentative: input.legalRepresentative?.trim() || null,
      registeredAt: input.registeredAt ?? null,
      industryCode: input.industryCode ?? null,
      regionCode: check.type === 'ID_NUMBER' ? check.code.slice(0, 6) : check.code.slice(2, 8),
      status: input.status ?? 'ACTIVE',
      checksumConfirmed: !check.ok,
    },
  };
}

function changed(existing: SubjectRow, row: Candidate['row']): boolean {
  return COMPARED.some((key) => (existing[key] ?? null) !== (row[key] ?? null));
}

/**
 * Upserts subjects by code in one transaction of a few set-based statements. Rows that fail
 * validation, or name related subjects that exist neither in the store nor in the batch, are
 * reported and left out; the others are stored.
 */
export async function registerSubjects(db: SubjectsDb, inputs: readonly SubjectInput[], registrant: Registrant) {
  if (inputs.length > MAX_REGISTRATION_BATCH) {
    throw badInput(
      `at most ${MAX_REGISTRATION_BATCH} subjects a call, got ${inputs.length}: split the batch`,
      'BATCH_TOO_LARGE',
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  const errors = new Map<number, RowError>();
  const candidates = new Map<string, Candidate>();
  for (const [index, input] of inputs.entries()) {
    const result = validate(index, input, today, registrant);
    if (!('row' in result)) errors.set(index, result);
    else if (candidates.has(result.row.code)) {
      errors.set(index, rowError('DUPLICATE_IN_BATCH', 'the same code appears earlier in this batch', 'code'));
    } else candidates.set(result.row.code, result);
  }

  const referenced = [...candidates.values()].flatMap((c) => c.relations?.map((r) => r.code) ?? []);
  const lookup = [...new Set([...candidates.keys(), ...referenced])];
  const existing = new Map(
    (lookup.length ? await db.select().from(subjects).where(inArray(subjects.code, lookup)) : []).map(
      (row) => [row.code, row],
    ),
  );

  // A row whose related subject is unknown is rejected, which can leave another row's relation
  // pointing at it: repeat until nothing more is rejected.
  let rejectedOne = true;
  while (rejectedOne) {
    rejectedOne = false;
    for (const candidate of candidates.values()) {
      const missing = candidate.relations?.findIndex((r) => !existing.has(r.code) && !candidates.has(r.code));
      if (missing !== undefined && missing >= 0) {
        errors.set(
          candidate.index,
          rowError(
            'UNKNOWN_RELATED_SUBJECT',
            'the related subject is neither registered nor in this batch: register it first or in the same batch',
            `relations[${missing}].code`,
          ),
        );
        candidates.delete(candidate.row.code);
        rejectedOne = true;
      }
    }
  }

  // 谁登记谁负责: a department changes only the subjects it registered; the credit centre any.
  // A code never changes between an ID number and a credit code, whoever asks.
  for (const candidate of [...candidates.values()]) {
    const before = existing.get(candidate.row.code);
    if (!before) continue;
    let error: RowError | null = null;
    if (before.codeType !== candidate.row.codeType) {
      error = rowError('CODE_TYPE_CHANGE', 'a registered code never changes between 公民身份号码 and 统一社会信用代码', 'codeType');
    } else if (!registrant.creditCentre && before.registeredBy !== registrant.department && changed(before, candidate.row)) {
      error = rowError('NOT_REGISTRANT', 'this subject was registered by another department: only it, or the credit centre, changes it', 'code');
    } else if (!registrant.creditCentre && before.checksumConfirmed && !candidate.row.checksumConfirmed) {
      error = rowError('REGISTRY_CONFIRMATION_RESERVED', 'only the credit centre changes a code the registry confirmed', 'code');
    }
    if (error) {
      errors.set(candidate.index, error);
      candidates.delete(candidate.row.code);
    }
  }

  const stored = await db.transaction(async (tx) => {
    const accepted = [...candidates.values()];
    const toWrite = accepted.filter((c) => {
      const before = existing.get(c.row.code);
      return !before || changed(before, c.row);
    });
    const replaced = toWrite.flatMap((c) => existing.get(c.row.code) ?? []);
    if (replaced.length) {
      await tx.insert(subjectHistory).values(
        replaced.map((previous) => ({
          subjectId: previous.id,
          previous,
          changedBy: registrant.id,
          changedByDepartment: registrantLabel(registrant),
        })),
      );
    }
    const written = toWrite.length
      ? await tx
          .insert(subjects)
          .values(
            toWrite.map((c) => ({
              ...c.row,
              id: existing.get(c.row.code)?.id ?? randomUUID(),
              registeredBy: existing.get(c.row.code)?.registeredBy ?? registrantLabel(registrant),
            })),
          )
          .onConflictDoUpdate({
            target: subjects.code,
            set: {
              ...Object.fromEntries(COMPARED.map((key) => [key, sql.raw(`excluded.${toColumn(key)}`)])),
              updatedAt: sql`now()`,
            },
          })
          .returning()
      : [];
    const byCode = new Map(existing);
    for (const row of written) byCode.set(row.code, row);
    const relationChanges = await replaceRelations(tx, accepted, byCode);
    return { byCode, written: new Set(written.map((r) => r.code)), relationChanges };
  });

  const codeByIndex = new Map([...candidates.values()].map((c) => [c.index, c.row.code]));
  const results: RegistrationResult[] = inputs.map((input, index) => {
    const error = errors.get(index);
    if (error) return { index, code: input.code, outcome: 'REJECTED', subject: null, error };
    const code = codeByIndex.get(index) ?? input.code;
    const subject = stored.byCode.get(code) ?? null;
    const outcome: RegistrationOutcome = !existing.has(code)
      ? 'CREATED'
      : stored.written.has(code) || stored.relationChanges.has(code)
        ? 'UPDATED'
        : 'UNCHANGED';
    return { index, code, outcome, subject, error: null };
  });
  const count = (outcome: RegistrationOutcome) => results.filter((r) => r.outcome === outcome).length;
  return {
    results,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED'),
  };
}

function toColumn(key: (typeof COMPARED)[number]): string {
  return subjects[key].name;
}

/**
 * For rows that list relations: ends the current relations no longer listed and adds the new
 * ones. Returns the codes of the subjects whose relations changed.
 */
async function replaceRelations(
  tx: Pick<SubjectsDb, 'select' | 'insert' | 'update'>,
  accepted: Candidate[],
  byCode: Map<string, SubjectRow>,
): Promise<Set<string>> {
  const listing = accepted.filter((c) => c.relations !== null);
  if (listing.length === 0) return new Set();
  const idOf = (code: string) => byCode.get(code)?.id as string;
  const holderIds = listing.map((c) => idOf(c.row.code));
  const current = await tx
    .select()
    .from(subjectRelations)
    .where(and(inArray(subjectRelations.subjectId, holderIds), isNull(subjectRelations.endedAt)));
  const key = (subjectId: string, relatedId: string, kind: string, share: number | null) =>
    `${subjectId}|${relatedId}|${kind}|${share ?? ''}`;
  const wanted = new Map(
    listing.flatMap((c) =>
      (c.relations ?? []).map((r) => {
        const row = { subjectId: idOf(c.row.code), relatedId: idOf(r.code), kind: r.kind, sharePercent: r.sharePercent };
        return [key(row.subjectId, row.relatedId, row.kind, row.sharePercent), row] as const;
      }),
    ),
  );
  const currentKeys = new Set(current.map((r) => key(r.subjectId, r.relatedId, r.kind, r.sharePercent)));
  const ended = current.filter((r) => !wanted.has(key(r.subjectId, r.relatedId, r.kind, r.sharePercent)));
  const added = [...wanted].filter(([k]) => !currentKeys.has(k)).map(([, row]) => row);
  if (ended.length) {
    await tx
      .update(subjectRelations)
      .set({ endedAt: sql`now()` })
      .where(inArray(subjectRelations.id, ended.map((r) => r.id)));
  }
  if (added.length) await tx.insert(subjectRelations).values(added);
  const codeById = new Map([...byCode.values()].map((row) => [row.id, row.code]));
  return new Set([...ended, ...added].map((r) => codeById.get(r.subjectId) ?? ''));
}
