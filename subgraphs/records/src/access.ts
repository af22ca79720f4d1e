/** Who may see and do what in the records subgraph, from the caller the gateway verified. */
import { hasRole, type Caller } from '@credit/http';
import { and, eq, gt, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { creditRecords } from './db/schema';

/** Departments, the credit centre and analysts see the whole file; everyone else is the public. */
export function isPrivileged(caller: Caller): boolean {
  return hasRole(caller, 'DEPARTMENT', 'CREDIT_CENTRE', 'ANALYST');
}

/** 谁认定、谁修复: the department that decided a record (or the credit centre) acts on it. */
export function mayManage(caller: Caller, sourceDepartment: string): boolean {
  return hasRole(caller, 'CREDIT_CENTRE') || (hasRole(caller, 'DEPARTMENT') && caller.department === sourceDepartment);
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function badInput(message: string, code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
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

/** The filter for what `caller` may read, or undefined when it may read everything. */
export function visibility(caller: Caller, today: string): SQL | undefined {
  return isPrivileged(caller) ? undefined : publicView(today);
}
