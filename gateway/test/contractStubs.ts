/**
 * Stand-ins for the ratings and sanctions subgraphs, built from their contract SDL (the fixtures of
 * services' composition test) with canned answers per subject, for end-to-end tests of the credit
 * check while the real subgraphs are built elsewhere. They verify the gateway's signature as any
 * subgraph does.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { createSubgraphApp, listen, subgraphSecret } from '@credit/http';
import { parse } from 'graphql';

const fixture = (name: string) => parse(readFileSync(new URL(`../../subgraphs/services/test/fixtures/${name}.graphql`, import.meta.url), 'utf8'));
export const RATINGS_SDL = fixture('ratings');
export const SANCTIONS_SDL = fixture('sanctions');

export interface StubRating {
  grade: 'A' | 'B' | 'C' | 'D';
  score: number;
}

export interface StubMeasure {
  code: string;
  name: string;
  effect: 'REWARD' | 'PUNISHMENT';
  legalBasis: string;
  matters: string[];
  listType: 'SERIOUS_DISHONESTY' | 'KEY_ATTENTION' | 'RED_LIST';
  department: string;
}

export interface Stub {
  url: string;
  /** How many `_entities` calls it answered. */
  calls: { count: number };
  close(): Promise<void>;
}

async function serve(name: string, typeDefs: ReturnType<typeof fixture>, resolvers: GraphQLResolverMap<object>): Promise<Stub> {
  const calls = { count: 0 };
  const server = new ApolloServer<object>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    plugins: [ApolloServerPluginInlineTraceDisabled(), { async requestDidStart() { calls.count++; } }],
  });
  await server.start();
  const app = createSubgraphApp({ server, context: async () => ({}), secret: subgraphSecret(name), healthy: async () => true });
  const listening = await listen(app, 0);
  return {
    url: `${listening.url}/graphql`,
    calls,
    async close() {
      await listening.close();
      await server.stop();
    },
  };
}

/** Ratings: the given subjects rated (an unrated subject's rating is null), with an explanation. */
export function startRatingsStub(ratings: Map<string, StubRating>): Promise<Stub> {
  return serve('ratings', RATINGS_SDL, {
    Query: { ratingModelVersion: () => 'GB45255-2025/v1' },
    Subject: {
      __resolveReference: (reference: { id: string }) => reference,
      rating: ({ id }: { id: string }) => {
        const rating = ratings.get(id);
        return rating
          ? {
              ...rating,
              modelVersion: 'GB45255-2025/v1',
              evaluatedAt: '2026-11-01T00:00:00.000Z',
              explanation: [
                { indicator: 'PENALTIES', name: '行政处罚', value: 0, contribution: 12.5, unknown: false, note: null },
                { indicator: 'TAX', name: '纳税信用', value: null, contribution: 0, unknown: true, note: '未获取' },
              ],
            }
          : null;
      },
      ratingHistory: () => [],
    },
  } as GraphQLResolverMap<object>);
}

/** Sanctions: the given subjects' listings and the measures following from them. */
export function startSanctionsStub(measures: Map<string, StubMeasure[]>): Promise<Stub> {
  const listing = (subjectId: string, m: StubMeasure) => ({
    id: `listing-${subjectId.slice(-4)}-${m.code}`,
    listType: m.listType,
    status: 'ACTIVE',
    department: m.department,
    reasons: '拒不履行生效法律文书确定的义务',
    listedFrom: '2026-06-01',
    listedUntil: '2029-06-01',
    subject: { id: subjectId },
  });
  const applicable = (subjectId: string) =>
    (measures.get(subjectId) ?? []).map((m) => ({
      measure: { code: m.code, name: m.name, effect: m.effect, kind: 'ADMINISTRATIVE', legalBasis: m.legalBasis, listTypes: [m.listType], matters: m.matters, departments: [m.department] },
      listing: listing(subjectId, m),
    }));
  return serve('sanctions', SANCTIONS_SDL, {
    Query: { measures: () => [] },
    Subject: {
      __resolveReference: (reference: { id: string }) => reference,
      listings: ({ id }: { id: string }) => (measures.get(id) ?? []).map((m) => listing(id, m)),
      activeMeasures: ({ id }: { id: string }) => applicable(id),
      applicableMeasures: ({ id }: { id: string }, { matter }: { matter: string }) => applicable(id).filter((a) => a.measure.matters.includes(matter)),
    },
  } as GraphQLResolverMap<object>);
}
