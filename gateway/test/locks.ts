/**
 * Holding a table locked, so that a test can make concurrent requests overlap at a subgraph however
 * fast the machine answers (PostgreSQL only: PGlite has one connection).
 */
import type { Database } from '@credit/db';

/** Holds `table` locked (access exclusive: reads wait too) in a transaction of its own until `release`. */
export async function lockTable(db: Database<Record<string, unknown>>, table: string): Promise<{ release(): Promise<void> }> {
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
  return {
    release: async () => {
      release();
      await transaction;
    },
  };
}
