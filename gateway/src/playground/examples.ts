import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { Role } from '@credit/http';

export interface Example {
  query: string;
  variables: Record<string, unknown>;
  /** The roles the example is written for: each sees every field it asks for (a test runs it as each). */
  roles: Role[];
}

/** A company of the demo population (`pnpm start` seeds it), so that the examples answer at once. */
const company = demoSubject(DEMO_SEED, 0);

/** The operations the playground opens with, one tab each (the tab takes the operation's name). */
export const EXAMPLES: Example[] = [
  {
    query: `# A company's profile: its registration facts and public credit records, which anyone may read.
# What you see depends on your role: without a token you are the public. Paste a token above
# (\`pnpm token --dept SCJGJ --roles DEPARTMENT\`) and a purpose to see more (the other tabs);
# every read is recorded in the access log.
query Profile($code: String!) {
  subjectByCode(code: $code) {
    id
    name
    kind
    creditCode
    status
    registeredAt
    regionCode
    industryCode
    legalRepresentative
    recordSummary { total byCategory { category count } lastDecisionDate }
  }
}
`,
    variables: { code: company.code },
    roles: ['PUBLIC', 'DEPARTMENT', 'CREDIT_CENTRE'],
  },
  {
    query: `# The credit check before an approval (逢办必查): the applicants' standing and credit records.
query CreditCheck($codes: [String!]!) {
  subjectsByCodes(codes: $codes) {
    name
    creditCode
    status
    recordSummary { total penaltiesByTier { tier count } lastDecisionDate }
  }
}
`,
    variables: { codes: [company.code] },
    roles: ['PUBLIC', 'DEPARTMENT', 'CREDIT_CENTRE'],
  },
  {
    query: `# Related-party cross-check (departments, the credit centre, analysts): who stands behind a company, two relations deep, and their records.
query CrossCheck($code: String!) {
  subjectByCode(code: $code) {
    name
    relatedSubjects(depth: 2, first: 50) {
      depth
      via
      from { name }
      subject { name kind status recordSummary { total } }
    }
  }
}
`,
    variables: { code: company.code },
    roles: ['DEPARTMENT', 'CREDIT_CENTRE', 'ANALYST'],
  },
  {
    query: `# Who looked at this subject, when and why (the credit centre; departments on the subject's behalf).
query AccessLog($code: String!) {
  subjectByCode(code: $code) {
    name
    accessLog(first: 20) { at callerId department roles purpose operationName }
  }
}
`,
    variables: { code: company.code },
    roles: ['CREDIT_CENTRE', 'DEPARTMENT'],
  },
];
