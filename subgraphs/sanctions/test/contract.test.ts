import { describeSubgraphContract, testBackends } from '@credit/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph } from '../src/server';
import { CENTRE, CITIZEN, CZJ, organisation, person, SCJGJ, startSanctions, type RunningSanctions } from './harness';

const IMPORT = `mutation ($input: ImportListingsInput!) { importListings(input: $input) { imported skipped rejected results { index error { code } } } }`;
const CHECK = `query ($input: CrossCheckInput!) { crossCheck(input: $input) { checked invalid listed results { index code valid error { code message } listed listTypes listings { id department } } } }`;

/** Listings for the first 100 organisations: serious dishonesty for even ones, red list for odd ones. */
function imports() {
  return Array.from({ length: 100 }, (_, n) => {
    const subject = organisation(n);
    return {
      subjectId: subject.id,
      subjectCode: subject.code,
      listType: n % 2 === 0 ? 'SERIOUS_DISHONESTY' : 'RED_LIST',
      department: n % 3 === 0 ? 'STHJJ' : 'SCJGJ',
      reasons: n % 2 === 0 ? '严重违法失信' : '守信激励',
      basisRecordIds: ['6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f'],
      notifiedOn: '2026-01-05',
      listedFrom: '2026-02-01',
    };
  });
}

// The kit's contract: SDL with the entity, 100 representations with one SQL statement, 401 unsigned.
describeSubgraphContract(subgraph, {
  entity: 'Subject',
  caller: CZJ,
  selection: 'id listings { id listType } activeMeasures { measure { code legalBasis } listing { id } } applicableMeasures(matter: BIDDING) { measure { code } }',
  async seed(running) {
    const result = await running.query(IMPORT, { input: { listings: imports() } }, CENTRE);
    expect(result.data!.importListings.imported).toBe(100);
    return Array.from({ length: 100 }, (_, n) => ({ id: organisation(n).id }));
  },
});

