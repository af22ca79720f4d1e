/**
 * Subjects' authorisations (授权) for departments to read their AUTHORISED records. Recorded by the
 * credit centre, or granted by the subject itself (SUBJECT role, its own subject only); revoked by
 * either. `RecordAccess.visibility` reads them on every path to a record.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { departmentInput, forbidden, hasRole, isOwnSubject, isSubjectId as isUuid, notFound } from '@credit/kit';
import type { Context } from './context';
import { fieldError } from './inputErrors';
import { authorisations, type AuthorisationRow } from './db/schema';
import type { GrantAuthorisationInput } from './generated/graphql';
import { isRealDate } from './validation';

const MAX_PURPOSE = 200;

/** Whether the caller may grant or revoke for `subjectId`: the credit centre, or the subject itself. */
function mayAuthorise(context: Context, subjectId: string): boolean {
  const { caller } = context;
  return hasRole(caller, 'CREDIT_CENTRE') || isOwnSubject(caller, subjectId);
}

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

export async function grantAuthorisation(context: Context, input: GrantAuthorisationInput): Promise<AuthorisationRow> {
  const { caller, db } = context;
  if (caller.id === 'anonymous') throw new GraphQLError('Sign in to grant an authorisation', { extensions: { code: 'UNAUTHENTICATED' } });
  if (!isUuid(input.subjectId)) throw fieldError('BAD_USER_INPUT', 'subjectId is not a subject id', 'subjectId');
  if (!mayAuthorise(context, input.subjectId)) {
    throw forbidden('Authorisations are recorded by the credit centre or granted by the subject itself');
  }
  const granteeDepartment = departmentInput(input.granteeDepartment, 'granteeDepartment');
  const purpose = input.purpose.trim();
  if (purpose.length === 0 || purpose.length > MAX_PURPOSE) {
    throw fieldError('VALUE_TOO_LONG', `purpose must be 1 to ${MAX_PURPOSE} characters`, 'purpose');
  }
  if (!isRealDate(input.validUntil) || input.validUntil < context.today || input.validUntil > addYears(context.today, 3)) {
    throw fieldError('INVALID_DATE', 'validUntil must be a real date from today to 3 years ahead', 'validUntil');
  }
  const [row] = await db
    .insert(authorisations)
    .values({
      id: randomUUID(),
      subjectId: input.subjectId.toLowerCase(),
      granteeDepartment,
      purpose,
      validUntil: input.validUntil,
      grantedBy: caller.id,
      grantedAt: context.now,
    })
    .returning();
  context.access.disclosed.add(row!.subjectId);
  return row!;
}

export async function revokeAuthorisation(context: Context, id: string): Promise<AuthorisationRow> {
  const { caller, db } = context;
  if (caller.id === 'anonymous') throw new GraphQLError('Sign in to revoke an authorisation', { extensions: { code: 'UNAUTHENTICATED' } });
  const [existing] = isUuid(id) ? await db.select().from(authorisations).where(eq(authorisations.id, id.toLowerCase())) : [];
  // Not found and not yours look the same: an id tells nothing about others' authorisations.
  if (!existing || !mayAuthorise(context, existing.subjectId)) throw notFound(`No authorisation ${String(id).slice(0, 64)} of yours`);
  if (existing.revokedAt) return existing;
  const [row] = await db
    .update(authorisations)
    .set({ revokedAt: context.now, revokedBy: caller.id })
    .where(eq(authorisations.id, existing.id))
    .returning();
  return row!;
}

/** A subject's authorisations as the caller may see them, or null when it may see none. */
export async function authorisationsOf(context: Context, subjectId: string): Promise<AuthorisationRow[] | null> {
  const { caller, db } = context;
  if (!isUuid(subjectId)) return [];
  const own = mayAuthorise(context, subjectId);
  const grantee = !own && caller.roles.includes('DEPARTMENT') && caller.department ? caller.department : null;
  if (!own && !grantee) throw forbidden("A subject's authorisations are for the credit centre, the subject itself and the departments authorised");
  return db
    .select()
    .from(authorisations)
    .where(
      and(
        inArray(authorisations.subjectId, [subjectId.toLowerCase()]),
        grantee ? eq(authorisations.granteeDepartment, grantee) : undefined,
      ),
    )
    .orderBy(desc(authorisations.grantedAt));
}
