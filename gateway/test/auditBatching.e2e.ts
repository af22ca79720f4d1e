/**
 * The access log written in batches through the real subjects subgraph: concurrent reads share one
 * `recordSubjectAccesses` call, and a response is released only when its own entry is committed.
 */
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { startSystem, type RunningSystem } from './system';

const company = demoSubject(DEMO_SEED, 0);

describe.each(testBackends())('the access log written in batches on $name', (backend) => {
  let system: RunningSystem;
  let token: string;
  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
    token = await developmentToken({ sub: 'officer-batch', dept: 'SCJGJ', roles: ['DEPARTMENT'] });
    await system
      .subgraph<SubjectsSchema>('subjects')
      .database.db.execute("alter table subjects.subject_access add constraint refuse_batch_test check (purpose is distinct from 'unrecordable') not valid");
  });
  afterAll(() => system?.close());

  const read = (n: number, purpose: string) =>
    system.query(`query BatchRead${n}($id: ID!) { subject(id: $id) { name } }`, { id: company.id }, { authorization: `Bearer ${token}`, purpose });

  it('answers concurrent reads after their entries are stored, and withholds only the one the log refused', async () => {
    const results = await Promise.all([read(1, 'review'), read(2, 'unrecordable'), read(3, 'review'), read(4, 'review'), read(5, 'review')]);
    expect(results.map((r) => r.status)).toEqual([200, 503, 200, 200, 200]);
    expect(results[1]!.data).toBeUndefined();
    expect(results[1]!.errors![0]!.extensions?.code).toBe('AUDIT_UNAVAILABLE');
    expect(JSON.stringify(results[1])).not.toContain(company.name);
    for (const n of [0, 2, 3, 4]) expect(results[n]!.data!.subject.name).toBe(company.name);

    const stored = (await system
      .subgraph<SubjectsSchema>('subjects')
      .database.db.execute("select operation_name from subjects.subject_access where caller_id = 'officer-batch' order by operation_name")) as unknown as {
      rows: { operation_name: string }[];
    };
    expect(stored.rows.map((r) => r.operation_name)).toEqual(['BatchRead1', 'BatchRead3', 'BatchRead4', 'BatchRead5']);
  });

  it('stores several entries in one call of the internal mutation, all or none', async () => {
    const subjects = system.subgraph<SubjectsSchema>('subjects').database.db;
    const { recordAccesses } = await import('../../subgraphs/subjects/src/audit');
    const entry = (operationName: string, purpose = 'review') => ({
      at: new Date().toISOString(),
      callerId: 'officer-direct',
      department: 'SCJGJ',
      roles: ['DEPARTMENT' as const],
      purpose,
      operationName,
      subjectIds: [company.id, demoSubject(DEMO_SEED, 1).id],
    });
    expect(await recordAccesses(subjects, [entry('A'), entry('B')])).toBe(2);
    await expect(recordAccesses(subjects, [entry('C'), entry('D', 'unrecordable')])).rejects.toThrow();
    const rows = (await subjects.execute(
      "select operation_name, cardinality(subject_ids) as n from subjects.subject_access where caller_id = 'officer-direct' order by 1",
    )) as unknown as { rows: { operation_name: string; n: number }[] };
    expect(rows.rows).toEqual([
      { operation_name: 'A', n: 2 },
      { operation_name: 'B', n: 2 },
    ]);
  });
});
