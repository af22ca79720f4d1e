/** Who may do what in the services subgraph, from the caller the gateway verified (authorization core of @credit/kit). */
import { assertPurpose, forbidden, hasRole, isOwnSubject, mayManage, ownSubjectId, type Caller } from '@credit/kit';
import type { CreditCheckRow } from './db/schema';

export { mayManage, ownSubjectId };

export function isOfficial(caller: Caller): boolean {
  return hasRole(caller, 'DEPARTMENT', 'CREDIT_CENTRE');
}

/** Checks are made by departments (the approval portal) and the credit centre, who say why. */
export function requireChecker(caller: Caller): void {
  if (!isOfficial(caller)) throw forbidden('Credit checks are made by departments and the credit centre only');
  assertPurpose(caller);
}

/** A stored check is seen by the credit centre and the department that made it. */
export function maySeeCheck(caller: Caller, check: Pick<CreditCheckRow, 'department'>): boolean {
  return hasRole(caller, 'CREDIT_CENTRE') || (hasRole(caller, 'DEPARTMENT') && caller.department === check.department);
}

/**
 * Commitments: organisations' are public (DOMAIN.md §6, §8); a natural person's only to the person,
 * departments and the credit centre. An unknown kind is treated as a person (fail safe).
 */
export function maySeeCommitments(caller: Caller, subjectId: string, kind: string | null | undefined): boolean {
  if (kind && kind !== 'NATURAL_PERSON') return true;
  return isOfficial(caller) || isOwnSubject(caller, subjectId);
}

/** Incentive eligibility: officials and the subject itself. */
export function maySeeEligibility(caller: Caller, subjectId: string): boolean {
  return isOfficial(caller) || isOwnSubject(caller, subjectId);
}
