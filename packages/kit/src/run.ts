import { listen, stopWithParent } from '@credit/http';
import { subgraphConfig } from './config';
import { openSubgraphDatabase } from './database';
import type { SubgraphDefinition } from './define';

/** A subgraph to run: its definition and the port it listens on unless `<NAME>_PORT` says otherwise. */
export interface SubgraphToRun {
  definition: SubgraphDefinition;
  defaultPort: number;
}

interface Served {
  name: string;
  /** Stops accepting connections, stops the server, then closes the database. */
  close(): Promise<void>;
}

/** Reads the subgraph's configuration, opens (and migrates) its database, builds it and listens. */
async function serve({ definition, defaultPort }: SubgraphToRun): Promise<Served> {
  const config = subgraphConfig(definition.name, defaultPort);
  const database = await openSubgraphDatabase({ ...definition, url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { app, stop } = await definition.build(database, config);
    const listening = await listen(app, config.port, config.host).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    console.log(`${definition.name} subgraph (${database.backend}) ready at ${listening.url}/graphql`);
    return {
      name: definition.name,
      async close() {
        await listening.close();
        await stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

/**
 * A subgraph's whole `main.ts`: reads its configuration, opens its database, builds it, listens on
 * its port, and on SIGINT/SIGTERM stops the server, then the database.
 */
export function runSubgraph(definition: SubgraphToRun['definition'], defaultPort: number): Promise<void> {
  return runSubgraphs([{ definition, defaultPort }]);
}

/**
 * Several subgraphs in this one process (`pnpm start --subgraphs-in-one-process`), each as
 * `runSubgraph` runs it alone: its own configuration, database, secret and port. They start
 * together; if one fails, the others are stopped and the process exits with code 1 and a message
 * naming it. SIGINT/SIGTERM stops every server, then closes every database, and exits.
 */
export async function runSubgraphs(subgraphs: SubgraphToRun[]): Promise<void> {
  const started = await Promise.allSettled(subgraphs.map(serve));
  const served = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const closeAll = async (): Promise<boolean> => {
    const closed = await Promise.allSettled(served.map((s) => s.close()));
    closed.forEach((result, i) => {
      if (result.status === 'rejected') console.error(`${served[i]!.name} subgraph: shutdown failed: ${(result.reason as Error).message}`);
    });
    return closed.every((result) => result.status === 'fulfilled');
  };
  const failed = started.flatMap((result, i) => (result.status === 'rejected' ? [{ name: subgraphs[i]!.definition.name, error: result.reason as Error }] : []));
  if (failed.length) {
    for (const { name, error } of failed) console.error(`${name} subgraph failed to start: ${error.message}`);
    await closeAll();
    process.exit(1);
  }
  const shutdown = async () => process.exit((await closeAll()) ? 0 : 1);
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  stopWithParent();
}
