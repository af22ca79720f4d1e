/** `pnpm compose`: writes schema/supergraph.graphql from the subgraph SDLs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph, supergraphFile } from './lib/compose';

try {
  const sdl = composeSupergraph();
  const before = readFileSync(supergraphFile, { encoding: 'utf8', flag: 'a+' });
  writeFileSync(supergraphFile, sdl);
  console.log(`${fileURLToPath(supergraphFile)} ${before === sdl ? 'unchanged' : 'written'}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
