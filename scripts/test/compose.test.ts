import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { composeSupergraph, supergraphFile } from '../lib/compose';

it('the committed supergraph is what composition produces (run `pnpm compose`)', () => {
  expect(readFileSync(supergraphFile, 'utf8')).toBe(composeSupergraph());
});
