/** The whole system in-process on free ports: each subgraph on its own database schema, the gateway in front. */
import { fileURLToPath } from 'node:url';
import type { TestBackend } from '@credit/db/testing';
import { listen, subgraphSecret } from '@credit/http';
import { postGraphQL } from '@credit/http/testing';
import { openRecordsDatabase, type RecordsDatabase } from '@credit/records/db';
import { GatewaySubjectDirectory } from '@credit/records/directory';
import { buildRecordsApp } from '@credit/records/server';
import { openSubjectsDatabase, type SubjectsDatabase } from '@credit/subjects/db';
import { buildSubjectsApp } from '@credit/subjects/server';
import { loadConfig, type GatewayConfig } from '../src/env';
import { developmentToken } from '../src/identity';
import type { Logger } from '../src/logging';
import { buildGateway } from '../src/server';

export const SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export interface RunningSystem {
  url: string;
  gatewayUrl: string;
  subjects: { url: string; database: SubjectsDatabase; stop(): Promise<void> };
  /** Matches parties through this gateway, with a credit-centre service token. */
  records: { url: string; database: RecordsDatabase };
  /** The running gateway (logger, metrics, Apollo Gateway). */
  gateway: Awaited<ReturnType<typeof buildGateway>>;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): ReturnType<typeof postGraphQL<T>>;
  close(): Promise<void>;
}

export interface SystemOptions {
  supergraphPath?: string;
  /** Gateway settings to override (limits, mode, timeouts, extra subgraph URLs, ...). */
  gateway?: Partial<Omit<GatewayConfig, 'port' | 'host'>>;
  /** Where the gateway logs; silent unless LOG_LEVEL is set. */
  logger?: Logger;
  /** Secrets shared by the gateway and each subgraph (as production needs); the development ones otherwise. */
  secrets?: Record<string, string>;
}

export async function startSystem(backend: TestBackend, options: SystemOptions = {}): Promise<RunningSystem> {
  const target = await backend.create();
  const secretFor = (name: string) => options.secrets?.[name] ?? subgraphSecret(name);
  const database = await openSubjectsDatabase({ url: target.url });
  const subjectsApp = await buildSubjectsApp(database.db, { gatewaySecret: secretFor('subjects') });
  const subjectsListening = await listen(subjectsApp.app, 0);
  const subjectsUrl = `${subjectsListening.url}/graphql`;
  let subjectsStopped = false;
  const stopSubjects = async () => {
    if (subjectsStopped) return;
    subjectsStopped = true;
    await subjectsListening.close();
    await subjectsApp.stop();
  };

  // Records reaches subjects through the gateway, whose address is known only once it listens.
  let gatewayGraphqlUrl = '';
  const recordsDatabase = await openRecordsDatabase({ url: target.url });
  const serviceToken = await developmentToken({ sub: 'records-service', roles: ['CREDIT_CENTRE'] });
  const recordsApp = await buildRecordsApp(recordsDatabase.db, {
    gatewaySecret: secretFor('records'),
    directory: new GatewaySubjectDirectory(() => gatewayGraphqlUrl, serviceToken),
  });
  const recordsListening = await listen(recordsApp.app, 0);
  const recordsUrl = `${recordsListening.url}/graphql`;

  const gateway = await buildGateway(
    {
      ...loadConfig({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }),
      subgraphTimeoutMs: 5000,
      secretFor,
      ...options.gateway,
      supergraphPath: options.supergraphPath ?? SUPERGRAPH,
      subgraphUrls: { subjects: subjectsUrl, records: recordsUrl, ...options.gateway?.subgraphUrls },
    },
    { logger: options.logger },
  );
  const gatewayListening = await listen(gateway.app, 0);
  const url = `${gatewayListening.url}/graphql`;
  gatewayGraphqlUrl = url;
  return {
    url,
    gatewayUrl: gatewayListening.url,
    subjects: { url: subjectsUrl, database, stop: stopSubjects },
    records: { url: recordsUrl, database: recordsDatabase },
    gateway,
    query: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    async close() {
      await gatewayListening.close();
      await gateway.stop();
      // Records first: its pool's sockets close while the rest shuts down, before the database is dropped.
      await recordsListening.close();
      await recordsApp.stop();
      await recordsDatabase.close();
      await stopSubjects();
      await database.close();
      await target.drop();
    },
  };
}
