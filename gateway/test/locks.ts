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
  // The transaction holding the lock, which also asks the server what runs if the wait fails (the
  // pool's other connections may all be waiting behind the lock).
  let locked!: (held: Asker) => void;
  const isLocked = new Promise<Asker>((resolve) => (locked = resolve));
  const transaction = db.transaction(async (tx) => {
    await tx.execute(`lock table ${table} in access exclusive mode`);
    locked(tx);
    await released;
  });
  // The transaction ends only after `release`: before the lock it can only fail, and then this throws.
  const held = (await Promise.race([isLocked, transaction])) as Asker;
  const answered = requests();
  let settled = false;
  answered.then(
    () => (settled = true),
    () => (settled = true),
  );
  try {
    await vi.waitFor(reached, { timeout: 15_000, interval: 20 }).catch(async (error: Error) => {
      error.message += `\nThe requests had ${settled ? '' : 'not '}all answered. What PostgreSQL was running when the wait ended (${table} held):\n${await activity(held)}`;
      throw error;
    });
  } finally {
    release();
    await transaction;
  }
  return answered;
}

type Asker = Pick<Database<Record<string, unknown>>, 'execute'>;

/**
 * The server's sessions that are not idle, other than the one asking, with what they wait for: when
 * a test's requests never reach the held table, whether they wait in PostgreSQL, and on what.
 */
async function activity(db: Asker): Promise<string> {
  try {
    const result = (await db.execute(
      `select pid, datname, state, wait_event_type, wait_event, round(extract(epoch from clock_timestamp() - query_start) * 1000) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
       from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle' order by query_start`,
    )) as unknown as { rows: Record<string, unknown>[] };
    return result.rows.map((row) => JSON.stringify(row)).join('\n') || '(no session busy)';
  } catch (error) {
    return `(could not ask: ${(error as Error).message})`;
  }
}
