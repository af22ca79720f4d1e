import { PUBLIC_CALLER, type Caller } from '@credit/kit';
import { startSubgraph, type RunningSubgraph, type TestBackend } from '@credit/kit/testing';
import type { ServicesSchema } from '../src/db';
import { subgraph } from '../src/server';

const official = (id: string, department: string, roles: Caller['roles'], purpose: string): Caller => ({ id, department, roles, purpose, subjectId: null });

export const ZJJ = official('officer-zjj', 'ZJJ', ['DEPARTMENT'], '逢办必查');
export const SCJGJ = official('officer-scjg', 'SCJGJ', ['DEPARTMENT'], '逢办必查');
export const CENTRE = official('centre-1', 'XYZX', ['CREDIT_CENTRE'], '审计');
export const CITIZEN: Caller = PUBLIC_CALLER;

/** A SUBJECT caller bound to one subject (its own account). */
export function subjectCaller(subjectId: string, purpose: string | null = '本单位信用承诺'): Caller {
  return { id: `subject-${subjectId}`, department: null, roles: ['SUBJECT'], purpose, subjectId };
}

export interface RunningServices extends RunningSubgraph<ServicesSchema> {
  clock: { now: Date };
}

/** The services subgraph on a fresh database of the backend, listening on a free port, with a clock tests move. */
export async function startServices(backend: TestBackend, options: { now?: Date } = {}): Promise<RunningServices> {
  const clock = { now: options.now ?? new Date('2026-11-26T04:00:00Z') };
  const running = await startSubgraph(subgraph, backend, { options: { clock: () => clock.now } });
  return Object.assign(running, { clock });
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
