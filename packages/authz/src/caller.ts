/**
 * The roles: the public; a subject's own account (SUBJECT); a registered credit service agency
 * (AGENCY, 信用服务机构: a company, not a government body, so it reads what the public reads and
 * submits market ratings); government departments (DEPARTMENT), the credit centre (CREDIT_CENTRE)
 * and analysts (ANALYST).
 *
 * Who is asking, as verified by the gateway and forwarded to the subgraphs. Subgraphs enforce
 * authorization in their data access from this, never from anything else the client sends.
 */
export const ROLES = ['PUBLIC', 'SUBJECT', 'AGENCY', 'DEPARTMENT', 'CREDIT_CENTRE', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

export interface Caller {
  /** Caller id from the token's subject; `anonymous` without a token. */
  id: string;
  /**
   * For DEPARTMENT, CREDIT_CENTRE and ANALYST callers, their department's code in the departments
   * directory (e.g. `SCJGJ`, @credit/departments); for an AGENCY caller, the agency's registry code
   * (e.g. `XYFW-001`, ratings' agency registry); null otherwise. The gateway checks both shapes.
   */
  department: string | null;
  roles: Role[];
  /** Why the caller reads credit information (audit), from the `purpose` header. */
  purpose: string | null;
  /** The subject a SUBJECT token is bound to (claim `subject_id`); null for every other caller. */
  subjectId: string | null;
  /**
   * Set only when the gateway calls a subgraph for itself (recording accesses), never from a token:
   * the gateway builds token callers without it, and a subgraph trusts it only under the signature.
   */
  service?: 'gateway';
}

export const PUBLIC_CALLER: Caller = { id: 'anonymous', department: null, roles: ['PUBLIC'], purpose: null, subjectId: null };

/** The gateway's own identity on its internal calls to subgraphs; it has no role in the public API. */
export const GATEWAY_SERVICE_CALLER: Caller = {
  id: 'service:gateway',
  department: null,
  roles: [],
  purpose: 'audit',
  subjectId: null,
  service: 'gateway',
};

export function isGatewayService(caller: Caller): boolean {
  return caller.service === 'gateway';
}

export function hasRole(caller: Pick<Caller, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((role) => caller.roles.includes(role));
}

/** The government's roles (departments, the credit centre, analysts): not the public, subjects or agencies. */
export const GOVERNMENT_ROLES: readonly Role[] = ['DEPARTMENT', 'CREDIT_CENTRE', 'ANALYST'];

/** Whether the caller holds a government role. */
export function isGovernment(caller: { readonly roles: readonly Role[] }): boolean {
  return GOVERNMENT_ROLES.some((role) => caller.roles.includes(role));
}

/** `PUBLIC, ANALYST`, or `no role`: for messages. */
export function roleNames(caller: Pick<Caller, 'roles'>): string {
  return caller.roles.length ? caller.roles.join(', ') : 'no role';
}
