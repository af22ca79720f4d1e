import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

export const schemaDir = new URL('../../../schema/', import.meta.url);

/** The subgraph's SDL, `schema/<name>.graphql`: the documented contract. */
export function loadSubgraphSchema(name: string): DocumentNode {
  return parse(readFileSync(new URL(`${name}.graphql`, schemaDir), 'utf8'));
}
