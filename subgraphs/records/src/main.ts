import { serveUntilSignalled } from '@credit/http';
import { openRecordsDatabase } from './db';
import { CachingSubjectDirectory, GatewaySubjectDirectory } from './directory';
import { loadConfig } from './env';
import { buildRecordsApp } from './server';

const config = loadConfig();
const database = await openRecordsDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const directory = new CachingSubjectDirectory(new GatewaySubjectDirectory(config.gatewayUrl, config.serviceToken));
const { app, stop } = await buildRecordsApp(database.db, { ...config, directory });
if (!config.serviceToken) console.warn('records: RECORDS_SERVICE_TOKEN is not set; submitRecords cannot match parties');
await serveUntilSignalled(`records subgraph (${database.backend})`, app, config, async () => {
  await stop();
  await database.close();
});
