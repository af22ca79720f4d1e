import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, defaultUrl } from '../subgraphs';

export const schemaDir = new URL('../../schema/', import.meta.url);
export const supergraphFile = new URL('supergraph.graphql', schemaDir);

/** Composes schema/<name>.graphql of every subgraph; throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((subgraph) => ({
      name: subgraph.name,
      url: defaultUrl(subgraph),
      typeDefs: parse(readFileSync(new URL(`${subgraph.name}.graphql`, schemaDir), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
