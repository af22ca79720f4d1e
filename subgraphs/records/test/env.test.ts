import { DEVELOPMENT_PSEUDONYM_KEY } from '@credit/identifiers';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/env';

describe('PSEUDONYM_KEY', () => {
  it('is read from PSEUDONYM_KEY, the variable the subjects subgraph reads too', () => {
    const env = { PSEUDONYM_KEY: 'a-production-key-0123456789' };
    expect(loadConfig(env).pseudonymKey).toBe(env.PSEUDONYM_KEY);
  });

  it('defaults to the development key outside production, and is required in production', () => {
    expect(loadConfig({}).pseudonymKey).toBe(DEVELOPMENT_PSEUDONYM_KEY);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('records: PSEUDONYM_KEY must be set in production');
  });
});
