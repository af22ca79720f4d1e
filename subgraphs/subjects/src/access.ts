import { CallerAccess, assertPurpose, forbidden, isGatewayService, isOwnSubject, roleNames, type Caller } from '@credit/kit';
import type { SubjectRow } from './db/schema';
import { policyFor, type Category, type Disclosure, type GuardedField, type SubjectPolicy } from './policy';

function categoryOf(row: Pick<SubjectRow, 'codeType'>): Category {
  return row.codeType === 'ID_NUMBER' ? 'person' : 'organisation';
}

const CATEGORY_NAMES: Record<Category, string> = { organisation: 'an organisation', person: 'a natural person' };

/**
 * The caller's access to subjects for one request: applies its policy (src/policy.ts) and notes
 * which subjects it disclosed, so that the gateway can record the read.
 */
export class SubjectAccess extends CallerAccess<SubjectPolicy> {
  constructor(caller: Caller, pseudonymKey: string) {
    super(caller, policyFor(caller), pseudonymKey);
  }

  /** Before any subject data is read: the purpose rule (@credit/authz). */
  assertMayRead(): void {
    assertPurpose(this.caller);
  }

  /** Looking a natural person up by ID number, or searching among people. */
  assertMayFindPeople(how: string): void {
    if (!this.policy.findPeople) {
      throw forbidden(`Your role (${roleNames(this.caller)}) may not ${how}: natural persons are not disclosed to it`);
    }
  }

  /** Whole-register listings are for the credit centre's batch jobs (and their service tokens). */
  assertCreditCentre(what: string): void {
    if (!this.caller.roles.includes('CREDIT_CENTRE')) {
      throw forbidden(`Your role (${roleNames(this.caller)}) may not ${what}: that is for the credit centre`);
    }
  }

  assertMayRegister(): void {
    if (!this.policy.register) {
      throw forbidden(`Your role (${roleNames(this.caller)}) may not register subjects: that is for departments and the credit centre`);
    }
  }

  /**
   * Whose reads of a subject the caller sees in its access log: every read for the credit centre
   * (and the subject itself), only its own department's for a department (it must not learn which
   * other departments look at whom).
   */
  accessLogDepartment(): string | null {
    if (this.caller.roles.includes('CREDIT_CENTRE')) return null;
    // A subject reads every read of its own file (`see` lets it read no other subject's log).
    if (this.caller.roles.includes('SUBJECT') && !this.caller.roles.includes('DEPARTMENT')) return null;
    return this.caller.department ?? '';
  }

  /** The gateway's internal calls (recording accesses) only. */
  assertGatewayService(what: string): void {
    if (!isGatewayService(this.caller)) throw forbidden(`${what} is internal to the platform`);
  }

  /** How `field` of this subject may be disclosed; throws FORBIDDEN when it may not be. */
  see(row: Pick<SubjectRow, 'id' | 'codeType'>, field: GuardedField): Exclude<Disclosure, 'forbidden'> {
    const category = categoryOf(row);
    // A subject reads its own whole file, having said why (the purpose rule).
    if (isOwnSubject(this.caller, row.id)) {
      assertPurpose(this.caller, row.id);
      this.disclosed.add(row.id);
      return 'shown';
    }
    const disclosure = this.policy.fields[category][field];
    if (disclosure === 'forbidden') {
      throw forbidden(`Your role (${roleNames(this.caller)}) may not see Subject.${field} of ${CATEGORY_NAMES[category]}`);
    }
    this.disclosed.add(row.id);
    return disclosure;
  }

  /** `value` as the caller may see it: the value, or the subject's keyed-hash pseudonym (@credit/identifiers, shared with records). */
  reveal<T>(row: Pick<SubjectRow, 'id' | 'codeType' | 'code'>, field: GuardedField, value: T): T | string {
    return this.see(row, field) === 'pseudonymised' ? this.pseudonymOf(row.code) : value;
  }
}

