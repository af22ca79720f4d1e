import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, parse, type GraphQLEnumType } from 'graphql';
import { ROLES } from '@credit/http';
import { expect, it } from 'vitest';

const supergraph = buildASTSchema(parse(readFileSync(join(import.meta.dirname, '../../schema/supergraph.graphql'), 'utf8')), { assumeValidSDL: true });

it("the schema's Role enum (access-log entries) has exactly the roles of the authorization core", () => {
  const values = (supergraph.getType('Role') as GraphQLEnumType).getValues().map((v) => v.name);
  expect([...values].sort()).toEqual([...ROLES].sort());
});
