/**
 * Holding a table locked, so that a test can make concurrent requests overlap at a subgraph however
 * fast the machine answers (PostgreSQL only: PGlite has one connection).
 */
import type { Database } from '@credit/db';
import { vi } from 'vitest';

/**
 * Sends `requests` while `table` is held locked (access exclusive: reads wait too) in a transaction
 * of its own, until `reached` passes (retried for up to 15 s); then releases it and returns their
 * answers. Without a database (PGlite) the requests just go.
 */
export async function withTableHeld<T>(
  db: Database<Record<string, unknown>> | null,
  table: string,
  requests: () => Promise<T>,
  reached: () => Promise<unknown>,
): Promise<T> {
  if (!db) return requests();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const transaction = db.transaction(async (tx) => {
    await tx.execute(`lock table ${table} in access exclusive mode`);
    locked();
    await released;
  });
  await Promise.race([isLocked, transaction]);
  const answered = requests();
  try {
    await vi.waitFor(reached, { timeout: 15_000, interval: 20 });
  } finally {
    release();
    await transaction;
  }
  return answered;
}
