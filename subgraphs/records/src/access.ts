/** Who may see and do what in the records subgraph, from the caller the gateway verified. */
import type { Caller } from '@credit/http';
import { maskIdNumber, pseudonym, surnameOnly } from '@credit/identifiers';
import { and, eq, gt, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { authorisations, creditRecords, type CreditRecordRow } from './db/schema';
import { policyFor, type Category, type PartyDisclosure, type PartyField, type RecordPolicy } from './policy';

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function badInput(message: string, code = 'BAD_USER_INPUT', field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

/** The records the public may see on `today`: public items within their publicity period. */
export function publicView(today: string): SQL {
  return and(
    eq(creditRecords.disclosure, 'PUBLIC'),
    inArray(creditRecords.status, ['ACTIVE', 'CORRECTED']),
    lte(creditRecords.publishFrom, today),
    or(isNull(creditRecords.publishUntil), gt(creditRecords.publishUntil, today)),
  )!;
}

type PartyRow = Pick<CreditRecordRow, 'partyCategory' | 'sourceDepartment'>;

/** Snapshot columns (`record_version.snapshot`) of the party fields. */
const SNAPSHOT_COLUMNS: Record<PartyField, string> = {
  partyName: 'party_name',
  partyCode: 'party_code',
  legalRepresentative: 'legal_representative',
};

/**
 * The caller's access to the credit file for one request: applies its policy (src/policy.ts) to
 * every record it hands out, and notes the subjects of those records, so that the gateway records
 * the read in their access log (`DISCLOSED_SUBJECTS_EXTENSION`).
 */
export class RecordAccess {
  readonly policy: RecordPolicy;
  /** Ids of subjects whose records (or objections and repair applications) this request returned. */
  readonly disclosed = new Set<string>();

  constructor(
    readonly caller: Caller,
    private readonly pseudonymKey: string,
  ) {
    this.policy = policyFor(caller);
  }

  /**
   * The filter for the records the caller may read on `today`, or undefined for the whole file.
   * Each catalogue item's disclosure level holds on every path that uses it (root fields,
   * `Subject.records`, summaries, `_entities`, receipts, objections and repair): an AUTHORISED item
   * is read only by the department that provided it, the credit centre, a department holding the
   * subject's valid authorisation for the purpose it gives, and the subject itself.
   */
  visibility(today: string): SQL | undefined {
    if (this.policy.file !== 'whole') return publicView(today);
    if (this.caller.roles.includes('CREDIT_CENTRE')) return undefined;
    const department = this.caller.department;
    const authorised = department
      ? or(
          eq(creditRecords.sourceDepartment, department),
          sql`exists (select 1 from ${authorisations} a
                where a.subject_id = ${creditRecords.subjectId} and a.grantee_department = ${department}
                  and a.purpose = ${this.caller.purpose ?? ''} and a.valid_until >= ${today}::date and a.revoked_at is null)`,
        )
      : undefined;
    return authorised ? or(ne(creditRecords.disclosure, 'AUTHORISED'), authorised) : ne(creditRecords.disclosure, 'AUTHORISED');
  }

  /** 谁认定、谁修复: the department that decided a record (or the credit centre) acts on it. */
  mayManage(sourceDepartment: string): boolean {
    return this.policy.manage === 'all' || (this.policy.manage === 'own' && this.ownDepartment(sourceDepartment));
  }

  /**
   * Filing an objection or a repair application about a subject's record: the subject itself
   * (SUBJECT role bound to it), a department on its behalf, or the credit centre; never anonymous
   * callers or analysts.
   */
  assertMayActFor(subjectId: string, what: string): void {
    const roles = this.caller.roles as string[];
    if (roles.includes('CREDIT_CENTRE') || roles.includes('DEPARTMENT')) return;
    if (roles.includes('SUBJECT') && this.caller.subjectId && this.caller.subjectId.toLowerCase() === subjectId.toLowerCase()) return;
    if (this.caller.id === 'anonymous' || roles.length === 0 || (roles.length === 1 && roles[0] === 'PUBLIC')) {
      throw new GraphQLError(`Sign in to file ${what}: as the subject itself, or through a department or the credit centre`, {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    throw forbidden(`${what} about a record comes from its subject, a department on the subject's behalf, or the credit centre`);
  }

  /** Objections, version history, compliance figures, overdue objections. */
  assertInternal(what: string): void {
    if (!this.policy.internal) throw forbidden(`${what} are for departments, the credit centre and analysts`);
  }

  /** A record leaving a resolver: its subject is noted for the audit. */
  show<T extends Pick<CreditRecordRow, 'subjectId'>>(record: T | null | undefined): T | null {
    if (record) this.about(record.subjectId);
    return record ?? null;
  }

  /**
   * Something about a subject's record (an objection, a repair application) leaving a resolver.
   * Callers other than the public must have said why they read (the access log records it).
   */
  about(subjectId: string): void {
    if (!this.caller.purpose && this.caller.roles.some((role) => role !== 'PUBLIC')) {
      throw new GraphQLError(
        "Reading a subject's credit records needs a purpose: send a `purpose` header saying why (it is recorded in the subject's access log)",
        { extensions: { code: 'PURPOSE_REQUIRED' } },
      );
    }
    this.disclosed.add(subjectId);
  }

  /** A party field of a record as the caller may see it (null when it may not). */
  party(row: PartyRow & Pick<CreditRecordRow, 'partyName' | 'partyCode' | 'legalRepresentative'>, field: PartyField): string | null {
    return this.reveal(this.disclosure(row, row.partyCategory), field, row[field], row.partyCode);
  }

  /** An archived version's fields (snapshot column names) with the party fields as the caller may see them. */
  snapshot(row: PartyRow, snapshot: Record<string, unknown>): Record<string, unknown> {
    const category = typeof snapshot.party_category === 'string' ? (snapshot.party_category as CreditRecordRow['partyCategory']) : row.partyCategory;
    const disclosure = this.disclosure(row, category);
    const code = typeof snapshot.party_code === 'string' ? snapshot.party_code : '';
    const shown = { ...snapshot };
    for (const [field, column] of Object.entries(SNAPSHOT_COLUMNS) as [PartyField, string][]) {
      const value = snapshot[column];
      if (typeof value === 'string') shown[column] = this.reveal(disclosure, field, value, code);
    }
    return shown;
  }

  private ownDepartment(sourceDepartment: string): boolean {
    return this.caller.department !== null && this.caller.department === sourceDepartment;
  }

  private disclosure(row: PartyRow, partyCategory: CreditRecordRow['partyCategory']): PartyDisclosure {
    const category: Category = partyCategory === 'NATURAL_PERSON' ? 'person' : 'organisation';
    return (this.ownDepartment(row.sourceDepartment) ? this.policy.ownRecords : this.policy.party)[category];
  }

  private reveal(disclosure: PartyDisclosure, field: PartyField, value: string | null, code: string): string | null {
    if (value === null) return null;
    switch (disclosure[field]) {
      case 'shown':
        return value;
      case 'masked':
        return maskIdNumber(value);
      case 'surname':
        return surnameOnly(value);
      case 'pseudonymised':
        return pseudonym(this.pseudonymKey, code);
      case 'hidden':
        return null;
    }
  }
}
