import { serveUntilSignalled } from '@credit/http';
import { subgraphConfig } from './config';
import { openSubgraphDatabase } from './database';
import type { SubgraphDefinition } from './define';

/**
 * A subgraph's whole `main.ts`: reads its configuration, opens its database, builds it, listens on
 * its port, and on SIGINT/SIGTERM stops the server, then the database.
 */
export async function runSubgraph<TSchema extends Record<string, unknown>, TOptions>(
  definition: SubgraphDefinition<TSchema, TOptions>,
  defaultPort: number,
): Promise<void> {
  const config = subgraphConfig(definition.name, defaultPort);
  const database = await openSubgraphDatabase({ ...definition, url: config.databaseUrl, dataDir: config.dataDir });
  const { app, stop } = await definition.build(database, config);
  await serveUntilSignalled(`${definition.name} subgraph (${database.backend})`, app, config, async () => {
    await stop();
    await database.close();
  });
}
