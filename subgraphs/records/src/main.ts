import { listen } from '@credit/http';
import { openRecordsDatabase } from './db';
import { CachingSubjectDirectory, GatewaySubjectDirectory } from './directory';
import { loadConfig } from './env';
import { buildRecordsApp } from './server';

const config = loadConfig();
const database = await openRecordsDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const directory = new CachingSubjectDirectory(new GatewaySubjectDirectory(config.gatewayUrl, config.serviceToken));
const { app, stop } = await buildRecordsApp(database.db, { ...config, directory });
const listening = await listen(app, config.port, config.host);
console.log(`records subgraph ready at ${listening.url}/graphql (${database.backend})`);
if (!config.serviceToken) console.warn('records: RECORDS_SERVICE_TOKEN is not set; submitRecords cannot match parties');

async function shutdown() {
  await listening.close();
  await stop();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
