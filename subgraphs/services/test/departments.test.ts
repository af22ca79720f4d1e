import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEPARTMENTS, RETIRED_DEPARTMENT_CODES, isDepartmentCode } from '@credit/departments';
import { openSubgraphDatabase } from '@credit/kit';
import { testBackends } from '@credit/kit/testing';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MATTERS } from '../src/catalogue';
import type { ServicesDatabase } from '../src/db';
import { approvalMatters, commitments, creditCheckLog, creditChecks } from '../src/db/schema';
import { ensureReferenceData } from '../src/referenceData';
import { subgraph } from '../src/server';

const nameOf = (code: string) => DEPARTMENTS[code as keyof typeof DEPARTMENTS];

describe('the departments of the approval matters', () => {
  it('are departments of the directory, under the directory\'s names', () => {
    for (const matter of MATTERS) {
      expect(isDepartmentCode(matter.department), `${matter.code}: ${matter.department}`).toBe(true);
      expect(matter.departmentName, matter.code).toBe(nameOf(matter.department));
    }
  });
});

/** A copy of the migrations folder that stops before `tag`: a database as it was before that migration. */
function migrationsBefore(tag: string): { url: URL; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'services-migrations-'));
  cpSync(fileURLToPath(subgraph.migrationsUrl), dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  if (at < 1) throw new Error(`no migration ${tag} after the first in the journal`);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalFile, JSON.stringify(journal));
  return { url: pathToFileURL(`${dir}/`), dir };
}

describe.each(testBackends())('migration 0001 (the commerce bureau is SWJZ) on $name', (backend) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'services-db-'));
  const before = migrationsBefore('0001_commerce_bureau_code');
  let target: { url: string | undefined; drop(): Promise<void> };
  let database: ServicesDatabase;
  const checkId = randomUUID();
  const kept = randomUUID();
  const moved = randomUUID();

  beforeAll(async () => {
    target = await backend.create();
    // The embedded database is reopened from disk; the PostgreSQL one by its URL.
    const where = { url: target.url, dataDir: target.url ? undefined : dataDir };
    const old = await openSubgraphDatabase({ ...subgraph, ...where, migrationsUrl: before.url });
    try {
      // As a database was before: the shipped matters, one the commerce bureau added under SWUJ, and a
      // check, its log and commitments of a caller whose token carried SWUJ.
      await ensureReferenceData(old.db);
      await old.db.insert(approvalMatters).values({
        code: 'SZ-SW-001',
        name: '对外贸易经营者备案登记',
        department: 'SWUJ',
        departmentName: '商务局',
        commitmentAllowed: true,
        acceptWithMissingMaterials: false,
        greenChannel: false,
        measureMatters: ['MARKET_ACCESS'],
      });
      const inputs = { rating: null, ratingState: 'ABSENT' as const, activeMeasures: null, measuresState: 'ABSENT' as const, brokenCommitments: [] };
      await old.db.insert(creditChecks).values({
        id: checkId,
        subjectId: 'subject-1',
        matterCode: 'SZ-SW-001',
        applicationId: 'APP-1',
        decision: 'STANDARD',
        reasons: [],
        missingInputs: ['RATING', 'MEASURES'],
        inputs,
        ruleSetVersion: 'SIP-2020.1',
        checkedAt: new Date('2026-11-02T02:00:00Z'),
        checkedBy: 'officer-sw',
        department: 'SWUJ',
      });
      await old.db.insert(creditCheckLog).values({
        checkId,
        askedAt: new Date('2026-11-02T02:00:00Z'),
        callerId: 'officer-sw',
        department: 'SWUJ',
        roles: ['DEPARTMENT'],
        replay: false,
        inputs,
        decision: 'STANDARD',
      });
      const commitment = {
        subjectId: 'subject-1',
        kind: 'VOLUNTARY' as const,
        text: '守法经营',
        conditions: [],
        madeBy: 'DEPARTMENT' as const,
        madeByCaller: 'officer',
        madeAt: new Date('2026-11-02T02:00:00Z'),
      };
      await old.db.insert(commitments).values([
        { ...commitment, id: moved, matterCode: 'SZ-SW-001', department: 'SWUJ', status: 'KEPT', verifiedBy: 'officer-sw', verifiedDepartment: 'SWUJ', verifiedAt: new Date('2026-11-20T02:00:00Z') },
        { ...commitment, id: kept, matterCode: 'SZ-ZJ-001', department: 'ZJJ' },
      ]);
    } finally {
      await old.close();
    }
    database = await openSubgraphDatabase({ ...subgraph, ...where });
    await ensureReferenceData(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(before.dir, { recursive: true, force: true });
  });

  it('moves every row that named the bureau SWUJ to SWJZ, and loses none', async () => {
    expect(RETIRED_DEPARTMENT_CODES.SWUJ).toBe('SWJZ');
    const matter = await database.db.query.approvalMatters.findFirst({ where: (m, { eq }) => eq(m.code, 'SZ-SW-001') });
    expect(matter).toMatchObject({ department: 'SWJZ', departmentName: '商务局' });
    const checks = await database.db.select().from(creditChecks);
    expect(checks.map((c) => [c.id, c.department])).toEqual([[checkId, 'SWJZ']]);
    const log = await database.db.select().from(creditCheckLog);
    expect(log.map((l) => [l.checkId, l.department])).toEqual([[checkId, 'SWJZ']]);
    const rows = await database.db.select().from(commitments).orderBy(asc(commitments.department));
    expect(rows.map((c) => [c.id, c.department, c.verifiedDepartment, c.status])).toEqual([
      [moved, 'SWJZ', 'SWJZ', 'KEPT'],
      [kept, 'ZJJ', null, 'PENDING'],
    ]);
  });

  it('leaves every matter under a department of the directory, with the directory\'s name', async () => {
    const matters = await database.db.select().from(approvalMatters);
    expect(matters).toHaveLength(MATTERS.length + 1);
    for (const matter of matters) {
      expect(isDepartmentCode(matter.department), `${matter.code}: ${matter.department}`).toBe(true);
      expect(matter.departmentName, matter.code).toBe(nameOf(matter.department));
    }
  });
});
