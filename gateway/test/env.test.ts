import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/env';

describe('gateway configuration', () => {
  it('has safe defaults', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('development');
    expect(config.limits).toEqual({
      maxDepth: 10,
      maxAliases: 20,
      maxDirectives: 20,
      maxTokens: 3000,
      maxCost: 100_000,
      maxPageSize: 500,
      maxListItems: 5000,
      maxResultItems: 20_000,
    });
    expect(config.rateLimits).toEqual({ windowMs: 60_000, perCaller: 3000, perPublicAddress: 300 });
    expect(config.subgraphTimeouts).toEqual({});
  });

  it('reads production mode, limits and per-subgraph timeouts', () => {
    const jwks = join(mkdtempSync(join(tmpdir(), 'jwks-')), 'jwks.json');
    writeFileSync(jwks, JSON.stringify({ keys: [] }));
    const config = loadConfig({
      GATEWAY_MODE: 'production',
      JWT_JWKS_FILE: jwks,
      MAX_DEPTH: '7',
      RATE_LIMIT_PUBLIC: '60',
      SUBGRAPH_TIMEOUT_MS: '8000',
      REQUEST_TIMEOUT_MS: '20000',
      RECORDS_TIMEOUT_MS: '15000',
      RECORDS_URL: 'http://records.internal/graphql',
    });
    expect(config.mode).toBe('production');
    expect(config.limits.maxDepth).toBe(7);
    expect(config.rateLimits.perPublicAddress).toBe(60);
    expect(config.subgraphTimeoutMs).toBe(8000);
    expect(config.requestTimeoutMs).toBe(20_000);
    expect(config.subgraphTimeouts).toEqual({ records: 15_000 });
    expect(config.subgraphUrls).toEqual({ records: 'http://records.internal/graphql' });
  });

  it('refuses bad values with the variable named', () => {
    expect(() => loadConfig({ MAX_DEPTH: 'deep' })).toThrow(/MAX_DEPTH/);
    expect(() => loadConfig({ GATEWAY_MODE: 'prod' })).toThrow(/GATEWAY_MODE/);
    expect(() => loadConfig({ RECORDS_TIMEOUT_MS: 'soon' })).toThrow(/RECORDS_TIMEOUT_MS must be a positive number/);
  });

  it('hole 4/5: reads the token lifetime, bulk and metrics settings, and refuses the development key in production by either setting', () => {
    const config = loadConfig({ TOKEN_MAX_LIFETIME: '30m', BULK_TIMEOUT_MS: '90000', METRICS_ACCESS: 'token', METRICS_TOKEN: 'a-metrics-token-0123', PURPOSE_MAX_LENGTH: '100' });
    expect(config.tokenMaxLifetimeSeconds).toBe(1800);
    expect(config.bulkTimeoutMs).toBe(90_000);
    expect(config.metrics).toEqual({ token: 'a-metrics-token-0123', access: 'token', maxOperations: 100 });
    expect(config.purposeMaxLength).toBe(100);
    expect(loadConfig({}).tokenMaxLifetimeSeconds).toBe(12 * 3600);
    expect(() => loadConfig({ TOKEN_MAX_LIFETIME: 'forever' })).toThrow(/TOKEN_MAX_LIFETIME/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/development key is refused/);
    expect(() => loadConfig({ GATEWAY_MODE: 'production' })).toThrow(/development key is refused/);
  });
});
