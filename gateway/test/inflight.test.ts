import type { Caller } from '@credit/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAliveAgent, SubgraphDataSource } from '../src/dataSource';
import { InFlight, isQuery } from '../src/inflight';
import { startFakeSubgraph, type FakeSubgraph } from './fakeSubgraph';

const officer: Caller = { id: 'officer-1', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: 'review', subjectId: null };
const other: Caller = { ...officer, id: 'officer-2' };

describe('in-flight deduplication', () => {
  it('shares one answer between identical queries of the same caller while in flight, each a copy', async () => {
    const flights = new InFlight<{ data: { n: number[] } }>();
    let sent = 0;
    let release!: () => void;
    const send = () => {
      sent++;
      return new Promise<{ data: { n: number[] } }>((resolve) => (release = () => resolve({ data: { n: [1] } })));
    };
    const key = InFlight.keyOf(officer, 'query Q { a }', { id: 1 });
    const answers = [flights.run(key, send), flights.run(key, send), flights.run(key, send)];
    release();
    const [a, b, c] = await Promise.all(answers);
    expect(sent).toBe(1);
    expect(flights.joined).toBe(2);
    expect(a).toEqual(b);
    a!.data.n.push(2);
    expect(b!.data.n).toEqual([1]);
    expect(c!.data.n).toEqual([1]);
    // Nothing is kept: once answered, the next request is sent again.
    const again = flights.run(key, send);
    release();
    await again;
    expect(sent).toBe(2);
    expect(flights.size).toBe(0);
  });

  it('keeps callers, variables and mutations apart', () => {
    const query = 'query Q($id: ID!) { subject(id: $id) { name } }';
    const text = (key: ReturnType<typeof InFlight.keyOf>) => JSON.stringify(key);
    const mine = text(InFlight.keyOf(officer, query, { id: '1' }));
    expect(text(InFlight.keyOf({ ...officer }, query, { id: '1' }))).toBe(mine);
    expect(text(InFlight.keyOf(other, query, { id: '1' }))).not.toBe(mine);
    expect(text(InFlight.keyOf({ ...officer, purpose: 'another purpose' }, query, { id: '1' }))).not.toBe(mine);
    expect(text(InFlight.keyOf({ ...officer, roles: ['CREDIT_CENTRE'] }, query, { id: '1' }))).not.toBe(mine);
    expect(text(InFlight.keyOf({ ...officer, subjectId: '00000000-0000-4000-8000-000000000000' }, query, { id: '1' }))).not.toBe(mine);
    expect(text(InFlight.keyOf(officer, query, { id: '2' }))).not.toBe(mine);
    expect(InFlight.keyOf(officer, 'mutation M { recordSomething }', {})).toBeNull();
    expect(isQuery('{ subject(id: "1") { name } }')).toBe(true);
    expect(isQuery('query Q__subjects__0 { a }')).toBe(true);
    expect(isQuery('mutation M__services__0 { a }')).toBe(false);
  });

  describe('in the subgraph data source', () => {
    let subgraph: FakeSubgraph;
    let url: string;
    const received: { caller: string; body: string }[] = [];
    beforeAll(async () => {
      subgraph = await startFakeSubgraph((body, headers) => {
        received.push({ caller: String(headers['x-credit-caller']), body });
        return '{"data":{"subject":{"name":"A"}}}';
      }, 30);
      url = subgraph.url;
    });
    afterAll(() => subgraph.close());

    const call = (source: SubgraphDataSource, caller: Caller, query: string) =>
      source.process({
        kind: 'incoming operation',
        request: { query, variables: { id: '1' }, http: { method: 'POST', url, headers: new Headers() } },
        context: { caller },
        incomingRequestContext: {} as never,
      } as never);

    for (const transport of ['fetch', 'undici agent'] as const) {
      it(`sends one request for identical queries of one caller, one per caller otherwise, never sharing mutations (${transport})`, async () => {
        received.length = 0;
        const source = new SubgraphDataSource('subjects', url, 5000, 'secret', undefined, 5000, {
          dedupe: true,
          agent: transport === 'fetch' ? undefined : keepAliveAgent(4),
        });
        const query = 'query Q__subjects__0($id: ID!) { subject(id: $id) { name } }';
        const answers = await Promise.all([call(source, officer, query), call(source, officer, query), call(source, other, query)]);
        expect(answers.map((a) => a.data)).toEqual(Array(3).fill({ subject: { name: 'A' } }));
        expect(received).toHaveLength(2);
        expect(received.map((r) => JSON.parse(Buffer.from(r.caller, 'base64url').toString()).id).sort()).toEqual(['officer-1', 'officer-2']);
        expect(source.deduplicated).toBe(1);

        received.length = 0;
        const mutation = 'mutation M__services__0($id: ID!) { check(id: $id) }';
        await Promise.all([call(source, officer, mutation), call(source, officer, mutation)]);
        expect(received).toHaveLength(2);
      });
    }
  });
});
