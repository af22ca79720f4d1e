import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject, isOrganisationIndex } from '@credit/demo-data';
import { postGraphQL } from '@credit/http/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSubjects } from '../src/seed';
import { startSubjects, type RunningSubjects } from './harness';

describe.each(testBackends())('subjects federation contract on $name', (backend) => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(backend);
    await seedSubjects(subjects.database.db, { count: 120, seed: DEMO_SEED });
  });
  afterAll(() => subjects?.close());

  it('publishes its SDL with Subject as an entity keyed by id', async () => {
    const result = await subjects.query(`{ _service { sdl } }`);
    expect(result.data!._service.sdl).toMatch(/type Subject\s+@key\(fields: "id"\)/);
  });

  it('resolves 100 representations with one SQL query', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => demoSubject(DEMO_SEED, i).id);
    const before = subjects.database.queries.count;
    const result = await subjects.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id name } } }`,
      { r: ids.map((id) => ({ __typename: 'Subject', id })) },
    );
    const queries = subjects.database.queries.count - before;
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(queries).toBe(1);
  });

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

describe('subjects called without the gateway', () => {
  let subjects: RunningSubjects;
  beforeAll(async () => {
    subjects = await startSubjects(testBackends()[0]!);
  });
  afterAll(() => subjects?.close());

  it.each([
    ['no signature', {}],
    ['a forged signature', { 'x-credit-caller': 'eyJpZCI6ImEiLCJyb2xlcyI6WyJDUkVESVRfQ0VOVFJFIl19', 'x-credit-timestamp': String(Date.now()), 'x-credit-signature': 'forged' }],
  ])('answers 401 and runs nothing, _entities included, with %s', async (_label, headers) => {
    const before = subjects.database.queries.count;
    const result = await postGraphQL(
      subjects.url,
      `{ _entities(representations: [{ __typename: "Subject", id: "00000000-0000-4000-8000-000000000000" }]) { ... on Subject { name } } }`,
      undefined,
      headers,
    );
    expect(result.status).toBe(401);
    expect(result.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(subjects.database.queries.count).toBe(before);
  });
});