describe.each(testBackends())('sanctions domain contract on $name', (backend) => {
  let s: RunningSanctions;
  beforeAll(async () => {
    s = await startSanctions(backend);
    const result = await s.query(IMPORT, { input: { listings: imports() } }, CENTRE);
    expect(result.errors).toBeUndefined();
    expect(result.data!.importListings).toMatchObject({ imported: 100, skipped: 0, rejected: 0 });
  });
  afterAll(() => s?.close());

  it('rejects, row by row, an imported listing whose department is not in the directory', async () => {
    const row = (n: number, department: string) => ({ ...imports()[0]!, subjectId: organisation(n).id, subjectCode: organisation(n).code, department });
    const result = await s.query(
      `mutation ($input: ImportListingsInput!) { importListings(input: $input) { imported rejected results { index error { code message field } } } }`,
      { input: { listings: [row(10_150, 'SWUJ'), row(10_151, 'NOPE'), row(10_152, 'ZJJ')] } },
      CENTRE,
    );
    expect(result.data!.importListings).toMatchObject({ imported: 1, rejected: 2 });
    const errors = result.data!.importListings.results.map((r: { error: unknown }) => r.error);
    expect(errors[0]).toEqual({ code: 'UNKNOWN_DEPARTMENT', field: 'department', message: "SWUJ is a retired department code; the department's code is now SWJZ" });
    expect(errors[1]).toMatchObject({ code: 'UNKNOWN_DEPARTMENT', field: 'department' });
    expect(errors[2]).toBeNull();
  });

  it('publishes its SDL extending Subject by id, Listing as an entity and CreditRecord as a reference', async () => {
    const result = await s.query(`{ _service { sdl } }`);
    const sdl: string = result.data!._service.sdl;
    expect(sdl).toMatch(/type Subject\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Listing\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type CreditRecord\s+@key\(fields: "id", resolvable: false\)/);
  });

  it('serves the lists and the measures catalogue as data', async () => {
    const result = await s.query(`{ listDefinitions { listType name legalBasis periodMonths publicForOrganisations } measures(matter: GOVERNMENT_PROCUREMENT, effect: PUNISHMENT) { code legalBasis listTypes } }`);
    expect(result.data!.listDefinitions.map((l: any) => l.listType).sort()).toEqual(['KEY_ATTENTION', 'RED_LIST', 'SERIOUS_DISHONESTY']);
    expect(result.data!.measures.map((m: any) => m.code)).toEqual(['CJ-001', 'ZD-004']);
  });

  it('answers listings, active measures and measures for a matter of 100 subjects with one SQL query', async () => {
    const reps = Array.from({ length: 100 }, (_, n) => ({ __typename: 'Subject', id: organisation(n).id }));
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id
      listings { id listType basisRecords { id } subject { id } }
      activeMeasures { measure { code } listing { id } }
      applicableMeasures(matter: BIDDING) { measure { code name legalBasis } listing { listType } } } } }`;
    const before = s.database.queries.count;
    const result = await s.query(query, { r: reps }, CZJ);
    expect(s.database.queries.count - before).toBe(1);
    expect(result.errors).toBeUndefined();
    const [first, second] = result.data!._entities;
    expect(first.listings).toHaveLength(1);
    expect(first.listings[0].basisRecords).toEqual([{ id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f' }]);
    expect(first.applicableMeasures.map((m: any) => m.measure.code)).toEqual(['CJ-002', 'CJ-015']);
    expect(second.applicableMeasures.map((m: any) => m.measure.code)).toEqual(['JL-004']);
  });

  it('resolves 100 Listing references with one SQL query', async () => {
    const page = await s.query(`{ listings(first: 100) { edges { node { id } } pageInfo { hasNextPage } } }`, {}, CENTRE);
    const ids = page.data!.listings.edges.map((e: any) => e.node.id);
    expect(ids).toHaveLength(100);
    const before = s.database.queries.count;
    const result = await s.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Listing { id status department } } }`, { r: ids.map((id: string) => ({ __typename: 'Listing', id })) }, SCJGJ);
    expect(s.database.queries.count - before).toBe(1);
    expect(result.data!._entities.every((l: any) => l && l.status === 'ACTIVE')).toBe(true);
  });

  it('cross-checks codes in one call, each answered, invalid codes reported per code', async () => {
    const codes = [organisation(0).code, organisation(1).code, organisation(150).code, '91320594MA1XXXXX00', 'hello', person(3).code, organisation(2).code.toLowerCase()];
    const before = s.database.queries.count;
    const result = await s.query(CHECK, { input: { codes, lists: ['SERIOUS_DISHONESTY'] } }, CZJ);
    // One for the check (the covering index), one for the listings asked for.
    expect(s.database.queries.count - before).toBe(2);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.crossCheck;
    expect(payload).toMatchObject({ checked: 7, invalid: 2, listed: 2 });
    expect(payload.results.map((r: any) => [r.index, r.valid, r.listed, r.listTypes])).toEqual([
      [0, true, true, ['SERIOUS_DISHONESTY']],
      [1, true, false, []],
      [2, true, false, []],
      [3, false, false, []],
      [4, false, false, []],
      [5, true, false, []],
      [6, true, true, ['SERIOUS_DISHONESTY']],
    ]);
    expect(payload.results[3].error.code).toBe('INVALID_CREDIT_CODE');
    expect(payload.results[4].error.code).toBe('INVALID_CREDIT_CODE');
    const red = await s.query(CHECK, { input: { codes: [organisation(1).code] } }, CZJ);
    expect(red.data!.crossCheck.results[0].listTypes).toEqual(['RED_LIST']);
  });

  it('cross-checks 10,000 codes; more are refused; the public may not', async () => {
    const codes = Array.from({ length: 10_000 }, (_, n) => (n % 100 === 99 ? `BAD${n}` : organisation(n).code));
    const result = await s.query(CHECK.replace('listings { id department }', ''), { input: { codes } }, CZJ);
    expect(result.errors).toBeUndefined();
    expect(result.data!.crossCheck).toMatchObject({ checked: 10_000, invalid: 100, listed: 99 });
    const tooMany = await s.query(CHECK, { input: { codes: [...codes, organisation(0).code] } }, CZJ);
    expect(tooMany.errors![0]!.extensions!.code).toBe('BATCH_TOO_LARGE');
    const citizen = await s.query(CHECK, { input: { codes: [organisation(0).code] } }, CITIZEN);
    expect(citizen.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('imports idempotently: a second import skips every row', async () => {
    const again = await s.query(IMPORT, { input: { listings: imports().slice(0, 3) } }, CENTRE);
    expect(again.data!.importListings).toMatchObject({ imported: 0, skipped: 3, rejected: 0 });
    const byDepartment = await s.query(IMPORT, { input: { listings: imports().slice(0, 1) } }, SCJGJ);
    expect(byDepartment.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
