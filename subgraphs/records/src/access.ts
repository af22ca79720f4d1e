/** Who may see and do what in the records subgraph, from the caller the gateway verified. */
import { maskIdNumber, surnameOnly } from '@credit/identifiers';
import { CallerAccess, PUBLIC_CALLER, assertPurpose, forbidden, isOwnSubject, mayManage, ownSubjectId, userError, type Caller } from '@credit/kit';
import { and, eq, gt, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { authorisations, creditRecords, type CreditRecordRow } from './db/schema';
import { policyFor, type Category, type PartyDisclosure, type PartyField, type RecordPolicy } from './policy';

/** The records the public may see on `today`: public items within their publicity period. */
export function publicView(today: string): SQL {
  return and(
    eq(creditRecords.disclosure, 'PUBLIC'),
    inArray(creditRecords.status, ['ACTIVE', 'CORRECTED']),
    lte(creditRecords.publishFrom, today),
    or(isNull(creditRecords.publishUntil), gt(creditRecords.publishUntil, today)),
  )!;
}

type PartyRow = Pick<CreditRecordRow, 'partyCategory' | 'sourceDepartment' | 'subjectId'>;

const ALL_SHOWN: PartyDisclosure = { partyName: 'shown', partyCode: 'shown', legalRepresentative: 'shown' };

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
export class RecordAccess extends CallerAccess<RecordPolicy> {
  constructor(caller: Caller, pseudonymKey: string) {
    super(caller, policyFor(caller), pseudonymKey);
  }

  /**
   * The filter for the records the caller may read on `today`, or undefined for the whole file: a
   * subject reads its own whole file besides the public view; a caller with no role reads nothing.
   * Each catalogue item's disclosure level holds on every path that uses this filter (root fields,
   * `Subject.records`, summaries, `_entities`, receipts, objections and repair): an AUTHORISED item
   * is read only by the department that provided it, the credit centre, a department holding the
   * subject's valid authorisation for the purpose it gives (src/authorisations.ts), and the subject.
   */
  visibility(today: string): SQL | undefined {
    if (this.policy.file === 'nothing') return sql`false`;
    const ownId = ownSubjectId(this.caller);
    const own = ownId ? eq(creditRecords.subjectId, ownId) : undefined;
    if (this.policy.file !== 'whole') return own ? or(own, publicView(today)) : publicView(today);
    if (this.caller.roles.includes('CREDIT_CENTRE')) return undefined;
    const department = this.caller.roles.includes('DEPARTMENT') ? this.caller.department : null;
    const authorised = department
      ? or(
          eq(creditRecords.sourceDepartment, department),
          sql`exists (select 1 from ${authorisations} a
                where a.subject_id = ${creditRecords.subjectId} and a.grantee_department = ${department}
                  and a.purpose = ${this.caller.purpose ?? ''} and a.valid_until >= ${today}::date and a.revoked_at is null)`,
        )
      : undefined;
    return or(ne(creditRecords.disclosure, 'AUTHORISED'), authorised, own);
  }

  /** 谁认定、谁修复: the department that decided a record (or the credit centre) acts on it (@credit/authz). */
  mayManage(sourceDepartment: string): boolean {
    return mayManage(this.caller, sourceDepartment);
  }

  /** Acting on records at all (pushing, resolving, reviewing): departments and the credit centre. */
  assertMayAct(refusal: string): void {
    if (!this.policy.act) throw forbidden(refusal);
  }

  /** Pushing records for `department`: departments their own, the credit centre any. */
  assertMaySubmit(department: string): void {
    this.assertMayAct('Only departments and the credit centre push records');
    if (!this.mayManage(department)) throw forbidden(`${this.caller.department} may push only its own records, not ${department}'s`);
  }

  /** The department whose figures the caller reads: the one asked (or all) for those that see all, else its own. */
  departmentScope(asked: string | null): string | null {
    if (this.policy.allDepartments) return asked;
    if (asked && asked !== this.caller.department) throw forbidden(`A department sees its own figures, not ${asked}'s`);
    return this.caller.department ?? '';
  }

  /**
   * Filing an objection or a repair application (`what`: "file an objection"), about a record of
   * `subjectId` once it is known: a subject only about itself.
   */
  assertMayApply(what: string, subjectId: string | null = null): void {
    if (this.caller.id === PUBLIC_CALLER.id) throw userError('UNAUTHENTICATED', `Sign in to ${what}: as the subject itself, or through a department or the credit centre`);
    if (this.policy.apply === 'none') {
      throw forbidden(`Your role may not ${what}: that comes from the subject itself, a department on its behalf, or the credit centre`);
    }
    if (subjectId !== null && this.policy.apply === 'own' && !isOwnSubject(this.caller, subjectId)) {
      throw forbidden(`A subject may ${what} only about its own records`);
    }
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
   * The purpose rule applies (@credit/authz): the access log records why.
   */
  about(subjectId: string): void {
    assertPurpose(this.caller, subjectId);
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
    if (isOwnSubject(this.caller, row.subjectId)) return ALL_SHOWN;
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
        return this.pseudonymOf(code);
      case 'hidden':
        return null;
    }
  }
}
