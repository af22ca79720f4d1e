import { hasRole, type Caller } from './caller';
import { isOwnSubject, mayRead } from './rules';

/**
 * Disclosure levels (DOMAIN.md "Disclosure"): public (公示 within its publicity period, and
 * organisations' registration facts), government-shared (departments, the credit centre,
 * analysts), and authorised (only with the subject's authorisation: the credit centre handling it,
 * or the subject itself).
 */
export const DISCLOSURE_LEVELS = ['PUBLIC', 'GOVERNMENT_SHARED', 'AUTHORISED'] as const;
export type DisclosureLevel = (typeof DISCLOSURE_LEVELS)[number];

/**
 * The levels the caller may read, of the subject `subjectId` when given: a subject reads its own
 * file at every level; a caller with no role reads nothing.
 */
export function disclosureLevels(caller: Pick<Caller, 'roles' | 'subjectId'>, subjectId?: string): DisclosureLevel[] {
  if (!mayRead(caller)) return [];
  if (subjectId !== undefined && isOwnSubject(caller, subjectId)) return [...DISCLOSURE_LEVELS];
  if (hasRole(caller, 'CREDIT_CENTRE')) return [...DISCLOSURE_LEVELS];
  if (hasRole(caller, 'DEPARTMENT', 'ANALYST')) return ['PUBLIC', 'GOVERNMENT_SHARED'];
  return ['PUBLIC'];
}

export function mayReadLevel(caller: Pick<Caller, 'roles' | 'subjectId'>, level: DisclosureLevel, subjectId?: string): boolean {
  return disclosureLevels(caller, subjectId).includes(level);
}
