import type { Caller } from '@credit/kit';
import { startSubgraph, type RunningSubgraph, type TestBackend } from '@credit/kit/testing';
import type { schema } from '../src/db/schema';
import { subgraph } from '../src/server';

/** Callers of each role, each with a purpose (see test/authorization.test.ts for what each sees). */
export const CALLERS = {
  public: { id: 'anonymous', department: null, roles: ['PUBLIC'], purpose: null, subjectId: null },
  department: { id: 'officer-1', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: '行政许可审查', subjectId: null },
  creditCentre: { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '信用修复审核', subjectId: null },
  analyst: { id: 'analyst-1', department: 'TJJ', roles: ['ANALYST'], purpose: '行业信用分析', subjectId: null },
} satisfies Record<string, Caller>;

export type RunningSubjects = RunningSubgraph<typeof schema>;

/** The subjects subgraph on a fresh database of the backend; `query` calls as a department officer by default. */
export function startSubjects(backend: TestBackend): Promise<RunningSubjects> {
  return startSubgraph(subgraph, backend, { caller: CALLERS.department });
}
