import { listen } from '@credit/http';
import { openSubjectsDatabase } from './db';
import { loadConfig } from './env';
import { buildSubjectsApp } from './server';

const config = loadConfig();
const database = await openSubjectsDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const { app, stop } = await buildSubjectsApp(database.db, config);
const listening = await listen(app, config.port, config.host);
console.log(`subjects subgraph ready at ${listening.url}/graphql (${database.backend})`);

async function shutdown() {
  await listening.close();
  await stop();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
