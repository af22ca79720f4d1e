import { isGatewayService, type Caller } from '@credit/http';
import { pseudonym } from '@credit/identifiers';
import { GraphQLError } from 'graphql';
import type { SubjectRow } from './db/schema';
import { policyFor, type Category, type Disclosure, type GuardedField, type SubjectPolicy } from './policy';

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

function categoryOf(row: Pick<SubjectRow, 'codeType'>): Category {
  return row.codeType === 'ID_NUMBER' ? 'person' : 'organisation';
}

const CATEGORY_NAMES: Record<Category, string> = { organisation: 'an organisation', person: 'a natural person' };

function roleNames(caller: Caller): string {
  return caller.roles.length ? caller.roles.join(', ') : 'no role';
}

/**
 * The caller's access to subjects for one request: applies its policy (src/policy.ts) and notes
 * which subjects it disclosed, so that the gateway can record the read.
 */
export class SubjectAccess {
  readonly policy: SubjectPolicy;
  /** Ids of subjects whose information (beyond the id) this request disclosed. */
  readonly disclosed = new Set<string>();

  constructor(
    readonly caller: Caller,
    private readonly pseudonymKey: string,
  ) {
    this.policy = policyFor(caller);
  }

  /** Before any subject data is read: callers other than the public must say why. */
  assertMayRead(): void {
    if (this.policy.purposeRequired && !this.caller.purpose) {
      throw new GraphQLError(
        `Reading subjects' information as ${roleNames(this.caller)} needs a purpose: send a \`purpose\` header saying why (it is recorded in the subject's access log)`,
        { extensions: { code: 'PURPOSE_REQUIRED' } },
      );
    }
  }

  /** Looking a natural person up by ID number, or searching among people. */
  assertMayFindPeople(how: string): void {
    if (!this.policy.findPeople) {
      throw forbidden(`Your role (${roleNames(this.caller)}) may not ${how}: natural persons are not disclosed to it`);
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
    return this.caller.department ?? '';
  }

  /** The gateway's internal calls (recording accesses) only. */
  assertGatewayService(what: string): void {
    if (!isGatewayService(this.caller)) throw forbidden(`${what} is internal to the platform`);
  }

  /** How `field` of this subject may be disclosed; throws FORBIDDEN when it may not be. */
  see(row: Pick<SubjectRow, 'id' | 'codeType'>, field: GuardedField): Exclude<Disclosure, 'forbidden'> {
    const category = categoryOf(row);
    const disclosure = this.policy.fields[category][field];
    if (disclosure === 'forbidden') {
      throw forbidden(`Your role (${roleNames(this.caller)}) may not see Subject.${field} of ${CATEGORY_NAMES[category]}`);
    }
    this.disclosed.add(row.id);
    return disclosure;
  }

  /** `value` as the caller may see it: the value, or the subject's keyed-hash pseudonym (@credit/identifiers, shared with records). */
  reveal<T>(row: Pick<SubjectRow, 'id' | 'codeType' | 'code'>, field: GuardedField, value: T): T | string {
    return this.see(row, field) === 'pseudonymised' ? pseudonym(this.pseudonymKey, row.code) : value;
  }
}

