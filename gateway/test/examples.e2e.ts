/**
 * Every example operation a client is shown (the README's ```graphql blocks and curl commands, and
 * the playground's tabs) runs here as each role it is written for, and answers every field it asks
 * for: no error, no null but where a value is absent by nature. The examples are read from the
 * README and the playground module themselves, so they cannot drift from the schema or the rules.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED, demoSubject } from '@credit/demo-data';
import { ROLES, type Role } from '@credit/http';
import type { RatingsSchema } from '@credit/ratings/db';
import { seedEvaluations } from '@credit/ratings/seed';
import type { SubjectsSchema } from '@credit/subjects/db';
import { seedSubjects } from '@credit/subjects/seed';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../src/identity';
import { EXAMPLES } from '../src/playground/examples';
import { startSystem, type RunningSystem } from './system';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const company = demoSubject(DEMO_SEED, 0);

interface Operation {
  source: string;
  query: string;
  roles: Role[];
  variables?: Record<string, unknown>;
}

function rolesOf(line: string | undefined, source: string): Role[] {
  const roles = (line ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  if (roles.length === 0) throw new Error(`${source}: say which roles the example is for (a first line \`# For: PUBLIC, DEPARTMENT\`)`);
  for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) throw new Error(`${source}: unknown role ${role}`);
  return roles as Role[];
}

/** The README's ```graphql blocks (each says `# For: ROLES`) and the queries of its curl commands. */
function readmeOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const [index, match] of [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].entries()) {
    const source = `README graphql block ${index + 1}`;
    operations.push({ source, query: match[1]!, roles: rolesOf(/^# For: (.*)$/m.exec(match[1]!)?.[1], source) });
  }
  for (const block of README.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const curl of block[1]!.matchAll(/-d '(\{"query":.*?\})'/g)) {
      const roles = /--roles (\S+)\)/.exec(block[1]!)?.[1]?.split(',') ?? ['PUBLIC'];
      const query = (JSON.parse(curl[1]!) as { query: string }).query;
      operations.push({ source: `README curl ${query.slice(0, 40)}`, query, roles: rolesOf(roles.join(','), 'README curl') });
    }
  }
  return operations;
}

const OPERATIONS: Operation[] = [
  ...readmeOperations(),
  ...EXAMPLES.map((example, i) => ({
    source: `playground tab ${i + 1}`,
    query: example.query,
    roles: example.roles,
    variables: example.variables,
  })),
];

/** Fields whose value is absent by nature for some subjects (not a refusal): null is fine there. */
const ABSENT_BY_NATURE = new Set(['idNumberMasked', 'sharePercent', 'endCursor', 'callerId', 'department', 'purpose', 'operationName']);

function nullsIn(value: unknown, path: string[] = []): string[] {
  if (value === null) return ABSENT_BY_NATURE.has(path.at(-1) ?? '') ? [] : [path.join('.')];
  if (Array.isArray(value)) return value.flatMap((v, i) => nullsIn(v, [...path, String(i)]));
  if (typeof value === 'object') return Object.entries(value as object).flatMap(([k, v]) => nullsIn(v, [...path, k]));
  return [];
}

const DEPARTMENTS: Record<Role, string | undefined> = { PUBLIC: undefined, DEPARTMENT: 'SCJGJ', CREDIT_CENTRE: 'XYZX', ANALYST: 'TJJ' } as Record<Role, string | undefined>;

async function headersFor(role: Role): Promise<Record<string, string>> {
  if (role === 'PUBLIC') return {};
  // A subject's own token is the example company's (its legal-person account).
  const token = await developmentToken(
    role === 'SUBJECT'
      ? { sub: 'company-account', roles: [role], subjectId: company.id }
      : { sub: `${role.toLowerCase()}-examples`, dept: DEPARTMENTS[role] ?? 'SCJGJ', roles: [role] },
  );
  return { authorization: `Bearer ${token}`, purpose: 'examples-test' };
}

it('reads the examples: each README graphql block says whom it is for, and every playground tab', () => {
  expect(OPERATIONS.filter((o) => o.source.startsWith('README graphql')).length).toBeGreaterThanOrEqual(3);
  expect(OPERATIONS.filter((o) => o.source.startsWith('README curl')).length).toBeGreaterThanOrEqual(2);
  expect(OPERATIONS.filter((o) => o.source.startsWith('playground')).length).toBe(EXAMPLES.length);
  // The credit profile from all five subgraphs comes first, in the README and in the playground.
  const creditProfiles = OPERATIONS.filter((o) => /query CreditProfile\b/.test(o.query));
  expect(creditProfiles.map((o) => o.source)).toEqual(['README graphql block 1', 'playground tab 1']);
  // The public profile of an enterprise is among them, next, in the README and in the playground.
  const profiles = OPERATIONS.filter((o) => /query Profile\b/.test(o.query));
  expect(profiles.map((o) => o.source)).toEqual(['README graphql block 2', 'playground tab 2']);
  for (const profile of profiles) expect(profile.roles).toContain('PUBLIC');
});

describe.each(testBackends())('the examples, as each role they are written for, on $name', (backend) => {
  let system: RunningSystem;
  let recordId = '';
  beforeAll(async () => {
    system = await startSystem(backend);
    await seedSubjects(system.subgraph<SubjectsSchema>('subjects').database.db, { count: 20, seed: DEMO_SEED });
    // A completed evaluation run, so that the credit profile shows a rating and its explanation.
    await seedEvaluations(system.subgraph<RatingsSchema>('ratings').database.db, { count: 20, seed: DEMO_SEED });
    // A public licence of the company, so that its profile shows a credit record.
    const licence = {
      catalogItem: 'SCJG-XK-01', category: 'ADMINISTRATIVE_LICENCE', partyName: company.name, partyCategory: 'LEGAL_PERSON',
      partyCode: company.code, documentNumber: 'EXAMPLES-1', documentName: '食品经营许可证', licenceCategory: 'ORDINARY',
      content: '预包装食品销售', decisionDate: '2026-11-02', validFrom: '2026-11-02', validTo: '2031-11-01',
      authority: '市场监督管理局', authorityCode: '11350100MB0000000Y',
    };
    const submitted = await system.query(
      `mutation ($input: SubmitRecordsInput!) { submitRecords(input: $input) { results { error { code message } record { id } } } }`,
      { input: { records: [licence] } },
      await headersFor('DEPARTMENT'),
    );
    expect(submitted.errors).toBeUndefined();
    recordId = submitted.data!.submitRecords.results[0].record.id;
  });
  afterAll(() => system?.close());

  const cases = OPERATIONS.flatMap((operation) => operation.roles.map((role) => ({ operation, role, name: `${operation.source} as ${role}` })));

  it.each(cases)('$name answers every field it asks for', async ({ operation, role }) => {
    const definition = parse(operation.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const known: Record<string, unknown> = { code: company.code, codes: [company.code], id: company.id, recordId };
    const variables = operation.variables ?? {};
    for (const v of definition.variableDefinitions ?? []) {
      const name = v.variable.name.value;
      if (!(name in variables) && !v.defaultValue) {
        expect(known, `${operation.source}: no value for $${name}`).toHaveProperty(name);
        variables[name] = known[name];
      }
    }
    const result = await system.query(operation.query, operation.variables ?? variables, await headersFor(role));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data).toBeTruthy();
    for (const [field, value] of Object.entries(result.data!)) expect(value, field).not.toBeNull();
    expect(nullsIn(result.data)).toEqual([]);
  });
});
