import { serveUntilSignalled } from '@credit/http';
import { openSanctionsDatabase } from './db';
import { loadConfig } from './env';
import { buildSanctionsApp } from './server';

const config = loadConfig();
const database = await openSanctionsDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const { app, stop } = await buildSanctionsApp(database.db, config);
await serveUntilSignalled(`sanctions subgraph (${database.backend})`, app, config, async () => {
  await stop();
  await database.close();
});
