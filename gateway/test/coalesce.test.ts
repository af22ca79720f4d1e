import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { verifySignedRequest, type Caller } from '@credit/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityCoalescer, splitAnswer, type EntitiesAnswer } from '../src/coalesce';
import { keepAliveAgent, SubgraphDataSource } from '../src/dataSource';

const officer: Caller = { id: 'officer-1', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: 'review', subjectId: null };
const QUERY = 'query Q__ratings__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Subject { rating { grade } } } }';
const rep = (id: string) => ({ __typename: 'Subject', id });

/** A subgraph stand-in: answers each representation with its id, an error for ids starting with `bad`. */
function answerFor(representations: readonly unknown[]): EntitiesAnswer {
  const ids = (representations as { id: string }[]).map((r) => r.id);
  const errors = ids.flatMap((id, i) => (id.startsWith('bad') ? [{ message: `no ${id}`, path: ['_entities', i, 'rating'] }] : []));
  return { data: { _entities: ids.map((id) => (id.startsWith('bad') ? { rating: null } : { rating: { grade: id } })) }, ...(errors.length ? { errors } : {}) };
}

describe('entity coalescing', () => {
  it('sends the fetches made before the loop turns as one request and gives each its own entities and errors', async () => {
    const coalescer = new EntityCoalescer<EntitiesAnswer>(100);
    const sent: (readonly unknown[] | null)[] = [];
    const send = (own: readonly unknown[]) => async (all: readonly unknown[] | null) => {
      sent.push(all);
      return answerFor(all ?? own);
    };
    const key = EntityCoalescer.keyOf(officer, QUERY, { representations: [] });
    const fetches = [[rep('a'), rep('b')], [rep('bad-c')], [rep('d'), rep('bad-e'), rep('f')]];
    const answers = await Promise.all(fetches.map((reps) => coalescer.run(key, reps, send(reps))));
    expect(sent).toEqual([fetches.flat()]);
    expect(coalescer.coalesced).toBe(2);
    expect(answers.map((a) => a.data?._entities)).toEqual([
      [{ rating: { grade: 'a' } }, { rating: { grade: 'b' } }],
      [{ rating: null }],
      [{ rating: { grade: 'd' } }, { rating: null }, { rating: { grade: 'f' } }],
    ]);
    // Each error is renumbered into its own fetch, and only there.
    expect(answers.map((a) => a.errors ?? [])).toEqual([
      [],
      [{ message: 'no bad-c', path: ['_entities', 0, 'rating'] }],
      [{ message: 'no bad-e', path: ['_entities', 1, 'rating'] }],
    ]);
    // A lone fetch goes as it came; later fetches start a new batch.
    sent.length = 0;
    await coalescer.run(key, [rep('g')], send([rep('g')]));
    expect(sent).toEqual([null]);
  });

  it('keeps callers, purposes, other variables, mutations and root fetches apart', () => {
    const mine = EntityCoalescer.keyOf(officer, QUERY, { representations: [rep('a')], since: '2024-01-01' });
    expect(EntityCoalescer.keyOf({ ...officer }, QUERY, { representations: [rep('b'), rep('c')], since: '2024-01-01' })).toBe(mine);
    expect(EntityCoalescer.keyOf({ ...officer, id: 'officer-2' }, QUERY, { representations: [rep('a')], since: '2024-01-01' })).not.toBe(mine);
    expect(EntityCoalescer.keyOf({ ...officer, purpose: 'another' }, QUERY, { representations: [rep('a')], since: '2024-01-01' })).not.toBe(mine);
    expect(EntityCoalescer.keyOf(officer, QUERY, { representations: [rep('a')], since: '2025-01-01' })).not.toBe(mine);
    expect(EntityCoalescer.keyOf(officer, 'mutation M { _entities(representations: $representations) { __typename } }', { representations: [] })).toBeNull();
    expect(EntityCoalescer.keyOf(officer, 'query R { subjectByCode(code: $code) { id } }', { code: 'x' })).toBeNull();
  });

  it('never sends more representations together than its limit', async () => {
    const coalescer = new EntityCoalescer<EntitiesAnswer>(3);
    const sizes: number[] = [];
    const send = (own: readonly unknown[]) => async (all: readonly unknown[] | null) => {
      sizes.push((all ?? own).length);
      return answerFor(all ?? own);
    };
    const key = 'k';
    const fetches = [[rep('a'), rep('b')], [rep('c')], [rep('d'), rep('e')], [rep('f'), rep('g'), rep('h')]];
    const answers = await Promise.all(fetches.map((reps) => coalescer.run(key, reps, send(reps))));
    expect(sizes.sort()).toEqual([2, 3, 3]);
    expect(answers.map((a) => (a.data?._entities as unknown[]).length)).toEqual([2, 1, 2, 3]);
  });

  it('sends each fetch alone when the subgraph refuses the batch as malformed or answers the wrong number of entities', async () => {
    const refused = Object.assign(new Error('400'), { malformed: true });
    const coalescer = new EntityCoalescer<EntitiesAnswer>(100, (error) => (error as { malformed?: boolean }).malformed === true);
    const send = (own: readonly unknown[]) => async (all: readonly unknown[] | null) => {
      if (all) throw refused;
      if ((own[0] as { id: string }).id === 'poison') throw refused;
      return answerFor(own);
    };
    const results = await Promise.allSettled([[rep('a')], [rep('poison')], [rep('b')]].map((reps) => coalescer.run('k', reps, send(reps))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const short = new EntityCoalescer<EntitiesAnswer>(100);
    const alone: string[] = [];
    const answers = await Promise.all(
      [[rep('x')], [rep('y')]].map((reps) =>
        short.run('k', reps, async (all) => {
          if (all) return { data: { _entities: [{ rating: null }] } };
          alone.push((reps[0] as { id: string }).id);
          return answerFor(reps);
        }),
      ),
    );
    expect(alone.sort()).toEqual(['x', 'y']);
    expect(answers.map((a) => a.data?._entities)).toEqual([[{ rating: { grade: 'x' } }], [{ rating: { grade: 'y' } }]]);
    expect(splitAnswer({ data: null, errors: [{ message: 'down' } as never] }, [1, 2])).toEqual([
      { data: null, errors: [{ message: 'down' }] },
      { data: null, errors: [{ message: 'down' }] },
    ]);
  });

  it('fails every fetch of a batch the subgraph could not answer, with that error', async () => {
    const coalescer = new EntityCoalescer<EntitiesAnswer>(100, () => false);
    const down = new Error('connection refused');
    const results = await Promise.allSettled([[rep('a')], [rep('b')]].map((reps) => coalescer.run('k', reps, async () => Promise.reject(down))));
    expect(results).toEqual([
      { status: 'rejected', reason: down },
      { status: 'rejected', reason: down },
    ]);
  });

  describe('in the subgraph data source', () => {
    let server: Server;
    let url: string;
    const received: { representations: number; verified: boolean }[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          const parsed = JSON.parse(body) as { query: string; variables: { representations: unknown[] } };
          const verified = typeof verifySignedRequest('secret', req.headers, parsed) !== 'string';
          received.push({ representations: parsed.variables.representations.length, verified });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answerFor(parsed.variables.representations)));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const call = (source: SubgraphDataSource, caller: Caller, ids: string[]) =>
      source.process({
        kind: 'incoming operation',
        request: { query: QUERY, variables: { representations: ids.map(rep) }, http: { method: 'POST', url, headers: new Headers() } },
        context: { caller },
        incomingRequestContext: {} as never,
      } as never);

    it('signs the coalesced request over all its representations and hands each operation its own entities', async () => {
      received.length = 0;
      const source = new SubgraphDataSource('ratings', url, 5000, 'secret', undefined, 5000, { dedupe: true, coalesce: 500, agent: keepAliveAgent(4) });
      const answers = await Promise.all([call(source, officer, ['a']), call(source, officer, ['b', 'c']), call(source, { ...officer, id: 'officer-2' }, ['d'])]);
      expect(received.sort((x, y) => x.representations - y.representations)).toEqual([
        { representations: 1, verified: true },
        { representations: 3, verified: true },
      ]);
      expect(answers.map((a) => a.data?._entities)).toEqual([[{ rating: { grade: 'a' } }], [{ rating: { grade: 'b' } }, { rating: { grade: 'c' } }], [{ rating: { grade: 'd' } }]]);
      expect(source.coalesced).toBe(1);

      received.length = 0;
      const off = new SubgraphDataSource('ratings', url, 5000, 'secret', undefined, 5000, { dedupe: true, coalesce: 0, agent: keepAliveAgent(4) });
      await Promise.all([call(off, officer, ['a']), call(off, officer, ['b'])]);
      expect(received).toHaveLength(2);
    });
  });
});
