import { DEMO_SEED, demoSubject, isOrganisationIndex } from '@credit/demo-data';
import { describeSubgraphContract, testBackends } from '@credit/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSubjects } from '../src/seed';
import { subgraph } from '../src/server';
import { CALLERS, startSubjects, type RunningSubjects } from './harness';

describeSubgraphContract(subgraph, {
  entity: 'Subject',
  selection: 'id name',
  caller: CALLERS.department,
  async seed({ database }) {
    await seedSubjects(database.db, { count: 100, seed: DEMO_SEED });
    return Array.from({ length: 100 }, (_, i) => ({ id: demoSubject(DEMO_SEED, i).id }));
  },
});

describe.each(testBackends())('subjects entities on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
    await seedSubjects(subjects.database.db, { count: 120, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());

  it('resolves the relations of 100 entities with one more query per level', async () => {
    // Organisations only, so that the people they relate to are not already loaded.
    const ids = Array.from({ length: 120 }, (_, i) => i)
      .filter(isOrganisationIndex)
      .map((i) => demoSubject(DEMO_SEED, i).id);
    const before = subjects.database.queries.count;
    const result = await subjects.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { relations { subject { name } } } } }`,
      { r: ids.map((id) => ({ __typename: 'Subject', id })) },
    );
    expect(result.errors).toBeUndefined();
    // entities, their relations, the related subjects
    expect(subjects.database.queries.count - before).toBe(3);
  });

  it('answers null for unknown and malformed ids, in order', async () => {
    const known = demoSubject(DEMO_SEED, 0).id;
    const result = await subjects.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id } } }`,
      { r: ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', known].map((id) => ({ __typename: 'Subject', id })) },
    );
    expect(result.data!._entities).toEqual([null, null, { id: known }]);
  });
});
