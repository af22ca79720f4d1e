import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import type { Role } from '@credit/http';
import { seedSubjects } from '@credit/subjects/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { startSystem, type RunningSystem } from './system';
import type { SubjectsSchema } from '@credit/subjects/db';

/** A natural person among the demo subjects (田娟). */
const person = demoSubject(DEMO_SEED, 6);

async function headers(sub: string, roles: Role[], dept: string | null, purpose: string | null) {
  return {
    authorization: `Bearer ${await developmentToken({ sub, roles, ...(dept ? { dept } : {}) })}`,
    ...(purpose ? { purpose: encodeURIComponent(purpose) } : {}),
  };
}

const SUBMIT = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { results { outcome error { code message } record { id } } } }`;
const READ = `query RecordRead($id: ID!) { creditRecord(id: $id) { partyName partyCode documentNumber } }`;
const LOG = `query Log($id: ID!) { subject(id: $id) { accessLog(first: 20) { callerId department purpose operationName } } }`;

describe.each(testBackends())("a natural person's record through the gateway on $name", (backend) => {
  let system: RunningSystem;
  let recordId: string;
  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
    const penalty = {
      catalogItem: 'SCJG-CF-01', category: 'ADMINISTRATIVE_PENALTY', partyName: person.name, partyCategory: 'NATURAL_PERSON', partyCode: person.code,
      documentNumber: '榕市监罚〔2026〕9001号', violationType: '无证经营', facts: '经查，当事人未取得许可从事食品经营。', legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
      penaltyCategories: ['FINE'], penaltyContent: '罚款1万元', fineAmount: 1, decisionDate: '2026-11-20',
      authority: '福州市市场监督管理局', authorityCode: '11350100MB0000000Y', sourceUnit: '福州市市场监督管理局', sourceUnitCode: '11350100MB0000000Y',
    };
    const submitted = await system.query(SUBMIT, { batch: { records: [penalty] } }, await headers('officer-scjg', ['DEPARTMENT'], 'SCJGJ', '报送行政处罚'));
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitRecords.results[0]).toMatchObject({ outcome: 'CREATED' });
    recordId = submitted.data!.submitRecords.results[0].record.id;
  });
  afterAll(() => system?.close());

  it('gives each role its own view of the same record, the analyst the pseudonym subjects gives', async () => {
    const read = async (h: Record<string, string>) => {
      const result = await system.query(READ, { id: recordId }, h);
      expect(result.errors).toBeUndefined();
      return result.data!.creditRecord as { partyName: string; partyCode: string | null };
    };
    expect(await read({})).toMatchObject({ partyName: '田**', partyCode: null });

    const analyst = await headers('analyst-1', ['ANALYST'], 'TJJ', '行业信用分析');
    const analystView = await read(analyst);
    const fromSubjects = await system.query(`query ($id: ID!) { subject(id: $id) { name } }`, { id: person.id }, analyst);
    expect(fromSubjects.data!.subject.name).toMatch(/^P-[0-9a-f]{16}$/);
    expect(analystView).toEqual({ partyName: fromSubjects.data!.subject.name, partyCode: null, documentNumber: '榕市监罚〔2026〕9001号' });

    const other = await read(await headers('officer-sthj', ['DEPARTMENT'], 'STHJJ', '联合奖惩核查'));
    expect(other).toMatchObject({ partyName: person.name, partyCode: `${person.code.slice(0, 6)}********${person.code.slice(14)}` });
    expect(await read(await headers('officer-scjg', ['DEPARTMENT'], 'SCJGJ', '复核'))).toMatchObject({ partyName: person.name, partyCode: person.code });
    expect(await read(await headers('centre-1', ['CREDIT_CENTRE'], 'XYZX', '异议处理'))).toMatchObject({ partyName: person.name, partyCode: person.code });
  });

  it("records a department's creditRecord read in the subject's access log", async () => {
    const officer = await headers('officer-sthj-2', ['DEPARTMENT'], 'STHJJ', '行政许可审查 2026-77');
    const read = await system.query(READ, { id: recordId }, officer);
    expect(read.errors).toBeUndefined();
    const log = await system.query(LOG, { id: person.id }, await headers('centre-1', ['CREDIT_CENTRE'], 'XYZX', '查看访问记录'));
    expect(log.errors).toBeUndefined();
    expect(log.data!.subject.accessLog).toContainEqual({
      callerId: 'officer-sthj-2',
      department: 'STHJJ',
      purpose: '行政许可审查 2026-77',
      operationName: 'RecordRead',
    });
  });
});
