import { listen, PUBLIC_CALLER, subgraphSecret, type Caller } from '@credit/http';
import { postAsGateway, type GraphQLResult } from '@credit/http/testing';
import type { TestBackend } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { openRecordsDatabase, type RecordsDatabase } from '../src/db';
import { MemorySubjectDirectory } from '../src/directory';
import { buildRecordsApp } from '../src/server';

export const SCJGJ: Caller = { id: 'officer-scjg', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: '双公示报送' };
export const STHJJ: Caller = { id: 'officer-sthj', department: 'STHJJ', roles: ['DEPARTMENT'], purpose: '联合检查' };
export const CENTRE: Caller = { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '异议核查' };
export const CITIZEN: Caller = { id: 'citizen-1', department: null, roles: ['PUBLIC'], purpose: null };

export interface RunningRecords {
  url: string;
  database: RecordsDatabase;
  directory: MemorySubjectDirectory;
  /** The subgraph's clock; tests move it. */
  clock: { now: Date };
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The first `subjects` demo subjects, as the in-memory directory knows them. */
export function demoDirectory(subjects = 200): MemorySubjectDirectory {
  return new MemorySubjectDirectory(Array.from({ length: subjects }, (_, i) => demoSubject(DEMO_SEED, i)));
}

/** The records subgraph on a fresh database of the backend, listening on a free port. */
export async function startRecords(backend: TestBackend, options: { now?: Date; directory?: MemorySubjectDirectory } = {}): Promise<RunningRecords> {
  const target = await backend.create();
  const database = await openRecordsDatabase({ url: target.url });
  const directory = options.directory ?? demoDirectory();
  const clock = { now: options.now ?? new Date('2026-11-26T04:00:00Z') };
  const { app, stop } = await buildRecordsApp(database.db, {
    gatewaySecret: subgraphSecret('records'),
    directory,
    clock: () => clock.now,
  });
  const listening = await listen(app, 0);
  const url = `${listening.url}/graphql`;
  return {
    url,
    database,
    directory,
    clock,
    query: (query, variables, caller = PUBLIC_CALLER) => postAsGateway('records', url, query, variables, caller),
    async close() {
      await listening.close();
      await stop();
      await database.close();
      await target.drop();
    },
  };
}

export const ANALYST: Caller = { id: 'analyst-1', department: 'TJJ', roles: ['ANALYST'], purpose: '行业信用分析' };
