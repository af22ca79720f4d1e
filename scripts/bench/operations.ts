/**
 * The operations the benchmark drives, each request for a different subject of the seeded
 * population (organisations only, which a department may profile in full). Request `n` of a cell
 * picks subject `pick(n)`: a multiplicative walk over the population, so consecutive requests are
 * far apart and no two of the first N are the same subject.
 */
import { DEMO_SEED, demoSubject } from '@credit/demo-data';

export interface GraphQLBody {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  /** What the row measures, for the table's legend. */
  description: string;
  body(n: number, population: number, run: string): GraphQLBody;
}

const ORGS_PER_BLOCK = 6;
const BLOCK = 10;

/** The k-th organisation of the demo population (slots 0–5 of each block of ten). */
export function organisationIndex(k: number): number {
  return Math.floor(k / ORGS_PER_BLOCK) * BLOCK + (k % ORGS_PER_BLOCK);
}

/** How many organisations a population of `population` subjects has: the length of `pick`'s cycle. */
export function organisationCount(population: number): number {
  return Math.max(1, Math.floor(population / BLOCK) * ORGS_PER_BLOCK);
}

/** A walk over 0 .. organisations-1 that visits each once per cycle (a prime stride not dividing it). */
export function pick(n: number, population: number): number {
  const organisations = organisationCount(population);
  const stride = 1_000_003;
  return organisationIndex(Number((BigInt(n) * BigInt(stride) + 7n) % BigInt(organisations)));
}

const subject = (n: number, population: number) => demoSubject(DEMO_SEED, pick(n, population));

const MATTERS = ['SZ-ZJ-001', 'SZ-SCJG-002', 'SZ-ZJ-003', 'SZ-CZ-001', 'SZ-FGW-001'];

export const PROFILE_QUERY = `query CreditProfile($code: String!, $matter: String!, $application: String!) {
  subjectByCode(code: $code) {
    id name kind creditCode status legalRepresentative registeredAt
    recordSummary { total penaltiesByTier { tier count } lastDecisionDate }
    rating { grade score modelVersion evaluatedAt explanation { indicator name contribution unknown } }
    listings { id listType status department reasons listedFrom listedUntil }
    activeMeasures { measure { code name effect legalBasis matters } listing { id listType } }
    commitments { id kind status text deadline department }
    eligibleIncentives { eligible incentive { code name provider } failed { rule { kind } explanation } }
    creditCheck(matterCode: $matter, applicationId: $application) {
      id decision missingInputs officerActions
      reasons { kind allows explanation source officerAction }
    }
  }
}`;

export const CHECK_QUERY = `query CreditCheck($code: String!, $matter: String!, $application: String!) {
  subjectByCode(code: $code) { creditCheck(matterCode: $matter, applicationId: $application) { id decision missingInputs } }
}`;

export const PAGE_QUERY = `query SubjectPage($codes: [String!]!) {
  subjectsByCodes(codes: $codes) {
    id name creditCode status
    rating { grade score }
    listings { listType status listedFrom listedUntil }
  }
}`;

export const SEARCH_QUERY = `query Search($query: String!) {
  searchSubjects(query: $query, first: 10) { edges { node { id name creditCode kind status } } pageInfo { hasNextPage endCursor } }
}`;

export const OPERATIONS: Operation[] = [
  {
    name: 'profile',
    description: 'the Credit profile: all five subgraphs, with a credit check stored',
    body: (n, population, run) => {
      const s = subject(n, population);
      return { operationName: 'CreditProfile', query: PROFILE_QUERY, variables: { code: s.code, matter: MATTERS[n % MATTERS.length], application: `B-${run}-${n}` } };
    },
  },
  {
    name: 'creditCheck',
    description: 'the credit check (services, with ratings and sanctions as its inputs), stored and logged',
    body: (n, population, run) => {
      const s = subject(n, population);
      return { operationName: 'CreditCheck', query: CHECK_QUERY, variables: { code: s.code, matter: MATTERS[n % MATTERS.length], application: `C-${run}-${n}` } };
    },
  },
  {
    name: 'page50',
    description: 'a page of 50 subjects by code with rating and listings',
    body: (n, population) => ({
      operationName: 'SubjectPage',
      query: PAGE_QUERY,
      variables: { codes: Array.from({ length: 50 }, (_, j) => subject(n * 50 + j, population).code) },
    }),
  },
  {
    name: 'search',
    description: 'a name search (10 hits)',
    body: (n, population) => ({ operationName: 'Search', query: SEARCH_QUERY, variables: { query: subject(n, population).name.slice(4, 6) } }),
  },
];
