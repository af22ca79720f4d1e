/**
 * Who may see and do what in the ratings subgraph. Ratings are government-shared (政务共享):
 * departments, the credit centre and analysts read them, and a subject reads its own; the public
 * reads no rating (see the README, "Disclosure"). Published inspection plans are public, except
 * grades and natural persons' identities.
 */
import { assertPurpose, type Caller, departmentInput, forbidden, hasRole, isGovernment, isOwnSubject, mayRead } from '@credit/kit';

export class RatingAccess {
  /** Subjects whose ratings this request returned, for the gateway's access log. */
  readonly disclosed = new Set<string>();

  constructor(readonly caller: Caller) {}

  get government(): boolean {
    return isGovernment(this.caller);
  }

  get centre(): boolean {
    return hasRole(this.caller, 'CREDIT_CENTRE');
  }

  /** The subject a SUBJECT token is bound to. */
  get ownSubject(): string | null {
    return hasRole(this.caller, 'SUBJECT') ? this.caller.subjectId : null;
  }

  mayReadRating(subjectId: string): boolean {
    return mayRead(this.caller) && (this.government || isOwnSubject(this.caller, subjectId));
  }

  /**
   * Throws FORBIDDEN unless the caller may read the subject's rating, PURPOSE_REQUIRED when it did
   * not say why (the purpose rule of @credit/authz); notes the disclosure for the access log.
   */
  assertMayReadRating(subjectId: string): void {
    if (!this.mayReadRating(subjectId)) {
      throw forbidden('Ratings are shared among government departments and with the subject itself; the public does not see them.');
    }
    assertPurpose(this.caller, subjectId);
    this.disclosed.add(subjectId);
  }

  assertGovernment(what: string): void {
    if (!this.government) throw forbidden(`${what} is for departments, the credit centre and analysts.`);
    assertPurpose(this.caller);
  }

  assertCentre(what: string): void {
    if (!this.centre) throw forbidden(`${what} is for the credit centre.`);
  }

  /**
   * The department a caller acts for: its own, or (credit centre only) the one named. 谁认定谁负责.
   */
  actingDepartment(named: string | null | undefined, what: string): string {
    if (this.centre) {
      if (named) return departmentInput(named, 'department');
      if (!this.caller.department) throw forbidden(`${what}: name the department the credit centre acts for.`);
      return this.caller.department;
    }
    if (!hasRole(this.caller, 'DEPARTMENT') || !this.caller.department) throw forbidden(`${what} is for departments and the credit centre.`);
    if (named && named !== this.caller.department) throw forbidden(`${what}: a department acts only for itself (${this.caller.department}).`);
    return this.caller.department;
  }

  /** Whether the caller may see a natural person's identity in a published plan. */
  maySeePeopleInPlans(): boolean {
    return hasRole(this.caller, 'DEPARTMENT', 'CREDIT_CENTRE');
  }
}
