import { listen, PUBLIC_CALLER, subgraphSecret, type Caller } from '@credit/http';
import { postAsGateway, type GraphQLResult } from '@credit/http/testing';
import type { TestBackend } from '@credit/db/testing';
import { openServicesDatabase, type ServicesDatabase } from '../src/db';
import { buildServicesApp } from '../src/server';

export const ZJJ: Caller = { id: 'officer-zjj', department: 'ZJJ', roles: ['DEPARTMENT'], purpose: '逢办必查' };
export const SCJGJ: Caller = { id: 'officer-scjg', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: '逢办必查' };
export const CENTRE: Caller = { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '审计' };
export const CITIZEN: Caller = PUBLIC_CALLER;

/** A SUBJECT caller bound to one subject (the role and claim issue 8 adds to the caller). */
export function subjectCaller(subjectId: string): Caller {
  return { id: `subject-${subjectId}`, department: null, roles: ['SUBJECT' as Caller['roles'][number]], purpose: null, subjectId } as Caller;
}

export interface RunningServices {
  url: string;
  database: ServicesDatabase;
  clock: { now: Date };
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The services subgraph on a fresh database of the backend, listening on a free port. */
export async function startServices(backend: TestBackend, options: { now?: Date } = {}): Promise<RunningServices> {
  const target = await backend.create();
  const database = await openServicesDatabase({ url: target.url });
  const clock = { now: options.now ?? new Date('2026-11-26T04:00:00Z') };
  const { app, stop } = await buildServicesApp(database.db, { gatewaySecret: subgraphSecret('services'), clock: () => clock.now });
  const listening = await listen(app, 0);
  const url = `${listening.url}/graphql`;
  return {
    url,
    database,
    clock,
    query: (query, variables, caller = CITIZEN) => postAsGateway('services', url, query, variables, caller),
    async close() {
      await listening.close();
      await stop();
      await database.close();
      await target.drop();
    },
  };
}

/** Inputs as the gateway would send them in a representation. */
export const rating = (grade: 'A' | 'B' | 'C' | 'D') => ({
  grade,
  score: { A: 92.5, B: 78, C: 55, D: 30 }[grade],
  modelVersion: 'GB45255-2025/v1',
  evaluatedAt: '2026-11-01T00:00:00.000Z',
});

export const measure = (code: string, effect: 'REWARD' | 'PUNISHMENT', listType: string, matters: string[]) => ({
  measure: { code, name: `${code} 措施`, effect, legalBasis: '《关于对失信被执行人实施联合惩戒的合作备忘录》(发改财金〔2016〕141号)', matters },
  listing: { id: `listing-${code}`, listType, department: 'FY' },
});

export const subjectId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
