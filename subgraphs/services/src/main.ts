import { serveUntilSignalled } from '@credit/http';
import { openServicesDatabase } from './db';
import { loadConfig } from './env';
import { buildServicesApp } from './server';

const config = loadConfig();
const database = await openServicesDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const { app, stop } = await buildServicesApp(database.db, config);
await serveUntilSignalled(`services subgraph (${database.backend})`, app, config, async () => {
  await stop();
  await database.close();
});
