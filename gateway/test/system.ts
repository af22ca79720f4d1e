/**
 * The whole system in-process on free ports: every registered subgraph (scripts/subgraphs.ts) on
 * its own schema of one test database, the gateway in front.
 */
import { fileURLToPath } from 'node:url';
import type { TestBackend } from '@credit/db/testing';
import { listen, subgraphSecret } from '@credit/http';
import { postGraphQL } from '@credit/http/testing';
import { openSubgraphDatabase, subgraphConfig, type DatabaseHandle } from '@credit/kit';
import { SUBGRAPHS, loadSubgraph } from '../../scripts/subgraphs';
import { loadConfig, type GatewayConfig } from '../src/env';
import { developmentToken } from '../src/identity';
import type { Logger } from '../src/logging';
import { buildGateway } from '../src/server';
import type { GatewayQuery } from './gateway';

export const SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export interface RunningPart<TSchema extends Record<string, unknown> = Record<string, unknown>> {
  url: string;
  database: DatabaseHandle<TSchema>;
  /** Stops this subgraph (the others and the gateway keep running). */
  stop(): Promise<void>;
}

export interface RunningSystem {
  url: string;
  gatewayUrl: string;
  /** Every registered subgraph, by name. */
  subgraphs: Record<string, RunningPart>;
  /** One subgraph, its database typed with its tables (`system.subgraph<SubjectsSchema>('subjects')`). */
  subgraph<TSchema extends Record<string, unknown>>(name: string): RunningPart<TSchema>;
  /** The running gateway (logger, metrics, Apollo Gateway). */
  gateway: Awaited<ReturnType<typeof buildGateway>>;
  query: GatewayQuery;
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
  // Subgraphs that read through the gateway learn its address once it listens.
  let gatewayGraphqlUrl = '';
  const parts: Record<string, RunningPart> = {};
  const closers: (() => Promise<void>)[] = [];
  for (const entry of SUBGRAPHS) {
    const definition = await loadSubgraph(entry);
    const database = await openSubgraphDatabase({ ...definition, url: target.url });
    const serviceToken = entry.serviceRoles
      ? await developmentToken({ sub: `${entry.name}-service`, roles: entry.serviceRoles })
      : undefined;
    const built = await definition.build(database, {
      ...subgraphConfig(entry.name, 0, {}, {}),
      gatewaySecret: secretFor(entry.name),
      gatewayUrl: () => gatewayGraphqlUrl,
      serviceToken,
    });
    const listening = await listen(built.app, 0);
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await listening.close();
      await built.stop();
    };
    parts[entry.name] = { url: `${listening.url}/graphql`, database, stop };
    closers.unshift(async () => {
      await stop();
      await database.close();
    });
  }

  const gateway = await buildGateway(
    {
      ...loadConfig({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }),
      subgraphTimeoutMs: 5000,
      secretFor,
      ...options.gateway,
      supergraphPath: options.supergraphPath ?? SUPERGRAPH,
      subgraphUrls: { ...Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.url])), ...options.gateway?.subgraphUrls },
    },
    { logger: options.logger },
  );
  const gatewayListening = await listen(gateway.app, 0);
  const url = `${gatewayListening.url}/graphql`;
  gatewayGraphqlUrl = url;
  return {
    url,
    gatewayUrl: gatewayListening.url,
    subgraphs: parts,
    subgraph: <TSchema extends Record<string, unknown>>(name: string) => {
      const part = parts[name];
      if (!part) throw new Error(`no subgraph ${name} is registered`);
      return part as unknown as RunningPart<TSchema>;
    },
    gateway,
    query: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    async close() {
      await gatewayListening.close();
      await gateway.stop();
      // The last started first: their pools' sockets close before the database is dropped.
      for (const close of closers) await close();
      await target.drop();
    },
  };
}
