import { listen, subgraphSecret, type Caller } from '@credit/http';
import { postAsGateway, type GraphQLResult } from '@credit/http/testing';
import type { TestBackend } from '@credit/db/testing';
import { openSubjectsDatabase, type SubjectsDatabase } from '../src/db';
import { buildSubjectsApp } from '../src/server';

/** Callers of each role, each with a purpose (see test/authorization.test.ts for what each sees). */
export const CALLERS = {
  public: { id: 'anonymous', department: null, roles: ['PUBLIC'], purpose: null },
  department: { id: 'officer-1', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: '行政许可审查' },
  creditCentre: { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '信用修复审核' },
  analyst: { id: 'analyst-1', department: 'TJJ', roles: ['ANALYST'], purpose: '行业信用分析' },
} satisfies Record<string, Caller>;

export interface RunningSubjects {
  url: string;
  database: SubjectsDatabase;
  /** Calls the subgraph as the gateway would, for `caller` (a department officer by default). */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The subjects subgraph on a fresh database of the backend, listening on a free port. */
export async function startSubjects(backend: TestBackend): Promise<RunningSubjects> {
  const target = await backend.create();
  const database = await openSubjectsDatabase({ url: target.url });
  const { app, stop } = await buildSubjectsApp(database.db, { gatewaySecret: subgraphSecret('subjects') });
  const listening = await listen(app, 0);
  const url = `${listening.url}/graphql`;
  return {
    url,
    database,
    query: (query, variables, caller = CALLERS.department) => postAsGateway('subjects', url, query, variables, caller),
    async close() {
      await listening.close();
      await stop();
      await database.close();
      await target.drop();
    },
  };
}
