import { testBackends } from '@credit/kit/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { DISCLOSED_SUBJECTS_EXTENSION, GATEWAY_SERVICE_CALLER, type Caller } from '@credit/kit';
import { DEVELOPMENT_PSEUDONYM_KEY, pseudonym } from '@credit/identifiers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisation, penalty } from './fixtures';
import { ANALYST, CENTRE, CITIZEN, SCJGJ, STHJJ, startRecords, type RunningRecords } from './harness';

const SUBMIT = `mutation ($batch: SubmitRecordsInput!) { submitRecords(input: $batch) { results { outcome record { id } } } }`;
const PARTY = `partyName partyCategory partyCode legalRepresentative`;
const RECORD = `query ($id: ID!) { creditRecord(id: $id) { ${PARTY} versions { snapshot } } }`;
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Subject { records(first: 5) { edges { node { documentNumber ${PARTY} } } } } } }`;
const FILE = `mutation ($id: ID!) { fileObjection(input: { recordId: $id, reason: "身份信息有误" }) { objection { record { ${PARTY} } } } }`;
const OVERDUE = `{ overdueObjections { record { ${PARTY} } } }`;

// A natural person (田娟) and the company of penalty(2), among the demo subjects.
const person = demoSubject(DEMO_SEED, 6);
const company = organisation(2);
const masked = `${person.code.slice(0, 6)}********${person.code.slice(14)}`;

describe.each(testBackends())("each role's view of a natural person's penalty on $name", (backend) => {
  let records: RunningRecords;
  let personRecord: string;
  let companyRecord: string;
  beforeAll(async () => {
    records = await startRecords(backend);
    const batch = [
      penalty(1, { partyCategory: 'NATURAL_PERSON', partyName: person.name, partyCode: person.code, legalRepresentative: null }),
      penalty(2),
    ];
    const result = await records.query(SUBMIT, { batch: { records: batch } }, SCJGJ);
    [personRecord, companyRecord] = result.data!.submitRecords.results.map((r: { record: { id: string } }) => r.record.id);
  });
  afterAll(() => records?.close());

  const read = async (caller: Caller, id = personRecord) => {
    const result = await records.query(RECORD, { id }, caller);
    expect(result.errors).toBeUndefined();
    return result.data!.creditRecord as { partyName: string; partyCode: string | null; legalRepresentative: string | null; versions: { snapshot: string }[] };
  };

  it('shows the public the surname only and no ID number, not even masked', async () => {
    expect(person.name).toBe('田娟');
    const view = await read(CITIZEN);
    expect(view).toEqual({ partyName: '田**', partyCategory: 'NATURAL_PERSON', partyCode: null, legalRepresentative: null, versions: [] });
  });

  it('shows a subject its own record in full (with a purpose), and others only as the public sees them', async () => {
    const self: Caller = { id: 'citizen-6', department: null, roles: ['SUBJECT'], purpose: '查询本人信用', subjectId: person.id };
    expect(await read(self)).toMatchObject({ partyName: person.name, partyCode: person.code });
    const withoutPurpose = await records.query(RECORD, { id: personRecord }, { ...self, purpose: null });
    expect(withoutPurpose.errors![0]!.extensions!.code).toBe('PURPOSE_REQUIRED');
    const stranger: Caller = { ...self, subjectId: company.id, purpose: null };
    expect(await read(stranger)).toMatchObject({ partyName: '田**', partyCode: null });
  });

  it('shows a caller with no role nothing', async () => {
    const result = await records.query(RECORD, { id: companyRecord }, GATEWAY_SERVICE_CALLER);
    expect(result.data!.creditRecord).toBeNull();
  });

  it("shows analysts the person's pseudonym (the subjects subgraph's) and no ID number", async () => {
    const view = await read(ANALYST);
    expect(view).toMatchObject({ partyName: pseudonym(DEVELOPMENT_PSEUDONYM_KEY, person.code), partyCode: null });
    expect(view.partyName).toMatch(/^P-[0-9a-f]{16}$/);
    const snapshot = JSON.parse(view.versions[0]!.snapshot);
    expect(snapshot).toMatchObject({ party_name: view.partyName, party_code: null });
    expect(view.versions[0]!.snapshot).not.toContain(person.name);
    expect(view.versions[0]!.snapshot).not.toContain(person.code.slice(6, 14));
  });

  it('shows another department the name and the ID number masked, in the record and its history', async () => {
    const view = await read(STHJJ);
    expect(view).toMatchObject({ partyName: person.name, partyCode: masked });
    expect(JSON.parse(view.versions[0]!.snapshot)).toMatchObject({ party_name: person.name, party_code: masked });
  });

  it('shows the source department and the credit centre everything', async () => {
    for (const caller of [SCJGJ, CENTRE]) {
      const view = await read(caller);
      expect(view).toMatchObject({ partyName: person.name, partyCode: person.code });
      expect(JSON.parse(view.versions[0]!.snapshot)).toMatchObject({ party_name: person.name, party_code: person.code });
    }
  });

  it("shows organisations' names and codes to everyone; the legal representative to all but analysts", async () => {
    for (const caller of [CITIZEN, STHJJ, SCJGJ, CENTRE]) {
      expect(await read(caller, companyRecord)).toMatchObject({ partyName: company.name, partyCode: company.code, legalRepresentative: company.legalRepresentative });
    }
    expect(await read(ANALYST, companyRecord)).toMatchObject({ partyName: company.name, partyCode: company.code, legalRepresentative: null });
  });

  it('applies the same rule through _entities (Subject.records), objections and overdue lists', async () => {
    const expected: [Caller, string, string | null][] = [
      [CITIZEN, '田**', null],
      [ANALYST, pseudonym(DEVELOPMENT_PSEUDONYM_KEY, person.code), null],
      [STHJJ, person.name, masked],
      [SCJGJ, person.name, person.code],
    ];
    for (const [caller, partyName, partyCode] of expected) {
      const entities = await records.query(ENTITIES, { reps: [{ __typename: 'Subject', id: person.id }] }, caller);
      expect(entities.data!._entities[0].records.edges.map((e: { node: object }) => e.node)).toEqual([
        expect.objectContaining({ partyName, partyCode }),
      ]);
      const filed = await records.query(FILE, { id: personRecord }, caller);
      // Analysts read; objections come from the subject, a department on its behalf, or the credit centre.
      if (caller === ANALYST) expect(filed.errors![0]!.extensions?.code).toBe('FORBIDDEN');
      else expect(filed.data!.fileObjection.objection.record).toMatchObject({ partyName, partyCode });
    }
    // Two weeks later the objections are overdue; the lists show the record under the same rule.
    records.clock.now = new Date('2026-12-10T04:00:00Z');
    try {
      const overdue = await records.query(OVERDUE, {}, STHJJ);
      expect(overdue.data!.overdueObjections).toEqual([]);
      for (const [caller, partyName, partyCode] of [[ANALYST, pseudonym(DEVELOPMENT_PSEUDONYM_KEY, person.code), null], [SCJGJ, person.name, person.code]] as const) {
        const list = (await records.query(OVERDUE, {}, caller)).data!.overdueObjections;
        expect(list.length).toBe(3); // the citizen, STHJJ and SCJGJ filed; the analyst may not
        for (const objection of list) expect(objection.record).toMatchObject({ partyName, partyCode });
      }
    } finally {
      records.clock.now = new Date('2026-11-26T04:00:00Z');
    }
  });

  it('refuses a department that gives no purpose, and lets the public read without one', async () => {
    const refused = await records.query(RECORD, { id: companyRecord }, { ...STHJJ, purpose: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
    expect(refused.data?.creditRecord ?? null).toBeNull();
    const publicRead = await records.query(RECORD, { id: companyRecord }, CITIZEN);
    expect(publicRead.errors).toBeUndefined();
  });

  it('reports the subjects of the records it returns, for the access log', async () => {
    const single = await records.query(RECORD, { id: personRecord }, STHJJ);
    expect(single.extensions?.[DISCLOSED_SUBJECTS_EXTENSION]).toEqual([person.id]);
    const both = await records.query(`query ($a: ID!, $b: ID!) { a: creditRecord(id: $a) { documentNumber } b: creditRecord(id: $b) { documentNumber } }`, { a: personRecord, b: companyRecord }, CITIZEN);
    expect(new Set(both.extensions?.[DISCLOSED_SUBJECTS_EXTENSION] as string[])).toEqual(new Set([person.id, company.id]));
    const none = await records.query(`query ($id: ID!) { creditRecord(id: $id) { documentNumber } }`, { id: '00000000-0000-4000-8000-000000000000' }, STHJJ);
    expect(none.data!.creditRecord).toBeNull();
    expect(none.extensions?.[DISCLOSED_SUBJECTS_EXTENSION]).toBeUndefined();
    const catalogue = await records.query(`{ dataCatalog { code } }`, {}, STHJJ);
    expect(catalogue.extensions?.[DISCLOSED_SUBJECTS_EXTENSION]).toBeUndefined();
  });
});
