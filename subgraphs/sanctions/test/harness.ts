import { PUBLIC_CALLER, type Caller } from '@credit/kit';
import { startSubgraph, type GraphQLResult, type TestBackend } from '@credit/kit/testing';
import { DEMO_SEED, demoSubject, type DemoSubject } from '@credit/demo-data';
import type { SanctionsDatabase } from '../src/db';
import { subgraph } from '../src/server';

export const SCJGJ: Caller = { id: 'officer-scjg', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: '失信认定', subjectId: null };
export const STHJJ: Caller = { id: 'officer-sthj', department: 'STHJJ', roles: ['DEPARTMENT'], purpose: '联合惩戒', subjectId: null };
export const CZJ: Caller = { id: 'officer-cz', department: 'CZJ', roles: ['DEPARTMENT'], purpose: '政府采购资格审查', subjectId: null };
export const CENTRE: Caller = { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '名单管理', subjectId: null };
export const ANALYST: Caller = { id: 'analyst-1', department: 'TJJ', roles: ['ANALYST'], purpose: '行业信用分析', subjectId: null };
export const CITIZEN: Caller = { ...PUBLIC_CALLER };

/** A SUBJECT token bound to one subject. */
export function subjectCaller(subject: DemoSubject, purpose: string | null = '查看本主体名单'): Caller {
  return { id: `subject-${subject.index}`, department: null, roles: ['SUBJECT'], purpose, subjectId: subject.id };
}

export const demo = (index: number) => demoSubject(DEMO_SEED, index);
/** Demo organisations (slots 0–5 of each block of ten) and people (6–9). */
export const organisation = (n: number) => demo(Math.floor(n / 6) * 10 + (n % 6));
export const person = (n: number) => demo(Math.floor(n / 4) * 10 + 6 + (n % 4));

export interface RunningSanctions {
  url: string;
  database: SanctionsDatabase;
  clock: { now: Date };
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The sanctions subgraph (the kit's `startSubgraph`) on a fresh database, with a clock tests move. */
export async function startSanctions(backend: TestBackend, options: { now?: Date } = {}): Promise<RunningSanctions> {
  const clock = { now: options.now ?? new Date('2026-11-26T04:00:00Z') };
  const running = await startSubgraph(subgraph, backend, { options: { clock: () => clock.now }, caller: CITIZEN });
  return { url: running.url, database: running.database, clock, query: running.query, close: running.close };
}

/** Moves the clock `days` days on. */
export function advance(clock: { now: Date }, days: number): void {
  clock.now = new Date(clock.now.getTime() + days * 86_400_000);
}

export const PROPOSE = `mutation ($input: ProposeListingInput!) { proposeListing(input: $input) { listing { id status listType department objectionDeadline proposedAt } } }`;
export const ACTIVATE = `mutation ($input: ActivateListingInput!) { activateListing(input: $input) { pushedMeasures listing { id status listedFrom listedUntil rectificationDeadline } } }`;

export function proposal(subject: DemoSubject, overrides: Record<string, unknown> = {}) {
  return {
    subjectId: subject.id,
    subjectCode: subject.code,
    listType: 'SERIOUS_DISHONESTY',
    reasons: '因销售不符合食品安全标准的食品被吊销食品经营许可证，情节严重',
    basisRecordIds: ['6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f'],
    basisDocuments: ['苏园市监罚〔2026〕118号'],
    ...overrides,
  };
}
