import { DEVELOPMENT_PSEUDONYM_KEY } from '@credit/identifiers';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { subgraphConfig } from '../src';

describe('subgraphConfig', () => {
  it('reads the conventional variables of a subgraph', () => {
    const config = subgraphConfig('ratings', 4003, {}, {
      RATINGS_PORT: '5003',
      DATABASE_URL: 'postgres://db/shared',
      DATA_DIR: '/var/credit',
      RATINGS_SERVICE_TOKEN: 'token',
      GATEWAY_URL: 'http://gw:4000/graphql',
    });
    expect(config).toMatchObject({
      name: 'ratings',
      port: 5003,
      host: '127.0.0.1',
      databaseUrl: 'postgres://db/shared',
      dataDir: '/var/credit/ratings',
      serviceToken: 'token',
      gatewayUrl: 'http://gw:4000/graphql',
      production: false,
    });
    expect(subgraphConfig('ratings', 4003, {}, { RATINGS_DATABASE_URL: 'postgres://db/own', DATABASE_URL: 'postgres://db/shared' }).databaseUrl).toBe('postgres://db/own');
    expect(subgraphConfig('ratings', 4003, {}, {}).port).toBe(4003);
  });

  it('parses the subgraph’s own variables alongside, and names every bad one', () => {
    const config = subgraphConfig('ratings', 4003, { MODEL_VERSION: z.string().default('v1') }, {});
    expect(config.MODEL_VERSION).toBe('v1');
    expect(() => subgraphConfig('ratings', 4003, {}, { RATINGS_PORT: 'many' })).toThrow(/ratings: bad configuration: RATINGS_PORT/);
  });

  it('reads PSEUDONYM_KEY, the same variable in every subgraph', () => {
    const env = { PSEUDONYM_KEY: 'a-production-key-0123456789' };
    expect(subgraphConfig('subjects', 4001, {}, env).pseudonymKey).toBe(env.PSEUDONYM_KEY);
    expect(subgraphConfig('records', 4002, {}, env).pseudonymKey).toBe(env.PSEUDONYM_KEY);
  });

  it('defaults PSEUDONYM_KEY to the development key outside production, and requires it in production', () => {
    expect(subgraphConfig('subjects', 4001, {}, {}).pseudonymKey).toBe(DEVELOPMENT_PSEUDONYM_KEY);
    expect(() => subgraphConfig('subjects', 4001, {}, { NODE_ENV: 'production', GATEWAY_SECRET_SUBJECTS: 's' })).toThrow('subjects: PSEUDONYM_KEY must be set in production');
    expect(() => subgraphConfig('records', 4002, {}, { NODE_ENV: 'production', GATEWAY_SECRET_RECORDS: 's' })).toThrow('records: PSEUDONYM_KEY must be set in production');
    // The old per-subgraph name is not read any more.
    expect(() =>
      subgraphConfig('subjects', 4001, {}, { NODE_ENV: 'production', GATEWAY_SECRET_SUBJECTS: 's', SUBJECTS_PSEUDONYM_KEY: 'a-production-key-0123456789' }),
    ).toThrow('PSEUDONYM_KEY');
  });
});
