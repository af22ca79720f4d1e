import { GraphQLError } from 'graphql';
import { hasRole, roleNames, type Caller } from './caller';

/** The subject a SUBJECT caller is bound to (lower case), or null for every other caller. */
export function ownSubjectId(caller: Pick<Caller, 'roles' | 'subjectId'>): string | null {
  return hasRole(caller, 'SUBJECT') && caller.subjectId ? caller.subjectId.toLowerCase() : null;
}

/** Whether the caller is a SUBJECT bound to this subject (its own file). */
export function isOwnSubject(caller: Pick<Caller, 'roles' | 'subjectId'>, subjectId: string): boolean {
  return ownSubjectId(caller) === subjectId.toLowerCase();
}

/**
 * The purpose rule: every role but PUBLIC and SUBJECT must say why it reads (the `purpose`
 * header, recorded in the subject's access log), and a SUBJECT reading its own file too. Without
 * `subjectId` the rule is asked before anything is known of the subjects read.
 */
export function needsPurpose(caller: Pick<Caller, 'roles' | 'purpose' | 'subjectId'>, subjectId?: string): boolean {
  if (caller.purpose) return false;
  if (caller.roles.some((role) => role !== 'PUBLIC' && role !== 'SUBJECT')) return true;
  return subjectId !== undefined && isOwnSubject(caller, subjectId);
}

/** The PURPOSE_REQUIRED error; `extensions` adds to it (the gateway sets an HTTP status). */
export function purposeRequired(caller: Pick<Caller, 'roles'>, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(
    `Reading subjects' information as ${roleNames(caller)} needs a purpose: send a \`purpose\` header saying why (it is recorded in the subject's access log)`,
    { extensions: { code: 'PURPOSE_REQUIRED', ...extensions } },
  );
}

/** Throws PURPOSE_REQUIRED when the purpose rule applies and no purpose was given. */
export function assertPurpose(caller: Pick<Caller, 'roles' | 'purpose' | 'subjectId'>, subjectId?: string): void {
  if (needsPurpose(caller, subjectId)) throw purposeRequired(caller);
}

/** The no-role rule: a caller with no role (e.g. the gateway's service identity) reads nothing. */
export function mayRead(caller: Pick<Caller, 'roles'>): boolean {
  return caller.roles.length > 0;
}

/**
 * 谁认定谁负责: the credit centre acts on anything; a department on what it decided (records it
 * published, listings it proposed, ...); nobody else.
 */
export function mayManage(caller: Pick<Caller, 'roles' | 'department'>, ownerDepartment: string): boolean {
  if (hasRole(caller, 'CREDIT_CENTRE')) return true;
  return hasRole(caller, 'DEPARTMENT') && caller.department !== null && caller.department === ownerDepartment;
}
