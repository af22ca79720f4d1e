import { describe, expect, it } from 'vitest';
import type { GraphQLClient, GraphQLResponse } from '../src/evaluation/gateway';
import { GatewayInputReader } from '../src/evaluation/inputs';
import { subjectId } from './fixtures';

const nodes = [0, 1, 2].map((i) => ({
  id: subjectId(i),
  kind: 'ENTERPRISE',
  industryCode: 'C13',
  regionCode: '350102',
  status: i === 2 ? 'REVOKED' : 'ACTIVE',
  recordSummary: { byCategory: [{ category: 'HONOUR_REWARD', count: 2 }], penaltiesByTier: [{ tier: 'SERIOUS', count: 1 }, { tier: 'GENERAL', count: i }] },
  listings: i === 1 ? [{ listType: 'SERIOUS_DISHONESTY', status: 'ACTIVE' }] : [],
}));

/** A fake gateway with subjects, records (no dated summary) and sanctions; no services. */
class FakeGateway implements GraphQLClient {
  failListingsFor = new Set<number>();
  failRecordsPage = false;
  failListing = false;
  queries: string[] = [];
  async request<T>(query: string): Promise<GraphQLResponse<T>> {
    this.queries.push(query);
    if (this.failListing) return { data: null, errors: [{ message: 'subjects unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] };
    const missing = ['recordSummary(since', 'commitments'].find((f) => query.includes(f));
    if (missing) return { errors: [{ message: `Cannot query field "${missing}"`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
    if (this.failRecordsPage && query.includes('recordSummary')) {
      return { data: null, errors: [{ message: 'records unavailable', path: ['subjects', 'edges', 0, 'node', 'recordSummary'] }] };
    }
    const errors = [...this.failListingsFor].map((i) => ({ message: 'sanctions down', path: ['subjects', 'edges', i, 'node', 'listings'] }));
    const edges = nodes.map((node, i) => ({
      node: { ...node, ...(this.failListingsFor.has(i) ? { listings: null } : {}) },
    }));
    return { data: { subjects: { edges, pageInfo: { hasNextPage: false, endCursor: 'end' } } } as T, errors: errors.length ? errors : undefined };
  }
}

describe('the gateway input reader', () => {
  it('uses the first variant the supergraph offers, and marks a missing source unknown for the run', async () => {
    const reader = new GatewayInputReader(new FakeGateway());
    const prepared = await reader.prepare('2026-11-20', 3);
    expect(prepared.unknownSources).toEqual(['services']);
    expect(prepared.notes.records).toMatch(/no dated summary/);
    const page = await reader.page(null, 500);
    expect(page.subjects[1]!.inputs).toMatchObject({
      seriousPenalties: 1,
      generalPenalties: 1,
      honours: 2,
      seriousDishonestyListings: 1,
      licenceRevoked: 0,
      brokenCommitments: null,
      keptCommitments: null,
    });
    expect(page.subjects[2]!.inputs.licenceRevoked).toBe(1);
  });

  it('marks a source unknown for the subjects whose field failed, and for a page that failed whole', async () => {
    const gateway = new FakeGateway();
    const reader = new GatewayInputReader(gateway);
    await reader.prepare('2026-11-20', 3);
    gateway.failListingsFor = new Set([1]);
    const partial = await reader.page(null, 500);
    expect(partial.failedSources).toEqual(['sanctions']);
    expect(partial.subjects[1]!.inputs.seriousDishonestyListings).toBeNull();
    expect(partial.subjects[0]!.inputs.seriousDishonestyListings).toBe(0);

    gateway.failListingsFor = new Set();
    gateway.failRecordsPage = true;
    const whole = await reader.page(null, 500);
    expect(whole.subjects).toHaveLength(3);
    expect(whole.failedSources).toEqual(['records']);
    expect(whole.subjects.every((s) => s.inputs.seriousPenalties === null && s.inputs.seriousDishonestyListings !== null)).toBe(true);
  });

  it('reads where a page ends without the subjects or their inputs, and fails when the listing does', async () => {
    const gateway = new FakeGateway();
    const reader = new GatewayInputReader(gateway);
    await reader.prepare('2026-11-20', 3);
    gateway.queries = [];
    expect(await reader.pageEnd(null, 500)).toEqual({ hasNextPage: false, endCursor: 'end' });
    expect(gateway.queries[0]).toContain('pageInfo { hasNextPage endCursor }');
    expect(gateway.queries[0]).not.toContain('node');
    gateway.failListing = true;
    await expect(reader.pageEnd(null, 500)).rejects.toThrow(/subject listing failed: SUBGRAPH_UNAVAILABLE/);
  });
});
