import { isDepartmentCode, replacementOf, type DepartmentCode } from '@credit/departments';
import { userError } from './errors';

/** A code worth repeating in a message; anything else is not echoed. */
const CODE_SHAPE = /^[A-Za-z0-9-]{1,32}$/;

/**
 * What is wrong with a department code named in an input, or null when the departments directory
 * (@credit/departments) has it: a code it does not have, or a retired one (naming its replacement).
 * For row-level answers (`UNKNOWN_DEPARTMENT` in a batch's results); `departmentInput` throws it.
 */
export function departmentProblem(code: string): string | null {
  return problemOf(code.trim());
}

function problemOf(trimmed: string): string | null {
  if (isDepartmentCode(trimmed)) return null;
  const named = CODE_SHAPE.test(trimmed) ? trimmed : 'the code given';
  const replacement = replacementOf(trimmed);
  return replacement
    ? `${named} is a retired department code; the department's code is now ${replacement}`
    : `${named} is not a department of the departments directory (dataCatalog and approvalMatters name them)`;
}

/**
 * A department code named in an input (`field`, e.g. the department the credit centre acts for),
 * checked against the departments directory: UNKNOWN_DEPARTMENT, with the field, otherwise.
 */
export function departmentInput(code: string, field: string): DepartmentCode {
  const trimmed = code.trim();
  const problem = problemOf(trimmed);
  if (problem) throw userError('UNKNOWN_DEPARTMENT', `${field}: ${problem}`, { field });
  return trimmed as DepartmentCode;
}

/**
 * A query's "only this department's" argument: null when it is not given, otherwise checked as
 * `departmentInput` checks it, so that a mistyped or retired code is refused with
 * UNKNOWN_DEPARTMENT rather than matching nothing (an empty list reads as "none there").
 */
export function departmentFilter(code: string | null | undefined, field = 'department'): DepartmentCode | null {
  return code == null ? null : departmentInput(code, field);
}
