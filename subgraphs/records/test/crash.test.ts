import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testBackends } from '@credit/db/testing';
import { like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openSubgraphDatabase } from '@credit/kit';
import { subgraph } from '../src/server';
import { creditRecords, ingestBatches, rejectedRows } from '../src/db/schema';

const child = fileURLToPath(new URL('./crash/ingestChild.ts', import.meta.url));

describe.each(testBackends())('a batch killed mid-transaction on $name', (backend) => {
  it('leaves nothing of the killed batch and everything of the committed one', async () => {
    const target = await backend.create();
    const dataDir = target.url ? '' : mkdtempSync(join(tmpdir(), 'records-crash-'));
    const process = fork(child, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...globalThis.process.env, CRASH_DATABASE_URL: target.url ?? '', CRASH_DATA_DIR: dataDir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => process.once('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      process.once('message', () => resolve());
      process.once('exit', (code) => reject(new Error(`the child exited (${code}) before its transaction`)));
    });
    process.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const database = await openSubgraphDatabase({ ...subgraph, url: target.url, dataDir: dataDir || undefined });
    try {
      const count = async (prefix: string) =>
        (await database.db.select({ n: sql<number>`count(*)::int` }).from(creditRecords).where(like(creditRecords.documentNumber, `${prefix}-%`)))[0]!.n;
      expect(await count('COMMITTED')).toBe(100);
      expect(await count('KILLED')).toBe(0);
      expect(await database.db.select().from(ingestBatches)).toHaveLength(1);
      expect(await database.db.select().from(rejectedRows)).toHaveLength(0);
    } finally {
      await database.close();
      await target.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
