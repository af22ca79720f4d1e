import type { Caller } from '@credit/authz';
import { testBackends } from '@credit/db/testing';
import { postGraphQL } from '@credit/http/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphClock, SubgraphDefinition } from '../define';
import { startSubgraph, type RunningSubgraph } from './start';

export interface ContractSpec<TSchema extends Record<string, unknown>, TOptions> {
  /** The entity whose `_entities` is checked, e.g. `Subject`. */
  entity: string;
  /** Fills the fresh database and returns 100 representations' keys (without `__typename`). */
  seed(running: RunningSubgraph<TSchema>): Promise<Record<string, unknown>[]>;
  /** What to select of each entity, e.g. `id name`. */
  selection: string;
  /** Who asks (the gateway signs for it). */
  caller: Caller;
  /** SQL statements the 100 representations take (1 by default: one batch). */
  queries?: number;
  /** Given to its `build` (a clock, a fake directory). */
  options?: TOptions & SubgraphClock;
}

const FORGED_CALLER = Buffer.from(JSON.stringify({ id: 'a', roles: ['CREDIT_CENTRE'] })).toString('base64url');

/**
 * The federation contract every subgraph keeps, on every test backend: it publishes its SDL with
 * the entity's key; `_entities` resolves 100 representations in order with one SQL batch; a
 * request the gateway did not sign (none, or forged) gets 401 and runs no SQL; and a signed call
 * with a NUL in a string argument (a variable or a literal) gets INVALID_CHARACTERS naming it and
 * runs no SQL (the kit's input guard).
 */
export function describeSubgraphContract<TSchema extends Record<string, unknown>, TOptions>(
  definition: SubgraphDefinition<TSchema, TOptions>,
  spec: ContractSpec<TSchema, TOptions>,
): void {
  describe.each(testBackends())(`${definition.name} federation contract on $name`, (backend) => {
    let running: RunningSubgraph<TSchema>;
    let keys: Record<string, unknown>[];
    beforeAll(async () => {
      running = await startSubgraph(definition, backend, { options: spec.options, caller: spec.caller });
      keys = await spec.seed(running);
    });
    afterAll(() => running?.close());

    it(`publishes its SDL with ${spec.entity} as an entity`, async () => {
      const result = await running.query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
      expect(result.data!._service.sdl).toMatch(new RegExp(`type ${spec.entity}\\s+@key\\(fields: "`));
    });

    it(`resolves 100 ${spec.entity} representations in order with ${spec.queries ?? 1} SQL statement(s)`, async () => {
      expect(keys).toHaveLength(100);
      const before = running.database.queries.count;
      const result = await running.query<{ _entities: (Record<string, unknown> | null)[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${spec.entity} { ${spec.selection} } } }`,
        { r: keys.map((key) => ({ __typename: spec.entity, ...key })) },
      );
      const statements = running.database.queries.count - before;
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toHaveLength(100);
      const firstKey = Object.keys(keys[0]!)[0]!;
      expect(result.data!._entities.map((e) => e?.[firstKey])).toEqual(keys.map((k) => k[firstKey]));
      expect(statements).toBe(spec.queries ?? 1);
    });

    it.each([
      ['no signature', {}],
      ['a forged signature', { 'x-credit-caller': FORGED_CALLER, 'x-credit-timestamp': String(Date.now()), 'x-credit-signature': 'forged' }],
    ])('answers 401 and runs no SQL, _entities included, with %s', async (_label, headers) => {
      const before = running.database.queries.count;
      const result = await postGraphQL(
        running.url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${spec.entity} { ${spec.selection} } } }`,
        { r: keys.slice(0, 3).map((key) => ({ __typename: spec.entity, ...key })) },
        headers,
      );
      expect(result.status).toBe(401);
      expect(result.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      expect(running.database.queries.count).toBe(before);
    });

    it.each([
      ['a variable', 'variables'],
      ['a string literal', 'literal'],
    ])('refuses a signed call with a NUL in %s: INVALID_CHARACTERS naming it, no SQL', async (_label, how) => {
      const firstKey = Object.keys(keys[0]!)[0]!;
      const bad: Record<string, unknown> = { __typename: spec.entity, ...keys[0]!, [firstKey]: `${String(keys[0]![firstKey])}\u0000` };
      const before = running.database.queries.count;
      const result =
        how === 'variables'
          ? await running.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${spec.entity} { ${spec.selection} } } }`, { r: [bad] })
          : await running.query(
              `{ _entities(representations: [{ __typename: ${JSON.stringify(spec.entity)}, ${firstKey}: ${JSON.stringify(bad[firstKey])} }]) { ... on ${spec.entity} { ${spec.selection} } } }`,
            );
      expect(result.data ?? null).toBeNull();
      expect(result.errors![0]!.extensions).toMatchObject({
        code: 'INVALID_CHARACTERS',
        field: how === 'variables' ? `$variables.r[0].${firstKey}` : `representations.${firstKey}`,
      });
      expect(running.database.queries.count).toBe(before);
    });
  });
}
