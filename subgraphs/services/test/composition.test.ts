/**
 * services' SDL composes with the ratings and sanctions SDL as the coordination contract states them
 * (fixtures here until those subgraphs are on this branch), and the query planner sends
 * services the @requires inputs: the grade and the active measures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const read = (url: URL): DocumentNode => parse(readFileSync(url, 'utf8'));
const schemaDir = new URL('../../../schema/', import.meta.url);
export const SERVICES_SDL = read(new URL('services.graphql', schemaDir));

export function contractSubgraphs() {
  return [
    { name: 'subjects', url: 'http://subjects/graphql', typeDefs: read(new URL('subjects.graphql', schemaDir)) },
    { name: 'ratings', url: 'http://ratings/graphql', typeDefs: read(new URL('./fixtures/ratings.graphql', import.meta.url)) },
    { name: 'sanctions', url: 'http://sanctions/graphql', typeDefs: read(new URL('./fixtures/sanctions.graphql', import.meta.url)) },
    { name: 'services', url: 'http://services/graphql', typeDefs: SERVICES_SDL },
  ];
}

describe('services SDL', () => {
  it('is a valid subgraph schema', () => {
    expect(() => buildSubgraphSchema([{ typeDefs: SERVICES_SDL }])).not.toThrow();
  });

  it('composes with subjects and the contract SDL of ratings and sanctions, with no @shareable needed there', () => {
    const result = composeServices(contractSubgraphs());
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    const supergraph = result.supergraphSdl!;
    expect(supergraph).toMatch(/creditCheck\(.*\): CreditCheck @join__field\(graph: SERVICES, requires: "rating \{ grade score modelVersion evaluatedAt \} activeMeasures \{ measure \{ code name effect legalBasis matters \} listing \{ id listType department \} \}"\)/s);
  });

  it('composes with the real subgraphs of schema/ too', () => {
    const names = ['subjects', 'records', 'ratings', 'sanctions', 'services'].filter((name) => existsSync(new URL(`${name}.graphql`, schemaDir)));
    const result = composeServices(names.map((name) => ({ name, url: `http://${name}/graphql`, typeDefs: read(new URL(`${name}.graphql`, schemaDir)) })));
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
  });

  it('describes every type, field, argument and enum value it defines', () => {
    const missing: string[] = [];
    for (const definition of SERVICES_SDL.definitions) {
      if (!('name' in definition) || !definition.name) continue;
      const name = definition.name.value;
      const entity = 'directives' in definition && definition.directives?.some((d) => d.name.value === 'key');
      // An entity is described by the subgraph that owns it (Subject: subjects, Listing: sanctions).
      if (entity && 'description' in definition && definition.description) missing.push(`${name} (described here, owned elsewhere)`);
      if (!entity && !('description' in definition && definition.description)) missing.push(name);
      const fields = 'fields' in definition ? (definition.fields ?? []) : [];
      for (const field of fields) {
        if (!field.description) missing.push(`${name}.${field.name.value}`);
        for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) if (!arg.description) missing.push(`${name}.${field.name.value}(${arg.name.value})`);
      }
      for (const value of 'values' in definition ? (definition.values ?? []) : []) if (!value.description) missing.push(`${name}.${value.name.value}`);
    }
    expect(missing).toEqual([]);
  });
});
