import { describe, expect, it } from 'vitest';
import { databaseHealthy } from '../src/database';

describe('databaseHealthy', () => {
  it('is healthy when the database answers select 1', async () => {
    const asked: unknown[] = [];
    const healthy = databaseHealthy({ execute: async (query) => (asked.push(query), { rows: [{ '?column?': 1 }] }) });
    await expect(healthy()).resolves.toBe(true);
    expect(asked).toHaveLength(1);
  });

  it('fails (and so /health answers 503) when the database does not answer', async () => {
    const healthy = databaseHealthy({ execute: async () => Promise.reject(new Error('connection refused')) });
    await expect(healthy()).rejects.toThrow('connection refused');
  });
});
