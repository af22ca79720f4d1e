/**
 * The bench empties the access log its earlier runs wrote (scripts/bench/seed.ts), in its own
 * database only, and leaves the log's tables refusing deletes and truncation as before.
 */
import { testBackends } from '@credit/db/testing';
import { openSubgraphDatabase } from '@credit/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchDatabaseUrl, emptyBenchAccessLog } from '../bench/seed';
import { SUBGRAPHS, loadSubgraph } from '../subgraphs';

// Under CI it never skips: testBackends() fails there without DATABASE_URL.
const serverUrl = testBackends().some((backend) => backend.name === 'postgres') ? process.env.DATABASE_URL : undefined;
const prefix = `credit_test_bench_${process.pid}`;

const ENTRY = `insert into subjects.subject_access (at, caller_id, roles, subject_ids)
  values (now(), 'bench-officer', '{OFFICER}', array[gen_random_uuid(), gen_random_uuid()]) returning id, subject_ids`;

async function withServer<T>(run: (client: pg.Client) => Promise<T>, url = serverUrl!): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)("the bench's access log, emptied between runs", () => {
  const url = () => benchDatabaseUrl(serverUrl!, prefix, 'subjects');
  const counts = () =>
    withServer(async (client) => {
      const tables = ['subject_access', 'subject_access_subject', 'subject_access_pending'];
      const counted: number[] = [];
      for (const t of tables) counted.push((await client.query<{ n: number }>(`select count(*)::int as n from subjects.${t}`)).rows[0]!.n);
      return counted;
    }, url());

  beforeAll(async () => {
    await withServer((client) => client.query(`create database "${prefix}_subjects"`));
    const definition = await loadSubgraph(SUBGRAPHS.find((s) => s.name === 'subjects')!);
    await (await openSubgraphDatabase({ ...definition, url: url() })).close();
  }, 60_000);

  afterAll(async () => {
    await withServer((client) => client.query(`drop database if exists "${prefix}_subjects" with (force)`));
  });

  it('empties the entries, their by-subject rows and the pending ones, and says how many', async () => {
    await withServer(async (client) => {
      // One entry projected (its by-subject rows written), one still pending.
      const projected = (await client.query<{ id: string; subject_ids: string[] }>(ENTRY)).rows[0]!;
      for (const subject of projected.subject_ids) {
        await client.query(`insert into subjects.subject_access_subject (subject_id, at, access_id) select $1, at, id from subjects.subject_access where id = $2`, [subject, projected.id]);
      }
      const pending = (await client.query<{ id: string }>(ENTRY)).rows[0]!;
      await client.query('insert into subjects.subject_access_pending (access_id) values ($1)', [pending.id]);
    }, url());
    expect(await counts()).toEqual([2, 2, 1]);

    const lines: string[] = [];
    await emptyBenchAccessLog(serverUrl!, prefix, (line) => lines.push(line));
    expect(await counts()).toEqual([0, 0, 0]);
    expect(lines).toEqual(['subjects: the access log of earlier runs emptied (2 entries, 2 by-subject rows; --keep-access-log keeps it)']);

    // Nothing to empty: no line.
    await emptyBenchAccessLog(serverUrl!, prefix, (line) => lines.push(line));
    expect(lines).toHaveLength(1);
  });

  it('leaves the tables refusing deletes and truncation afterwards', async () => {
    await emptyBenchAccessLog(serverUrl!, prefix, () => {});
    await withServer(async (client) => {
      await client.query(ENTRY);
      await expect(client.query('delete from subjects.subject_access')).rejects.toThrow('subjects.subject_access is append-only: DELETE refused');
      await expect(client.query('truncate subjects.subject_access_subject')).rejects.toThrow(/append-only: TRUNCATE refused/);
      await expect(client.query('truncate subjects.subject_access_pending')).rejects.toThrow(/TRUNCATE refused/);
    }, url());
    expect((await counts())[0]).toBe(1);
  });
});
