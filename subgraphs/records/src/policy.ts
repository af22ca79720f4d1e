import type { Caller, Role } from '@credit/http';

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
 * A caller with several roles gets the most open disclosure any of its roles allows; a caller
 * with no role (no token maps to PUBLIC) gets the public's.
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
  /** Which records: public ones within their publicity period, or the whole file. */
  file: 'public' | 'whole';
  /** A record's party, by the party's category (natural person: `partyCategory` NATURAL_PERSON). */
  party: Record<Category, PartyDisclosure>;
  /** The party of records decided by the caller's own department, where that differs. */
  ownRecords: Record<Category, PartyDisclosure>;
  /** Objections, version history, compliance figures and overdue-objection lists. */
  internal: boolean;
  /** Acts on records (resolves objections, reviews repair): none, its own department's, or all. */
  manage: 'none' | 'own' | 'all';
}

const ALL_SHOWN: PartyDisclosure = { partyName: 'shown', partyCode: 'shown', legalRepresentative: 'shown' };

export const POLICIES: Record<Role, RecordPolicy> = {
  PUBLIC: {
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
    manage: 'none',
  },
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
    manage: 'none',
  },
  DEPARTMENT: {
    file: 'whole',
    party: {
      organisation: ALL_SHOWN,
      person: { partyName: 'shown', partyCode: 'masked', legalRepresentative: 'shown' },
    },
    ownRecords: { organisation: ALL_SHOWN, person: ALL_SHOWN },
    internal: true,
    manage: 'own',
  },
  CREDIT_CENTRE: {
    file: 'whole',
    party: { organisation: ALL_SHOWN, person: ALL_SHOWN },
    ownRecords: { organisation: ALL_SHOWN, person: ALL_SHOWN },
    internal: true,
    manage: 'all',
  },
};

const OPENNESS: Record<Disclosure, number> = { hidden: 0, surname: 1, pseudonymised: 2, masked: 3, shown: 4 };

function mostOpen<T extends Disclosure>(values: T[]): T {
  return values.reduce((a, b) => (OPENNESS[b] > OPENNESS[a] ? b : a));
}

/** The policy of a caller: the most open of its roles' policies, field by field. */
export function policyFor(caller: Pick<Caller, 'roles'>): RecordPolicy {
  const policies = caller.roles.length ? caller.roles.map((role) => POLICIES[role]) : [POLICIES.PUBLIC];
  const party = (table: 'party' | 'ownRecords', category: Category): PartyDisclosure => ({
    partyName: mostOpen(policies.map((p) => p[table][category].partyName)),
    partyCode: mostOpen(policies.map((p) => p[table][category].partyCode)),
    legalRepresentative: mostOpen(policies.map((p) => p[table][category].legalRepresentative)),
  });
  const manage = policies.some((p) => p.manage === 'all') ? 'all' : policies.some((p) => p.manage === 'own') ? 'own' : 'none';
  return {
    file: policies.some((p) => p.file === 'whole') ? 'whole' : 'public',
    party: { organisation: party('party', 'organisation'), person: party('party', 'person') },
    ownRecords: { organisation: party('ownRecords', 'organisation'), person: party('ownRecords', 'person') },
    internal: policies.some((p) => p.internal),
    manage,
  };
}
