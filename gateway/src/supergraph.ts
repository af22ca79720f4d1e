import { readFile } from 'node:fs/promises';
import { unwatchFile, watchFile } from 'node:fs';
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from './logging';

/**
 * Serves the supergraph from a file and hands every new version to the gateway, which swaps it in
 * between requests. A version that fails to load is logged and the previous one stays in use.
 */
export function supergraphFromFile(path: string, logger: Pick<Logger, 'info' | 'error'>, pollMs = 500): SupergraphManager {
  return {
    async initialize({ update }) {
      let current = await readFile(path, 'utf8');
      const onChange = async () => {
        try {
          const next = await readFile(path, 'utf8');
          if (next === current) return;
          update(next);
          current = next;
          logger.info({ path }, 'supergraph reloaded');
        } catch (error) {
          logger.error({ path, err: error }, 'supergraph not reloaded; the previous one stays in use');
        }
      };
      watchFile(path, { interval: pollMs }, onChange);
      return { supergraphSdl: current, cleanup: async () => unwatchFile(path, onChange) };
    },
  };
}
