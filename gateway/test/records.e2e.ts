import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { seedRecords } from '@credit/records/seed';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { startSystem, type RunningSystem } from './system';
import type { SubjectsSchema } from '@credit/subjects/db';
import type { RecordsSchema } from '@credit/records/db';

const PROFILE = `query ($code: String!) { subjectByCode(code: $code) { id name
  recordSummary { total byCategory { category count } penaltiesByTier { tier count } lastDecisionDate }
  records(first: 5) { edges { node { category documentNumber decisionDate partyName publicity { status } } } pageInfo { hasNextPage } } } }`;

describe.each(testBackends())('records through the gateway on $name', (backend) => {
  let system: RunningSystem;
  let department: Record<string, string>;
  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 200, seed: DEMO_SEED });
    await seedRecords(system.subgraph<RecordsSchema>('records').database.db, { count: 200, seed: DEMO_SEED });
    const token = await developmentToken({ sub: 'officer-scjg', dept: 'SCJGJ', roles: ['DEPARTMENT'] });
    department = { authorization: `Bearer ${token}`, purpose: 'records e2e' };
  });
  afterAll(() => system?.close());

  it('returns a subject with its records and summary in one profile query', async () => {
    // The first organisation with a seeded record.
    const rows = await system.subgraph<RecordsSchema>('records').database.db.query.creditRecords.findMany({ columns: { subjectId: true }, limit: 1 });
    const subject = Array.from({ length: 200 }, (_, i) => demoSubject(DEMO_SEED, i)).find((s) => s.id === rows[0]!.subjectId)!;
    const result = await system.query(PROFILE, { code: subject.code }, department);
    expect(result.errors).toBeUndefined();
    const profile = result.data!.subjectByCode;
    expect(profile.name).toBe(subject.name);
    expect(profile.recordSummary.total).toBeGreaterThan(0);
    expect(profile.records.edges.length).toBe(Math.min(5, profile.recordSummary.total));
    expect(profile.records.edges[0].node.partyName).toBe(subject.name);
  });

  it('ingests a batch through the gateway, matching and registering parties through the subjects subgraph', async () => {
    const company = demoSubject(DEMO_SEED, 2);
    // Valid 统一社会信用代码 that no demo subject has.
    const newCode = '91350100MA80000019';
    const base = {
      category: 'ADMINISTRATIVE_LICENCE', partyCategory: 'LEGAL_PERSON', documentName: '食品经营许可证', licenceCategory: 'ORDINARY',
      content: '预包装食品销售', decisionDate: '2026-11-02', validFrom: '2026-11-02', validTo: '2031-11-01', authority: '市场监督管理局', authorityCode: '11350100MB0000000Y',
    };
    const records = [
      { ...base, catalogItem: 'SCJG-XK-01', partyName: company.name, partyCode: company.code, documentNumber: 'E2E-1' },
      // SCJG-XK-01 registers parties it does not find; SCJG-XK-02 does not.
      { ...base, catalogItem: 'SCJG-XK-01', partyName: '福州新开张食品有限公司', partyCode: newCode, documentNumber: 'E2E-2' },
      { ...base, catalogItem: 'SCJG-XK-02', partyName: '无名公司', partyCode: '91350100MA8000002C', documentNumber: 'E2E-3' },
    ];
    const submit = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { created rejected results { outcome error { code } record { subject { id name } } } } }`;
    const result = await system.query(submit, { batch: { records } }, department);
    expect(result.errors).toBeUndefined();
    const [known, registered, unknown] = result.data!.submitRecords.results;
    expect(known).toMatchObject({ outcome: 'CREATED', record: { subject: { id: company.id, name: company.name } } });
    expect(registered).toMatchObject({ outcome: 'CREATED', record: { subject: { name: '福州新开张食品有限公司' } } });
    expect(unknown).toMatchObject({ outcome: 'REJECTED', error: { code: 'UNKNOWN_PARTY' } });

    const again = await system.query(submit, { batch: { records: records.slice(0, 2) } }, department);
    expect(again.data!.submitRecords.results.map((r: { outcome: string }) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
  });

  it('serves the catalogue to anyone and refuses pushes from the public', async () => {
    const publicResult = await system.query(`{ dataCatalog(department: "SCJGJ") { code } }`);
    expect(publicResult.data!.dataCatalog.length).toBeGreaterThan(0);
    const refused = await system.query(`mutation { submitRecords(input: { records: [] }) { created } }`);
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
