import { testBackends } from '@credit/kit/testing';
import { DEMO_SEED } from '@credit/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCommitments, seedCommitments } from '../src/seed';
import { startServices, type RunningServices } from './harness';

describe.each(testBackends())('demo commitments on $name', (backend) => {
  let services: RunningServices;
  beforeAll(async () => {
    services = await startServices(backend);
  });
  afterAll(() => services?.close());

  it('seeds organisations only, idempotently, with some broken commitments that exclude', async () => {
    const made = await seedCommitments(services.database.db, { count: 5000, seed: DEMO_SEED });
    expect(made).toBeGreaterThan(50);
    await seedCommitments(services.database.db, { count: 5000, seed: DEMO_SEED });
    expect(await countCommitments(services.database.db)).toBe(made);
    const rows = await services.database.db.query.commitments.findMany();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PENDING', 'KEPT', 'PARTLY_KEPT', 'BROKEN']));
    expect(rows.filter((r) => r.status === 'BROKEN').every((r) => r.excludedUntil !== null)).toBe(true);
    expect(rows.every((r) => !r.text.includes('{subject}'))).toBe(true);
  });
});
