import { serveUntilSignalled } from '@credit/http';
import { openSubjectsDatabase } from './db';
import { loadConfig } from './env';
import { buildSubjectsApp } from './server';

const config = loadConfig();
const database = await openSubjectsDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const { app, stop } = await buildSubjectsApp(database.db, config);
await serveUntilSignalled(`subjects subgraph (${database.backend})`, app, config, async () => {
  await stop();
  await database.close();
});
