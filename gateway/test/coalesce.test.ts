import { verifySignedRequest, type Caller } from '@credit/http';
import { buildSchema, graphql, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coalescer, type MergedRequest } from '../src/coalesce';
import { keepAliveAgent, SubgraphDataSource } from '../src/dataSource';
import { mergeable, mergedQuery, mergedVariables, splitMerged, type Answer } from '../src/mergeOperations';
import { startFakeSubgraph, type FakeSubgraph } from './fakeSubgraph';

const officer: Caller = { id: 'officer-1', department: 'SCJGJ', roles: ['DEPARTMENT'], purpose: 'review', subjectId: null };

/** A subgraph stand-in run by graphql-js: `check` fails for codes starting with `bad`. */
const schema = buildSchema(`
  type Query { subject(code: String!): Subject, _entities(representations: [String!]!): [Subject] }
  type Subject { code: String!, check(application: String!): String }
`);
const rootValue = {
  subject: ({ code }: { code: string }) => ({ code, check: ({ application }: { application: string }) => (code.startsWith('bad') ? new Error(`no check for ${code}`) : `${code}/${application}`) }),
  _entities: ({ representations }: { representations: string[] }) => representations.map((code) => rootValue.subject({ code })),
};
const run = async (request: { query: string; variables?: Record<string, unknown> }) =>
  JSON.parse(JSON.stringify(await graphql({ schema, rootValue, source: request.query, variableValues: request.variables }))) as Answer;

const ROOT = 'query Check__subjects__0($code: String!, $application: String!) { subject(code: $code) { code check(application: $application) } }';
const ENTITIES = 'query Check__services__1($representations: [String!]!, $application: String!) { _entities(representations: $representations) { code check(application: $application) } }';

describe('merging subgraph queries', () => {
  it('runs N copies as one operation and gives each copy its own fields and errors', async () => {
    const variables = [
      { code: 'a', application: 'A-1' },
      { code: 'bad-b', application: 'A-2' },
      { code: 'c', application: 'A-3' },
    ];
    const text = mergedQuery(ROOT, 3);
    expect(() => parse(text)).not.toThrow();
    expect(text).toContain('_2_subject: subject(code: $code_2)');
    const answer = await run({ query: text, variables: mergedVariables(variables) });
    const parts = splitMerged(ROOT, answer, 3)!;
    const alone = await Promise.all(variables.map((v) => run({ query: ROOT, variables: v })));
    // Each part is what the query would have answered alone.
    expect(parts.map((p) => ({ data: p.data, errors: p.errors?.map((e) => ({ path: e.path })) }))).toEqual(
      alone.map((a) => ({ data: a.data, errors: a.errors?.map((e) => ({ path: e.path })) ?? [] })),
    );
    expect(parts[1]!.errors).toEqual([expect.objectContaining({ message: 'no check for bad-b', path: ['subject', 'check'] })]);
  });

  it('merges entity fetches whose other variables differ, keeping each one’s list', async () => {
    const variables = [
      { representations: ['a', 'b'], application: 'X' },
      { representations: ['c'], application: 'Y' },
    ];
    const parts = splitMerged(ENTITIES, await run({ query: mergedQuery(ENTITIES, 2), variables: mergedVariables(variables) }), 2)!;
    expect(parts.map((p) => p.data)).toEqual([
      { _entities: [{ code: 'a', check: 'a/X' }, { code: 'b', check: 'b/X' }] },
      { _entities: [{ code: 'c', check: 'c/Y' }] },
    ]);
  });

  it('refuses what it cannot merge: mutations, root fragments, fragments using variables, no data', () => {
    expect(mergeable(ROOT)).toBe(true);
    expect(mergeable('mutation M($a: String!) { subject(code: $a) { code } }')).toBe(false);
    expect(mergeable('query Q { ... on Query { subject(code: "a") { code } } }')).toBe(false);
    expect(mergeable('query Q($a: String!) { subject(code: "x") { ...F } } fragment F on Subject { check(application: $a) }')).toBe(false);
    expect(mergeable('query Q { subject(code: "x") { ...F } } fragment F on Subject { code }')).toBe(true);
    expect(mergeable('not graphql')).toBe(false);
    expect(splitMerged(ROOT, { data: null, errors: [{ path: ['_0_subject'] }] }, 2)).toBeNull();
  });
});

/** A send whose answers are held until released, recording what was sent. */
function heldSends() {
  const sent: (MergedRequest | null)[] = [];
  const held: (() => void)[] = [];
  const sendFor = (own: { query: string; variables: Record<string, unknown> }, hold = false) => async (merged: MergedRequest | null) => {
    sent.push(merged);
    if (hold) await new Promise<void>((release) => held.push(release));
    return run(merged ?? own);
  };
  return { sent, held, sendFor };
}

const request = (code: string) => ({ query: ROOT, variables: { code, application: `A-${code}` } });

