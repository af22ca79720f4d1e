import { existsSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { SUBGRAPHS, subgraphPath } from './scripts/subgraphs';

/**
 * Resolver types for every registered subgraph from its SDL in schema/, its context
 * (`src/context.ts` exporting `Context`) and its mappers (`subgraphs/<name>/codegen.json`).
 * Run `pnpm codegen` after editing an SDL.
 */
function mappersOf(name: string): Record<string, string> {
  const file = subgraphPath({ name }, 'codegen.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { mappers?: Record<string, string> }).mappers ?? {} : {};
}

const config: CodegenConfig = {
  overwrite: true,
  hooks: {},
  generates: Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [
      subgraphPath({ name }, 'src/generated/graphql.ts'),
      {
        schema: `schema/${name}.graphql`,
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          enumsAsTypes: true,
          useTypeImports: true,
          contextType: '../context#Context',
          mappers: mappersOf(name),
          scalars: { Date: 'string', DateTime: 'Date | string' },
        },
      },
    ]),
  ),
};

export default config;
