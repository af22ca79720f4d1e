/**
 * The system for the credit check's failure modes and decisions: every registered subgraph, with
 * ratings and sanctions answered by contract stubs (canned grades and measures, see
 * contractStubs.ts) under a supergraph composed with their contract SDL.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import type { TestBackend } from '@credit/db/testing';
import { parse } from 'graphql';
import { RATINGS_SDL, SANCTIONS_SDL, startRatingsStub, startSanctionsStub, type Stub, type StubMeasure, type StubRating } from './contractStubs';
import { startSystem, type RunningSystem, type SystemOptions } from './system';

const schema = (name: string) => parse(readFileSync(new URL(`../../schema/${name}.graphql`, import.meta.url), 'utf8'));

/** The supergraph of subjects, records, ratings and sanctions (contract SDL) and services. */
export function composeWithContractStubs(): string {
  const result = composeServices([
    { name: 'subjects', url: 'http://127.0.0.1:4001/graphql', typeDefs: schema('subjects') },
    { name: 'records', url: 'http://127.0.0.1:4002/graphql', typeDefs: schema('records') },
    { name: 'ratings', url: 'http://127.0.0.1:4003/graphql', typeDefs: RATINGS_SDL },
    { name: 'sanctions', url: 'http://127.0.0.1:4004/graphql', typeDefs: SANCTIONS_SDL },
    { name: 'services', url: 'http://127.0.0.1:4005/graphql', typeDefs: schema('services') },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const path = join(mkdtempSync(join(tmpdir(), 'supergraph-services-')), 'supergraph.graphql');
  writeFileSync(path, result.supergraphSdl);
  return path;
}

export interface ServicesSystem extends RunningSystem {
  supergraphPath: string;
  ratings: Stub;
  sanctions: Stub;
}

export async function startServicesSystem(
  backend: TestBackend,
  data: { ratings: Map<string, StubRating>; measures: Map<string, StubMeasure[]> },
  options: SystemOptions = {},
): Promise<ServicesSystem> {
  const supergraphPath = composeWithContractStubs();
  const [ratings, sanctions] = await Promise.all([startRatingsStub(data.ratings), startSanctionsStub(data.measures)]);
  const system = await startSystem(backend, {
    ...options,
    supergraphPath,
    gateway: { ...options.gateway, subgraphUrls: { ratings: ratings.url, sanctions: sanctions.url, ...options.gateway?.subgraphUrls } },
  });
  return {
    ...system,
    supergraphPath,
    ratings,
    sanctions,
    async close() {
      await system.close();
      await ratings.close();
      await sanctions.close();
    },
  };
}