describe('coalescing', () => {
  it('sends a query at once while its key is quiet, and merges the ones that wait behind a busy key', async () => {
    const coalescer = new Coalescer<Answer>({ maxCopies: 16, maxInFlight: 1, maxWaitMs: 1000 });
    const { sent, held, sendFor } = heldSends();
    const key = Coalescer.keyOf(officer, ROOT);
    const first = coalescer.run(key, ROOT, request('a').variables, sendFor(request('a'), true));
    const rest = ['bad-b', 'c', 'd'].map((code) => coalescer.run(key, ROOT, request(code).variables, sendFor(request(code))));
    expect(sent).toEqual([null]);
    held[0]!();
    const answers = await Promise.all([first, ...rest]);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.query).toBe(mergedQuery(ROOT, 3));
    expect(coalescer.coalesced).toBe(2);
    expect(answers.map((a) => a.data)).toEqual([
      { subject: { code: 'a', check: 'a/A-a' } },
      { subject: { code: 'bad-b', check: null } },
      { subject: { code: 'c', check: 'c/A-c' } },
      { subject: { code: 'd', check: 'd/A-d' } },
    ]);
    expect(answers.map((a) => a.errors?.length ?? 0)).toEqual([0, 1, 0, 0]);
  });

  it('lets a waiting query go after the longest wait even while its key stays busy, and never merges more than its limit', async () => {
    const coalescer = new Coalescer<Answer>({ maxCopies: 2, maxInFlight: 1, maxWaitMs: 5 });
    const { sent, held, sendFor } = heldSends();
    const stuck = coalescer.run('k', ROOT, request('slow').variables, sendFor(request('slow'), true));
    const codes = ['a', 'b', 'c', 'd', 'e'];
    const answers = await Promise.all(codes.map((code) => coalescer.run('k', ROOT, request(code).variables, sendFor(request(code)))));
    expect(answers.map((a) => (a.data?.subject as { code: string }).code)).toEqual(codes);
    expect(sent.map((s) => (s ? 2 : 1))).toEqual([1, 2, 2, 1]);
    held[0]!();
    await stuck;
  });

  it('keeps callers, purposes and mutations apart', () => {
    expect(Coalescer.keyOf({ ...officer }, ROOT)).toBe(Coalescer.keyOf(officer, ROOT));
    expect(Coalescer.keyOf({ ...officer, id: 'officer-2' }, ROOT)).not.toBe(Coalescer.keyOf(officer, ROOT));
    expect(Coalescer.keyOf({ ...officer, purpose: 'another' }, ROOT)).not.toBe(Coalescer.keyOf(officer, ROOT));
    expect(Coalescer.keyOf({ ...officer, roles: ['ANALYST'] }, ROOT)).not.toBe(Coalescer.keyOf(officer, ROOT));
    expect(Coalescer.keyOf(officer, 'mutation M { subject(code: "a") { code } }')).toBeNull();
  });

  it('sends each query alone when the merged one is refused as malformed, and fails all when the subgraph is down', async () => {
    const refused = Object.assign(new Error('400'), { malformed: true });
    const coalescer = new Coalescer<Answer>({ maxCopies: 16, maxInFlight: 1, maxWaitMs: 1000, retryAlone: (error) => (error as { malformed?: boolean }).malformed === true });
    let release!: () => void;
    const busy = coalescer.run('k', ROOT, request('busy').variables, async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return run(request('busy'));
    });
    const results = Promise.allSettled(
      ['a', 'poison', 'b'].map((code) =>
        coalescer.run('k', ROOT, request(code).variables, async (merged) => {
          if (merged || code === 'poison') throw refused;
          return run(request(code));
        }),
      ),
    );
    release();
    await busy;
    expect((await results).map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const down = new Error('connection refused');
    const failing = new Coalescer<Answer>({ maxCopies: 16, maxInFlight: 1, maxWaitMs: 1, retryAlone: () => false });
    const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((code) => failing.run('k', ROOT, { code }, () => Promise.reject(down))));
    expect(outcomes.map((o) => o.status === 'rejected' && o.reason === down)).toEqual([true, true, true]);
  });

  describe('in the subgraph data source', () => {
    let subgraph: FakeSubgraph;
    let url: string;
    const received: { query: string; verified: boolean }[] = [];
    beforeAll(async () => {
      subgraph = await startFakeSubgraph(async (body, headers) => {
        const parsed = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
        received.push({ query: parsed.query, verified: typeof verifySignedRequest('secret', headers, parsed) !== 'string' });
        return JSON.stringify(await run(parsed));
      }, 20);
      url = subgraph.url;
    });
    afterAll(() => subgraph.close());

    const call = (source: SubgraphDataSource, caller: Caller, code: string) =>
      source.process({
        kind: 'incoming operation',
        request: { query: ROOT, variables: { code, application: 'A' }, http: { method: 'POST', url, headers: new Headers() } },
        context: { caller },
        incomingRequestContext: {} as never,
      } as never);

    it('signs the merged request and hands each operation its own answer; off, each goes alone', async () => {
      received.length = 0;
      const coalesce = { maxCopies: 16, maxInFlight: 1, maxWaitMs: 200 };
      const source = new SubgraphDataSource('services', url, 5000, 'secret', undefined, 5000, { dedupe: true, coalesce, agent: keepAliveAgent(4) });
      const answers = await Promise.all([call(source, officer, 'a'), call(source, officer, 'b'), call(source, officer, 'c'), call(source, { ...officer, id: 'officer-2' }, 'd')]);
      expect(received.map((r) => r.query).sort()).toEqual([ROOT, ROOT, mergedQuery(ROOT, 2)].sort());
      expect(received.every((r) => r.verified)).toBe(true);
      expect(answers.map((a) => a.data)).toEqual(['a', 'b', 'c', 'd'].map((code) => ({ subject: { code, check: `${code}/A` } })));
      expect(source.coalesced).toBe(1);

      received.length = 0;
      const off = new SubgraphDataSource('services', url, 5000, 'secret', undefined, 5000, { dedupe: true, agent: keepAliveAgent(4) });
      await Promise.all([call(off, officer, 'a'), call(off, officer, 'b'), call(off, officer, 'c')]);
      expect(received.map((r) => r.query)).toEqual([ROOT, ROOT, ROOT]);
    });
  });
});
