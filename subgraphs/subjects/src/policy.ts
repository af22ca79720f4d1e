import type { Caller, Role } from '@credit/http';

/**
 * Who may see what of a subject, one policy per role. Every path to subject data (root queries,
 * `__resolveReference`, loaders, relations) goes through `src/access.ts`, which applies these
 * tables; nothing else in the subgraph decides disclosure.
 *
 * Choices, briefly:
 * - The public sees organisations' registration facts, public by law (企业信息公示暂行条例; DOMAIN.md
 *   "Disclosure"): name, credit code, kind, legal representative, date of establishment, status,
 *   region and industry (no registered capital or address is stored). Not their relations: those
 *   lead to natural persons. Nothing of natural persons (not even a masked
 *   ID number: positions 1–6 and 15–18 still narrow a person down), and cannot look people up or
 *   find them in searches. A person reached through an id shows only `id` and `kind`.
 * - Analysts work on aggregates and pseudonymised data: organisations by name and code, a natural
 *   person's name replaced by a stable keyed hash, no ID number even masked, no free-text names of
 *   people (legal representatives), and no look-up of people by name or ID number (which would
 *   link pseudonyms back to people).
 * - Departments see government-shared information: ID numbers masked.
 * - The credit centre sees everything, the full ID number included (it handles objections and
 *   repair, which need the identity document).
 * - `accessLog`: the credit centre, and departments answering the subject's own request to see who
 *   looked at it (a subject reads its log through them; caller ids are shown to the credit centre
 *   only, departments see department, purpose and time). A self-service role for subjects would
 *   get the same redacted view, limited to its own subject id.
 * A caller with several roles gets the most open disclosure any of its roles allows.
 */

/** A subject's fields whose disclosure depends on the caller (`id` is always shown: it is the federation key). */
export const GUARDED_FIELDS = [
  'kind',
  'name',
  'creditCode',
  'idNumberMasked',
  'idNumber',
  'legalRepresentative',
  'registeredAt',
  'industryCode',
  'regionCode',
  'status',
  'relations',
  'relatedSubjects',
  'accessLog',
] as const;
export type GuardedField = (typeof GUARDED_FIELDS)[number];

export type Category = 'organisation' | 'person';

/** How a field is disclosed: as stored, replaced by a pseudonym (names only), or refused. */
export type Disclosure = 'shown' | 'pseudonymised' | 'forbidden';

export interface SubjectPolicy {
  fields: Record<Category, Record<GuardedField, Disclosure>>;
  /** May find natural persons: search results, look-up by ID number. */
  findPeople: boolean;
  /** May push subjects (registerSubjects). */
  register: boolean;
  /** Sees the callers' ids in `accessLog` (otherwise department, purpose and time only). */
  accessLogCallerIds: boolean;
  /** Must say why it reads (the `purpose` header), for the audit trail. */
  purposeRequired: boolean;
}

type Except<T extends string> = { except?: readonly T[] };

/** The fields listed are `disclosure`, the others forbidden. */
function only(shown: readonly GuardedField[], pseudonymised: readonly GuardedField[] = []) {
  return Object.fromEntries(
    GUARDED_FIELDS.map((f) => [f, shown.includes(f) ? 'shown' : pseudonymised.includes(f) ? 'pseudonymised' : 'forbidden']),
  ) as Record<GuardedField, Disclosure>;
}

/** Every field shown but those excepted. */
function all({ except = [] }: Except<GuardedField> = {}) {
  return only(GUARDED_FIELDS.filter((f) => !except.includes(f)));
}

export const POLICIES: Record<Role, SubjectPolicy> = {
  PUBLIC: {
    fields: {
      organisation: only([
        'kind',
        'name',
        'creditCode',
        'legalRepresentative',
        'registeredAt',
        'industryCode',
        'regionCode',
        'status',
      ]),
      person: only(['kind']),
    },
    findPeople: false,
    register: false,
    accessLogCallerIds: false,
    purposeRequired: false,
  },
  ANALYST: {
    fields: {
      organisation: all({ except: ['legalRepresentative', 'idNumberMasked', 'idNumber', 'accessLog'] }),
      person: only(['kind', 'creditCode', 'registeredAt', 'industryCode', 'regionCode', 'status', 'relations', 'relatedSubjects'], ['name']),
    },
    findPeople: false,
    register: false,
    accessLogCallerIds: false,
    purposeRequired: true,
  },
  DEPARTMENT: {
    fields: { organisation: all({ except: ['idNumber'] }), person: all({ except: ['idNumber'] }) },
    findPeople: true,
    register: true,
    accessLogCallerIds: false,
    purposeRequired: true,
  },
  CREDIT_CENTRE: {
    fields: { organisation: all(), person: all() },
    findPeople: true,
    register: true,
    accessLogCallerIds: true,
    purposeRequired: true,
  },
};

/** A caller with no role (e.g. the gateway's service identity) reads nothing. */
const NO_ACCESS: SubjectPolicy = {
  fields: { organisation: only([]), person: only([]) },
  findPeople: false,
  register: false,
  accessLogCallerIds: false,
  purposeRequired: true,
};

const OPENNESS: Record<Disclosure, number> = { forbidden: 0, pseudonymised: 1, shown: 2 };

/** The policy of a caller: the most open of its roles' policies, field by field. */
export function policyFor(caller: Pick<Caller, 'roles'>): SubjectPolicy {
  const policies = caller.roles.map((role) => POLICIES[role]);
  if (policies.length === 0) return NO_ACCESS;
  const field = (category: Category, f: GuardedField) =>
    policies.map((p) => p.fields[category][f]).reduce((a, b) => (OPENNESS[b] > OPENNESS[a] ? b : a));
  const fields = (category: Category) =>
    Object.fromEntries(GUARDED_FIELDS.map((f) => [f, field(category, f)])) as Record<GuardedField, Disclosure>;
  return {
    fields: { organisation: fields('organisation'), person: fields('person') },
    findPeople: policies.some((p) => p.findPeople),
    register: policies.some((p) => p.register),
    accessLogCallerIds: policies.some((p) => p.accessLogCallerIds),
    // Any role that must give a purpose makes the caller give one: the public alone does not.
    purposeRequired: policies.some((p) => p.purposeRequired),
  };
}
