import { describeSubgraphContract, testBackends } from '@credit/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph } from '../src/server';
import { CITIZEN, SCJGJ, demoDirectory, startRecords, type RunningRecords } from './harness';
import { licence, organisation, penalty } from './fixtures';

const SUBMIT = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { created rejected results { outcome error { code message } } } }`;
const PAGE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id
  records(first: 2) { edges { cursor node { documentNumber decisionDate category } } pageInfo { hasNextPage endCursor } } } } }`;

describeSubgraphContract(subgraph, {
  entity: 'Subject',
  selection: 'id recordSummary { total }',
  caller: SCJGJ,
  options: { directory: demoDirectory(), clock: () => new Date('2026-11-26T04:00:00Z') },
  async seed(running) {
    const batch = Array.from({ length: 50 }, (_, n) => penalty(n));
    const result = await running.callAs(SCJGJ)(SUBMIT, { batch: { records: batch } });
    expect(result.errors).toBeUndefined();
    return Array.from({ length: 100 }, (_, n) => ({ id: organisation(n).id }));
  },
});

describe.each(testBackends())('records subject pages on $name', (backend) => {
  let records: RunningRecords;
  beforeAll(async () => {
    records = await startRecords(backend);
    // Three records for each of the first 50 organisations, on different decision dates.
    const batch = Array.from({ length: 50 }, (_, n) => [
      penalty(n, { documentNumber: `P-${n}-a`, decisionDate: '2026-11-10' }),
      penalty(n, { documentNumber: `P-${n}-b`, decisionDate: '2026-11-12', penaltyCategories: ['WARNING'], fineAmount: null, confiscatedAmount: null }),
      licence(n, { documentNumber: `L-${n}`, decisionDate: '2026-11-18' }),
    ]).flat();
    const result = await records.query(SUBMIT, { batch: { records: batch } }, SCJGJ);
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitRecords.created).toBe(150);
  });
  afterAll(() => records?.close());

  it('serves the data catalogue', async () => {
    const result = await records.query(`{ dataCatalog(department: "STHJJ") { code name department category pushCycle disclosure requiredFields } }`);
    const items = result.data!.dataCatalog;
    expect(items.map((i: { code: string }) => i.code)).toEqual(['STHJ-CF-01', 'STHJ-XK-01']);
    expect(items[0]).toMatchObject({ department: 'STHJJ', category: 'ADMINISTRATIVE_PENALTY', disclosure: 'PUBLIC' });
    expect(items[0].requiredFields).toContain('penaltyCategories');
  });

  it('pages the records of 100 subjects, newest first, with one SQL query', async () => {
    const ids = Array.from({ length: 100 }, (_, n) => organisation(n).id);
    const before = records.database.queries.count;
    const result = await records.query(PAGE, { r: ids.map((id) => ({ __typename: 'Subject', id })) }, SCJGJ);
    expect(records.database.queries.count - before).toBe(1);
    expect(result.errors).toBeUndefined();
    const entities = result.data!._entities;
    expect(entities).toHaveLength(100);
    expect(entities[0].records.edges.map((e: any) => e.node.documentNumber)).toEqual(['L-0', 'P-0-b']);
    expect(entities[0].records.pageInfo.hasNextPage).toBe(true);
    expect(entities[99].records.edges).toEqual([]);
  });

  it('continues after a cursor', async () => {
    const id = organisation(3).id;
    const first = await records.query(PAGE, { r: [{ __typename: 'Subject', id }] }, SCJGJ);
    const after = first.data!._entities[0].records.pageInfo.endCursor;
    const next = await records.query(
      `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Subject { records(first: 2, after: $after) { edges { node { documentNumber } } pageInfo { hasNextPage } } } } }`,
      { r: [{ __typename: 'Subject', id }], after },
      SCJGJ,
    );
    expect(next.data!._entities[0].records.edges.map((e: any) => e.node.documentNumber)).toEqual(['P-3-a']);
    expect(next.data!._entities[0].records.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by category', async () => {
    const result = await records.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { records(category: ADMINISTRATIVE_PENALTY, first: 10) { edges { node { category documentNumber } } } } } }`,
      { r: [{ __typename: 'Subject', id: organisation(5).id }] },
      SCJGJ,
    );
    expect(result.data!._entities[0].records.edges.map((e: any) => e.node)).toEqual([
      { category: 'ADMINISTRATIVE_PENALTY', documentNumber: 'P-5-b' },
      { category: 'ADMINISTRATIVE_PENALTY', documentNumber: 'P-5-a' },
    ]);
  });

  it('summarises 100 subjects with one SQL query', async () => {
    const ids = Array.from({ length: 100 }, (_, n) => organisation(n).id);
    const before = records.database.queries.count;
    const result = await records.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { recordSummary { total byCategory { category count } penaltiesByTier { tier count } lastDecisionDate } } } }`,
      { r: ids.map((id) => ({ __typename: 'Subject', id })) },
      SCJGJ,
    );
    expect(records.database.queries.count - before).toBe(1);
    expect(result.data!._entities[0].recordSummary).toEqual({
      total: 3,
      byCategory: [
        { category: 'ADMINISTRATIVE_LICENCE', count: 1 },
        { category: 'ADMINISTRATIVE_PENALTY', count: 2 },
      ],
      penaltiesByTier: [{ tier: 'MINOR', count: 1 }, { tier: 'GENERAL', count: 1 }],
      lastDecisionDate: '2026-11-18',
    });
  });

  it('summarises only the records decided on or after `since`, one SQL query per date asked', async () => {
    const ids = Array.from({ length: 100 }, (_, n) => organisation(n).id);
    const before = records.database.queries.count;
    const result = await records.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject {
        recent: recordSummary(since: "2026-11-12") { total byCategory { category count } penaltiesByTier { tier count } lastDecisionDate }
        latest: recordSummary(since: "2026-11-13") { total }
        all: recordSummary { total } } } }`,
      { r: ids.map((id) => ({ __typename: 'Subject', id })) },
      SCJGJ,
    );
    expect(result.errors).toBeUndefined();
    expect(records.database.queries.count - before).toBe(3);
    const first = result.data!._entities[0];
    // P-0-a (2026-11-10) is before the date; P-0-b (11-12, on the date) and L-0 (11-18) count.
    expect(first.recent).toEqual({
      total: 2,
      byCategory: [
        { category: 'ADMINISTRATIVE_LICENCE', count: 1 },
        { category: 'ADMINISTRATIVE_PENALTY', count: 1 },
      ],
      penaltiesByTier: [{ tier: 'MINOR', count: 1 }],
      lastDecisionDate: '2026-11-18',
    });
    expect(first.latest.total).toBe(1);
    expect(first.all.total).toBe(3);
    expect(result.data!._entities[99]).toEqual({ recent: expect.objectContaining({ total: 0 }), latest: { total: 0 }, all: { total: 0 } });

    const bad = await records.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { recordSummary(since: "2026-13-01") { total } } } }`, { r: [{ __typename: 'Subject', id: ids[0] }] }, SCJGJ);
    expect(bad.errors?.[0]?.message).toMatch(/Date/);
  });

  it('shows the public only what is within publicity: a warning alone is never published', async () => {
    const id = organisation(0).id;
    const result = await records.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { records(first: 10) { edges { node { documentNumber objections { id } versions { version } } } } recordSummary { total } } } }`,
      { r: [{ __typename: 'Subject', id }] },
      CITIZEN,
    );
    const edges = result.data!._entities[0].records.edges;
    expect(edges.map((e: any) => e.node.documentNumber)).toEqual(['L-0', 'P-0-a']);
    expect(edges[0].node.versions).toEqual([]);
    expect(result.data!._entities[0].recordSummary.total).toBe(2);
  });

  it('resolves 100 CreditRecord references with one SQL query, under the caller\'s access', async () => {
    const listed = await records.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { records(first: 3) { edges { node { id documentNumber } } } } } }`,
      { r: Array.from({ length: 34 }, (_, n) => ({ __typename: 'Subject', id: organisation(n).id })) },
      SCJGJ,
    );
    const nodes = listed.data!._entities.flatMap((e: any) => e.records.edges.map((edge: any) => edge.node));
    const refs = nodes.slice(0, 100);
    expect(refs).toHaveLength(100);
    const ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on CreditRecord { id documentNumber category } } }`;
    const representations = refs.map((r: any) => ({ __typename: 'CreditRecord', id: r.id }));
    const before = records.database.queries.count;
    const result = await records.query(ENTITY, { r: representations }, SCJGJ);
    expect(records.database.queries.count - before).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e: any) => e.documentNumber)).toEqual(refs.map((r: any) => r.documentNumber));

    // The public gets only records within publicity: a warning alone is never published (null).
    const asPublic = await records.query(ENTITY, { r: representations }, CITIZEN);
    const shown = asPublic.data!._entities.map((e: any) => e?.documentNumber ?? null);
    expect(shown).toEqual(refs.map((r: any) => (r.documentNumber.endsWith('-b') ? null : r.documentNumber)));
    const unknown = await records.query(ENTITY, { r: [{ __typename: 'CreditRecord', id: '00000000-0000-4000-8000-000000000000' }, { __typename: 'CreditRecord', id: 'not-a-uuid' }] }, SCJGJ);
    expect(unknown.data!._entities).toEqual([null, null]);
  });
});
