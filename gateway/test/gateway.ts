/** One more gateway, with its own settings, in front of subgraphs that already run. */
import { postGraphQL } from '@credit/http/testing';
import { loadConfig, type GatewayConfig } from '../src/env';
import { createLogger, type Logger } from '../src/logging';
import { buildGateway } from '../src/server';
import { listenGracefully } from '../src/shutdown';

export interface TestGateway {
  url: string;
  baseUrl: string;
  handle: Awaited<ReturnType<typeof buildGateway>>;
  /** Every line logged so far, parsed. */
  logs: Record<string, unknown>[];
  query: GatewayQuery;
  close(): Promise<void>;
}

/** Posts an operation to a gateway with the given headers (a token, a purpose). */
export type GatewayQuery = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => ReturnType<typeof postGraphQL<T>>;

/** A logger at `info` that keeps its JSON lines in memory. */
export function capturingLogger(): { logger: Logger; logs: Record<string, unknown>[]; text: () => string } {
  const lines: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', {
    write(line: string) {
      lines.push(line);
      logs.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { logger, logs, text: () => lines.join('') };
}

export async function startGateway(
  settings: Partial<Omit<GatewayConfig, 'port' | 'host'>> & Pick<GatewayConfig, 'supergraphPath' | 'subgraphUrls'>,
): Promise<TestGateway> {
  const { logger, logs } = capturingLogger();
  const handle = await buildGateway({ ...loadConfig({}), subgraphTimeoutMs: 5000, ...settings }, { logger });
  const serving = await listenGracefully(handle.app, {
    port: 0,
    host: '127.0.0.1',
    graceMs: 5000,
    logger,
    onDrain: handle.drain,
    onClosed: handle.stop,
  });
  const url = `${serving.url}/graphql`;
  return {
    url,
    baseUrl: serving.url,
    handle,
    logs,
    query: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    close: () => serving.shutdown(),
  };
}
