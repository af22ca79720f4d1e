import { policyOf, type Caller, type Role } from '@credit/kit';

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

/** The public view; a SUBJECT sees the same of others (its own file in full: src/access.ts). */
const PUBLIC_VIEW: SubjectPolicy = {
  fields: {
    organisation: only(['kind', 'name', 'creditCode', 'legalRepresentative', 'registeredAt', 'industryCode', 'regionCode', 'status']),
    person: only(['kind']),
  },
  findPeople: false,
  register: false,
  accessLogCallerIds: false,
};

export const POLICIES: Record<Role, SubjectPolicy> = {
  PUBLIC: PUBLIC_VIEW,
  SUBJECT: PUBLIC_VIEW,
  // A credit service agency is a company, not a department: it reads what the public reads.
  AGENCY: PUBLIC_VIEW,
  ANALYST: {
    fields: {
      organisation: all({ except: ['legalRepresentative', 'idNumberMasked', 'idNumber', 'accessLog'] }),
      person: only(['kind', 'creditCode', 'registeredAt', 'industryCode', 'regionCode', 'status', 'relations', 'relatedSubjects'], ['name']),
    },
    findPeople: false,
    register: false,
    accessLogCallerIds: false,
  },
  DEPARTMENT: {
    fields: { organisation: all({ except: ['idNumber'] }), person: all({ except: ['idNumber'] }) },
    findPeople: true,
    register: true,
    accessLogCallerIds: false,
  },
  CREDIT_CENTRE: {
    fields: { organisation: all(), person: all() },
    findPeople: true,
    register: true,
    accessLogCallerIds: true,
  },
};

/** Disclosure from least to most open (the authorization core merges roles on it). */
const SCALES = [['forbidden', 'pseudonymised', 'shown']] as const satisfies readonly (readonly Disclosure[])[];

/**
 * The policy of a caller: the most open of its roles' policies, field by field; a caller with no
 * role (e.g. the gateway's service identity) reads nothing (@credit/authz).
 */
export function policyFor(caller: Pick<Caller, 'roles'>): SubjectPolicy {
  return policyOf(caller, POLICIES, SCALES);
}
