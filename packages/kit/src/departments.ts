import { isDepartmentCode, replacementOf, type DepartmentCode } from '@credit/departments';
import { userError } from './errors';

/** A code worth repeating in a message; anything else is not echoed. */
const CODE_SHAPE = /^[A-Za-z0-9-]{1,32}$/;

/**
 * A department code named in an input (`field`, e.g. the department the credit centre acts for),
 * checked against the departments directory (@credit/departments): UNKNOWN_DEPARTMENT for a code it
 * does not have, naming the code that replaced a retired one.
 */
export function departmentInput(code: string, field: string): DepartmentCode {
  const trimmed = code.trim();
  if (isDepartmentCode(trimmed)) return trimmed;
  const named = CODE_SHAPE.test(trimmed) ? trimmed : 'the code given';
  const replacement = replacementOf(trimmed);
  throw userError(
    'UNKNOWN_DEPARTMENT',
    replacement
      ? `${field}: ${named} is a retired department code; the department's code is now ${replacement}`
      : `${field}: ${named} is not a department of the departments directory (dataCatalog and approvalMatters name them)`,
    { field },
  );
}
