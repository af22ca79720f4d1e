/** One more gateway, with its own settings, in front of subgraphs that already run. */
import { randomBytes } from 'node:crypto';
import { postGraphQL } from '@credit/http/testing';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type TokenKeys } from '../src/identity';
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

/**
 * What a production gateway needs instead of the development key and secrets: a key set (ES256,
 * generated per test run), a signer of tokens under it, and strong per-subgraph secrets.
 */
export async function productionKeys() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'ES256', use: 'sig' };
  const secrets: Record<string, string> = {};
  for (const name of ['subjects', 'records', 'probe']) secrets[name] = randomBytes(32).toString('base64url');
  return {
    tokenKeys: { jwks: { keys: [jwk] } } as TokenKeys,
    secrets,
    secretFor: (name: string) => secrets[name] ?? randomBytes(32).toString('base64url'),
    sign: (claims: { sub: string; roles: string[]; dept?: string; subject_id?: string }, expiresIn = '1h') =>
      new SignJWT({ roles: claims.roles, dept: claims.dept, subject_id: claims.subject_id })
        .setProtectedHeader({ alg: 'ES256', kid: 'test' })
        .setSubject(claims.sub)
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
  };
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
