/** Who may do what in the services subgraph, from the caller the gateway verified. */
import { hasRole, type Caller } from '@credit/http';
import type { CreditCheckRow } from './db/schema';
import { forbidden, userError } from './errors';

/** The subject a SUBJECT token is bound to (claim `subject_id`), if any. */
export function ownSubjectId(caller: Caller): string | null {
  if (!(caller.roles as readonly string[]).includes('SUBJECT')) return null;
  const bound = (caller as Caller & { subjectId?: string | null }).subjectId;
  return typeof bound === 'string' && bound ? bound : null;
}

export function isOfficial(caller: Caller): boolean {
  return hasRole(caller, 'DEPARTMENT', 'CREDIT_CENTRE');
}

/** 谁认定谁负责: the credit centre, or the department that owns the thing. */
export function mayManage(caller: Caller, ownerDepartment: string): boolean {
  return hasRole(caller, 'CREDIT_CENTRE') || (hasRole(caller, 'DEPARTMENT') && caller.department === ownerDepartment);
}

/** Officials must say why they read credit information (the purpose rule). */
export function requirePurpose(caller: Caller): void {
  if (!caller.purpose) {
    throw userError('PURPOSE_REQUIRED', 'A credit check needs a purpose: send a `purpose` header saying why (it is logged with the check)');
  }
}

/** Checks are made by departments (the approval portal) and the credit centre. */
export function requireChecker(caller: Caller): void {
  if (!isOfficial(caller)) throw forbidden('Credit checks are made by departments and the credit centre only');
  requirePurpose(caller);
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
  return isOfficial(caller) || ownSubjectId(caller) === subjectId;
}
