/**
 * The bad-input corpus's shared parts: what a case is, what every answer is checked against, and
 * the context the case tables are built from (the running system, tokens, ids made in set-up).
 */
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { ERROR_CODES } from '@credit/http';
import { organisation } from '../../../subgraphs/records/test/fixtures';
import type { RunningSystem } from '../system';

/** A natural person among the demo subjects: their name and ID number are personal data. */
export const person = demoSubject(DEMO_SEED, 6);
export const org = organisation(1);
export const org2 = organisation(2);
export const UUID_ZERO = '00000000-0000-4000-8000-000000000000';

export interface Reply {
  status: number;
  text: string;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

export interface Case {
  group: string;
  name: string;
  run: () => Promise<Reply>;
  /** One of these codes among the errors (or, with `row`, the first rejected row's code). */
  codes?: string[];
  /** No errors at all. */
  ok?: boolean;
  status?: number;
  /** Codes of rejected rows in a batch payload: the first row's code must be one of these. */
  row?: string[];
  /** A mutation: the stores' row counts must be the same after it (nothing half-written). */
  writes?: boolean;
  /** Who asks, for the personal-data check: only the credit centre and the deciding department see a person's ID number, the public and analysts not even the name. */
  as?: 'public' | 'analyst' | 'department' | 'centre' | 'none';
  check?: (reply: Reply) => void;
}

/** SQL, stack frames, file paths: never in a response. */
export const LEAKS = /\b(select\s+[\w*"]|insert into|update\s+"|delete from)|violates|syntax error at|\bat\s+\S+\.(?:ts|js|mjs|cjs):\d+|node_modules|\/work\/|stacktrace|Failed query|params:|relation "|column "/i;

export const KNOWN_CODES = new Set<string>([...Object.keys(ERROR_CODES)]);

export async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: Reply['body'] = null;
  try {
    body = JSON.parse(text) as Reply['body'];
  } catch {
    body = null;
  }
  return { status: response.status, text, body };
}

export const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Operations several tables send. */
export const SUBMIT_ROWS = `mutation ($b: SubmitRecordsInput!) { submitRecords(input: $b) { created results { error { code field } } } }`;
export const READ_AUTH = `query ($id: ID!) { creditRecord(id: $id) { id content } }`;
export const REGISTER = `mutation ($i: [SubjectInput!]!) { registerSubjects(input: { subjects: $i }) { created updated results { error { code field } } } }`;
export const GRANT = `mutation ($i: GrantAuthorisationInput!) { grantAuthorisation(input: $i) { authorisation { id } } }`;
export const grantInput = { subjectId: org2.id, granteeDepartment: 'STHJJ', purpose: '执法检查', validUntil: '2027-01-01' };

/** Who a case's request speaks for: a key of `tokens`, or nobody. */
export type Who = 'scjgj' | 'sthjj' | 'rsj' | 'centre' | 'analyst' | 'orgSelf' | 'org2Self';

/** What the case tables are built from, once set-up has made its records, objection and grants. */
export interface Corpus {
  system: RunningSystem;
  tokens: Record<Who, string>;
  /** A penalty SCJGJ pushed against `org`, with an objection (`objectionId`) filed to it. */
  recordId: string;
  /** RSJ's AUTHORISED record about `org2`, which SCJGJ may read for 信贷审查 (`grantedId`). */
  authorisedRecordId: string;
  objectionId: string;
  grantedId: string;
  /** A subject SCJGJ registered. */
  registeredCode: string;
  add: (c: Case) => void;
  post: (body: string, headers?: Record<string, string>, path?: string, method?: string) => Promise<Reply>;
  gql: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>, extra?: Record<string, unknown>) => Promise<Reply>;
  headersFor: (who: Who | null, purpose?: string | null) => Record<string, string>;
}
