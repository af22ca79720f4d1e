import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { Caller } from '@credit/kit';
import { startSubgraph, type RunningSubgraph, type TestBackend } from '@credit/kit/testing';
import type { schema } from '../src/db/schema';
import { MemorySubjectDirectory } from '../src/directory';
import { subgraph } from '../src/server';

export const SCJGJ: Caller = { id: 'officer-scjg', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: '双公示报送', subjectId: null };
export const STHJJ: Caller = { id: 'officer-sthj', department: 'STHJJ', roles: ['DEPARTMENT'], purpose: '联合检查', subjectId: null };
export const CENTRE: Caller = { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: '异议核查', subjectId: null };
export const CITIZEN: Caller = { id: 'citizen-1', department: null, roles: ['PUBLIC'], purpose: null, subjectId: null };
export const ANALYST: Caller = { id: 'analyst-1', department: 'TJJ', roles: ['ANALYST'], purpose: '行业信用分析', subjectId: null };

export interface RunningRecords extends RunningSubgraph<typeof schema> {
  directory: MemorySubjectDirectory;
  /** The subgraph's clock; tests move it. */
  clock: { now: Date };
}

/** The first `subjects` demo subjects, as the in-memory directory knows them. */
export function demoDirectory(subjects = 200): MemorySubjectDirectory {
  return new MemorySubjectDirectory(Array.from({ length: subjects }, (_, i) => demoSubject(DEMO_SEED, i)));
}

/** The records subgraph on a fresh database of the backend; `query` calls as the public by default. */
export async function startRecords(backend: TestBackend, options: { now?: Date; directory?: MemorySubjectDirectory } = {}): Promise<RunningRecords> {
  const directory = options.directory ?? demoDirectory();
  const clock = { now: options.now ?? new Date('2026-11-26T04:00:00Z') };
  const running = await startSubgraph(subgraph, backend, { options: { directory, clock: () => clock.now } });
  return { ...running, directory, clock };
}
