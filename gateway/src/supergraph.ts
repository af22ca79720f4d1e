import { readFile } from 'node:fs/promises';
import { unwatchFile, watchFile } from 'node:fs';
import type { SupergraphManager } from '@apollo/gateway';

/**
 * Serves the supergraph from a file and hands every new version to the gateway, which swaps it in
 * between requests. A version that fails to load is logged and the previous one stays in use.
 */
export function supergraphFromFile(path: string, pollMs = 500): SupergraphManager {
  return {
    async initialize({ update }) {
      let current = await readFile(path, 'utf8');
      watchFile(path, { interval: pollMs }, async () => {
        try {
          const next = await readFile(path, 'utf8');
          if (next === current) return;
          update(next);
          current = next;
          console.log(`supergraph reloaded from ${path}`);
        } catch (error) {
          console.error(`supergraph at ${path} not reloaded: ${(error as Error).message}`);
        }
      });
      return { supergraphSdl: current, cleanup: async () => unwatchFile(path) };
    },
  };
}
