import { policyOf, type Caller, type Role } from '@credit/kit';

/**
 * Who may see what of the credit file, one policy per role: the same principles as the subjects
 * subgraph's (subgraphs/subjects/src/policy.ts). `src/access.ts` applies these tables on every
 * path that hands out a record (root fields, `Subject.records`, `_entities`, objections, repair,
 * receipts, version history); nothing else in the subgraph decides disclosure.
 *
 * Choices, briefly:
 * - The public sees public records within their publicity period. Organisations' names, codes and
 *   legal representatives as the 双公示 template publishes them. A natural person's name only as
 *   the surname and `**` (as public credit platforms publish penalties on individuals) and no ID
 *   number at all, not even masked (positions 1–6 and 15–18 still narrow a person down).
 * - Analysts read the whole file, pseudonymised: a natural person's name is the pseudonym the
 *   subjects subgraph gives the same person (`P-` keyed hash of the ID number, one `PSEUDONYM_KEY`),
 *   so analyses join across subgraphs; no ID number even masked, and no legal representatives'
 *   names (no free-text names of people), as in subjects.
 * - Departments read government-shared information: names, ID numbers masked, except on the
 *   records their own department decided (谁认定), which they see in full.
 * - The credit centre sees everything (it handles objections and repair).
 * A party code or legal representative the caller may not see is null (the field's description
 * says so), not an error: lists mix organisations and persons.
 * - A subject (SUBJECT) sees of others what the public sees, and its own whole file (src/access.ts).
 * A caller with several roles gets the most open disclosure any of its roles allows; a caller
 * with no role reads nothing (@credit/authz). Who acts on a record (谁认定谁负责) is the core's
 * `mayManage`: the department that decided it, or the credit centre.
 */

export type Category = 'organisation' | 'person';

export interface PartyDisclosure {
  /** As stored, the surname and `**`, or the person's keyed-hash pseudonym. */
  partyName: 'shown' | 'pseudonymised' | 'surname';
  /** As stored, the ID number masked (`350102********123X`), or null. */
  partyCode: 'shown' | 'masked' | 'hidden';
  legalRepresentative: 'shown' | 'hidden';
}
export type PartyField = keyof PartyDisclosure;
export const PARTY_FIELDS: readonly PartyField[] = ['partyName', 'partyCode', 'legalRepresentative'];
export type Disclosure = PartyDisclosure[PartyField];

export interface RecordPolicy {
  /** Which records: none, public ones within their publicity period, or the whole file. */
  file: 'nothing' | 'public' | 'whole';
  /** A record's party, by the party's category (natural person: `partyCategory` NATURAL_PERSON). */
  party: Record<Category, PartyDisclosure>;
  /** The party of records decided by the caller's own department, where that differs. */
  ownRecords: Record<Category, PartyDisclosure>;
  /** Objections, version history, compliance figures and overdue-objection lists. */
  internal: boolean;
  /**
   * Acts on records as their source: pushes them, resolves objections, reviews repair; for its own
   * department's records, or any (which ones: the core's `mayManage`).
   */
  act: boolean;
  /** Figures and overdue lists of every department, not only its own. */
  allDepartments: boolean;
  /** Files objections and repair applications: none, about itself only (a subject), or about any record. */
  apply: 'none' | 'own' | 'any';
}

const ALL_SHOWN: PartyDisclosure = { partyName: 'shown', partyCode: 'shown', legalRepresentative: 'shown' };

const PUBLIC_VIEW: RecordPolicy = {
  file: 'public',
  party: {
    organisation: ALL_SHOWN,
    person: { partyName: 'surname', partyCode: 'hidden', legalRepresentative: 'hidden' },
  },
  ownRecords: {
    organisation: ALL_SHOWN,
    person: { partyName: 'surname', partyCode: 'hidden', legalRepresentative: 'hidden' },
  },
  internal: false,
  act: false,
  allDepartments: false,
  // Anyone concerned who has signed in (src/access.ts refuses the anonymous caller).
  apply: 'any',
};

export const POLICIES: Record<Role, RecordPolicy> = {
  PUBLIC: PUBLIC_VIEW,
  SUBJECT: { ...PUBLIC_VIEW, apply: 'own' },
  // A credit service agency is a company: it reads what the public reads, and files nothing.
  AGENCY: { ...PUBLIC_VIEW, apply: 'none' },
  ANALYST: {
    file: 'whole',
    party: {
      organisation: { partyName: 'shown', partyCode: 'shown', legalRepresentative: 'hidden' },
      person: { partyName: 'pseudonymised', partyCode: 'hidden', legalRepresentative: 'hidden' },
    },
    ownRecords: {
      organisation: { partyName: 'shown', partyCode: 'shown', legalRepresentative: 'hidden' },
      person: { partyName: 'pseudonymised', partyCode: 'hidden', legalRepresentative: 'hidden' },
    },
    internal: true,
    act: false,
    allDepartments: true,
    // Objections and repair come from the subject, a department on its behalf, or the credit centre.
    apply: 'none',
  },
  DEPARTMENT: {
    file: 'whole',
    party: {
      organisation: ALL_SHOWN,
      person: { partyName: 'shown', partyCode: 'masked', legalRepresentative: 'shown' },
    },
    ownRecords: { organisation: ALL_SHOWN, person: ALL_SHOWN },
    internal: true,
    act: true,
    allDepartments: false,
    apply: 'any',
  },
  CREDIT_CENTRE: {
    file: 'whole',
    party: { organisation: ALL_SHOWN, person: ALL_SHOWN },
    ownRecords: { organisation: ALL_SHOWN, person: ALL_SHOWN },
    internal: true,
    act: true,
    allDepartments: true,
    apply: 'any',
  },
};

/** Each level's scale, from least to most open (the authorization core merges roles on them). */
const SCALES = [
  ['hidden', 'surname', 'pseudonymised', 'masked', 'shown'],
  ['nothing', 'public', 'whole'],
  ['none', 'own', 'any'],
] as const;

/** The policy of a caller: the most open of its roles' policies, field by field (@credit/authz). */
export function policyFor(caller: Pick<Caller, 'roles'>): RecordPolicy {
  return policyOf(caller, POLICIES, SCALES);
}
