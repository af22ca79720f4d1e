import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { GatewayClient } from '@credit/kit';
import type { RecordsSchema } from '@credit/records/db';
import { seedRecords } from '@credit/records/seed';
import type { SanctionsSchema } from '@credit/sanctions/db';
import { seedListingsFromGateway } from '@credit/sanctions/demoListings';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { startSystem, type RunningSystem } from './system';

const SUBJECTS = 300;

/** A listed enterprise's risk in one query: listings, measures with legal basis, the records they rest on, related parties' listings. */
const RISK = `query ($code: String!) { subjectByCode(code: $code) { id name
  listings { id listType department reasons listedFrom listedUntil
    basisRecords { id documentNumber category penaltyCategories decisionDate legalBasis } }
  applicableMeasures(matter: GOVERNMENT_PROCUREMENT) { measure { code name legalBasis effect } listing { id listType } }
  activeMeasures { measure { code } }
  relatedSubjects(depth: 2) { via subject { id name listings { listType department } } } } }`;

describe.each(testBackends())('sanctions through the gateway on $name', (backend) => {
  let system: RunningSystem;
  let department: Record<string, string>;
  let seeded: { imported: number; skipped: number; rejected: number };

  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    await seedRecords(system.subgraph<RecordsSchema>('records').database.db, { count: SUBJECTS, seed: DEMO_SEED });
    const centre = await developmentToken({ sub: 'sanctions-service', dept: 'XYZX', roles: ['CREDIT_CENTRE'] });
    seeded = await seedListingsFromGateway(new GatewayClient(system.url, centre, 'sanctions'), { subjects: SUBJECTS, seed: DEMO_SEED, chunk: 100 });
    const token = await developmentToken({ sub: 'officer-cz', dept: 'CZJ', roles: ['DEPARTMENT'] });
    department = { authorization: `Bearer ${token}`, purpose: 'procurement-eligibility-check' };
  });
  afterAll(() => system?.close());

  it('seeds listings from the serious penalties read through the gateway, idempotently', async () => {
    expect(seeded.imported).toBeGreaterThan(0);
    expect(seeded.rejected).toBe(0);
    const centre = await developmentToken({ sub: 'sanctions-service', dept: 'XYZX', roles: ['CREDIT_CENTRE'] });
    const again = await seedListingsFromGateway(new GatewayClient(system.url, centre, 'sanctions'), { subjects: SUBJECTS, seed: DEMO_SEED, chunk: 100 });
    expect(again).toEqual({ imported: 0, skipped: seeded.imported, rejected: 0 });
  });

  it("returns a listed enterprise's listings, measures with legal basis, the records they rest on and its related parties' listings in one query", async () => {
    const listed = await system.subgraph<SanctionsSchema>('sanctions').database.db.query.listings.findMany({ where: (l, { eq }) => eq(l.listType, 'SERIOUS_DISHONESTY') });
    const enterprise = Array.from({ length: SUBJECTS }, (_, i) => demoSubject(DEMO_SEED, i)).find(
      (s) => s.code.startsWith('91') && listed.some((l) => l.subjectId === s.id),
    );
    expect(enterprise).toBeDefined();
    const result = await system.query(RISK, { code: enterprise!.code }, department);
    expect(result.errors).toBeUndefined();
    const risk = result.data!.subjectByCode;
    expect(risk.name).toBe(enterprise!.name);
    const listing = risk.listings.find((l: any) => l.listType === 'SERIOUS_DISHONESTY');
    expect(listing.basisRecords.length).toBeGreaterThan(0);
    for (const record of listing.basisRecords) {
      expect(record).toMatchObject({ category: 'ADMINISTRATIVE_PENALTY' });
      expect(record.documentNumber).toBeTruthy();
    }
    expect(risk.applicableMeasures.map((m: any) => m.measure.code)).toContain('CJ-001');
    expect(risk.applicableMeasures.find((m: any) => m.measure.code === 'CJ-001').measure.legalBasis).toContain('政府采购法');
    expect(risk.activeMeasures.length).toBeGreaterThan(20);
    expect(risk.relatedSubjects.length).toBeGreaterThan(0);
    for (const related of risk.relatedSubjects) expect(Array.isArray(related.subject.listings)).toBe(true);
  });

  it('cross-checks 10,000 codes in one call through the gateway', async () => {
    const codes = Array.from({ length: 9_999 }, (_, i) => demoSubject(DEMO_SEED, i).code);
    const result = await system.query(
      `query ($input: CrossCheckInput!) { crossCheck(input: $input) { checked invalid listed results { index valid listed listTypes error { code } } } }`,
      { input: { codes: [...codes, 'NOT-A-CODE'] } },
      department,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.crossCheck).toMatchObject({ checked: 10_000, invalid: 1 });
    expect(result.data!.crossCheck.results[9_999]).toMatchObject({ index: 9_999, valid: false, error: { code: 'INVALID_CREDIT_CODE' } });
    expect(result.data!.crossCheck.listed).toBeGreaterThan(0);
  });
});
