import { queryRows } from '@credit/db';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSubgraphDatabase } from '@credit/kit';
import type { RecordsDatabase } from '../src/db';
import { subgraph } from '../src/server';
import { creditRecords, objections, recordVersions, repairApplications } from '../src/db/schema';
import { countRecords, demoRecords, seedRecords } from '../src/seed';

describe.each(testBackends())('demo records on $name', (backend) => {
  let database: RecordsDatabase;
  let drop: () => Promise<void>;
  let made: number;
  beforeAll(async () => {
    const target = await backend.create();
    drop = target.drop;
    database = await openSubgraphDatabase({ ...subgraph, url: target.url });
    made = await seedRecords(database.db, { count: 3000, seed: DEMO_SEED });
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('is a pure function of (seed, subject)', () => {
    const all = (seed: number) => Array.from({ length: 50 }, (_, i) => demoRecords(seed, i)).flat();
    expect(all(DEMO_SEED).length).toBeGreaterThan(10);
    expect(all(DEMO_SEED)).toEqual(all(DEMO_SEED));
    expect(all(DEMO_SEED + 1)).not.toEqual(all(DEMO_SEED));
  });

  it('files records under the demo subjects ids, with consistent party codes', async () => {
    expect(await countRecords(database.db)).toBe(made);
    const ids = new Map(Array.from({ length: 3000 }, (_, i) => demoSubject(DEMO_SEED, i)).map((s) => [s.id, s.code]));
    const rows = await database.db.select({ subjectId: creditRecords.subjectId, partyCode: creditRecords.partyCode }).from(creditRecords);
    for (const row of rows) expect(ids.get(row.subjectId)).toBe(row.partyCode);
  });

  it('has licences and penalties, a share of serious cases, late reports, objections and repairs', async () => {
    const [f] = await queryRows<Record<"licences" | "penalties" | "serious" | "late" | "repaired" | "objected", number>>(database.db, sql`
      select count(*) filter (where category = 'ADMINISTRATIVE_LICENCE')::int as licences,
             count(*) filter (where category = 'ADMINISTRATIVE_PENALTY')::int as penalties,
             count(*) filter (where severity_tier = 'SERIOUS')::int as serious,
             count(*) filter (where received_on > report_deadline)::int as late,
             count(*) filter (where status = 'REPAIRED')::int as repaired,
             count(*) filter (where under_objection)::int as objected
      from records.credit_record`);
    if (!f) throw new Error('no figures');
    expect(f.licences).toBeGreaterThan(500);
    expect(f.penalties).toBeGreaterThan(300);
    expect(f.serious / f.penalties).toBeGreaterThan(0.05);
    expect(f.serious / f.penalties).toBeLessThan(0.4);
    expect(f.late).toBeGreaterThan(0);
    expect(f.repaired).toBeGreaterThan(0);
    expect(f.objected).toBeGreaterThan(0);
    const [repairs] = await database.db.select({ n: sql<number>`count(*)::int` }).from(repairApplications);
    const [versions] = await database.db.select({ n: sql<number>`count(*)::int` }).from(recordVersions);
    expect(repairs!.n).toBe(f.repaired);
    expect(versions!.n).toBe(f.repaired);
    const [objected] = await database.db.select({ n: sql<number>`count(*)::int` }).from(objections);
    expect(objected!.n).toBeGreaterThan(f.objected);
  });

  it('adds nothing when run again', async () => {
    await seedRecords(database.db, { count: 3000, seed: DEMO_SEED });
    expect(await countRecords(database.db)).toBe(made);
  });
});
