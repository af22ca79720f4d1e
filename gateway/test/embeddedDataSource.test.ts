import { PUBLIC_CALLER, type Caller } from '@credit/http';
import type { SubgraphRequest, SubgraphResponse } from '@credit/kit';
import { describe, expect, it } from 'vitest';
import type { GatewayContext } from '../src/context';
import { EmbeddedDataSource } from '../src/embeddedDataSource';

const ENTITIES = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Subject { rating { grade } } } }';
const representations = [{ __typename: 'Subject', id: 's-1' }];
const officer: Caller = { ...PUBLIC_CALLER, id: 'officer-1', roles: ['DEPARTMENT'], department: 'ZJJ', purpose: 'review' };

/** A subgraph's `execute` that answers as told and remembers what it was asked. */
function subgraph(answer: (request: SubgraphRequest) => Promise<SubgraphResponse>) {
  const seen: { request: SubgraphRequest; caller: Caller }[] = [];
  return { seen, execute: (request: SubgraphRequest, caller: Caller) => (seen.push({ request, caller }), answer(request)) };
}

const ask = (source: EmbeddedDataSource, query: string, variables?: Record<string, unknown>) =>
  source.process({ request: { query, variables }, context: { caller: officer } as GatewayContext } as never);

describe('a subgraph run in the gateway process', () => {
  it('hands the verified caller and the operation over as they are, and returns the answer with its extensions', async () => {
    const ratings = subgraph(async () => ({ status: 200, data: { _entities: [{ rating: { grade: 'A' } }] }, extensions: { subjectsDisclosed: ['s-1'] } }));
    const result = await ask(new EmbeddedDataSource('ratings', ratings, 1000), ENTITIES, { representations });
    expect(result).toEqual({ data: { _entities: [{ rating: { grade: 'A' } }] }, extensions: { subjectsDisclosed: ['s-1'] } });
    expect(ratings.seen).toEqual([{ request: { query: ENTITIES, variables: { representations }, operationName: undefined }, caller: officer }]);
  });

  it('answers an entity fetch past its deadline with null fields and SUBGRAPH_UNAVAILABLE naming the subgraph', async () => {
    const slow = subgraph(() => new Promise(() => {}));
    const result = await ask(new EmbeddedDataSource('ratings', slow, 30), ENTITIES, { representations });
    expect(result.data).toEqual({ _entities: [{ __typename: 'Subject', rating: null }] });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('did not answer within 30 ms'), extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'ratings' } }),
    ]);
  });

  it('raises SUBGRAPH_UNAVAILABLE for a root fetch that throws, and a refusal (HTTP 400 over the wire) as the client mistake', async () => {
    const broken = subgraph(() => Promise.reject(new Error('connection refused')));
    await expect(ask(new EmbeddedDataSource('subjects', broken, 1000), '{ subject(id: "1") { id } }')).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'subjects' },
    });
    const refusing = subgraph(async () => ({
      status: 400,
      errors: [{ message: 'Variable "$from" got invalid value "2026-02-30"; Expected type "Date".', extensions: { code: 'BAD_USER_INPUT' } }],
    }));
    await expect(ask(new EmbeddedDataSource('records', refusing, 1000), 'query ($from: Date!) { a(from: $from) }', { from: '2026-02-30' })).rejects.toMatchObject({
      message: 'Variable "$from" got invalid value "2026-02-30"; Expected type "Date".',
      extensions: { code: 'BAD_USER_INPUT', subgraph: 'records' },
    });
  });

  it('gives a bulk mutation the bulk deadline', async () => {
    const slowOnce = subgraph(() => new Promise((resolve) => setTimeout(() => resolve({ status: 200, data: { submitRecords: { accepted: 1 } } }), 60)));
    const source = new EmbeddedDataSource('records', slowOnce, 20, undefined, 1000);
    const result = await ask(source, 'mutation { submitRecords(input: {}) { accepted } }');
    expect(result.data).toEqual({ submitRecords: { accepted: 1 } });
  });
});
