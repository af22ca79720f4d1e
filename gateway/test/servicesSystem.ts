/**
 * The five-subgraph system for the credit check: the registered subgraphs (subjects, records),
 * services, and ratings and sanctions as contract stubs, composed into a supergraph of their own.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import type { TestBackend } from '@credit/db/testing';
import { listen } from '@credit/http';
import { openSubgraphDatabase, subgraphConfig } from '@credit/kit';
import type { ServicesDatabase } from '@credit/services/db';
import { subgraph as services } from '@credit/services/server';
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
  services: { url: string; database: ServicesDatabase; clock: { now: Date } };
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
  const target = await backend.create();
  const database = await openSubgraphDatabase({ ...services, url: target.url });
  const clock = { now: new Date('2026-11-26T04:00:00Z') };
  const servicesApp = await services.build(database, subgraphConfig('services', 0, {}, {}), { clock: () => clock.now });
  const servicesListening = await listen(servicesApp.app, 0);
  const servicesUrl = `${servicesListening.url}/graphql`;
  const system = await startSystem(backend, {
    ...options,
    supergraphPath,
    gateway: { ...options.gateway, subgraphUrls: { ratings: ratings.url, sanctions: sanctions.url, services: servicesUrl, ...options.gateway?.subgraphUrls } },
  });
  return {
    ...system,
    supergraphPath,
    services: { url: servicesUrl, database, clock },
    ratings,
    sanctions,
    async close() {
      await system.close();
      await servicesListening.close();
      await servicesApp.stop();
      await database.close();
      await target.drop();
      await ratings.close();
      await sanctions.close();
    },
  };
}
