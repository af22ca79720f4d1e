import { serveUntilSignalled } from '@credit/http';
import { openRatingsDatabase } from './db';
import { loadConfig } from './env';
import { gatewayClient } from './evaluation/gateway';
import { GatewayInputReader } from './evaluation/inputs';
import { buildRatingsApp } from './server';

const config = loadConfig();
const database = await openRatingsDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
if (!config.serviceToken) console.warn('ratings: RATINGS_SERVICE_TOKEN is not set; evaluation runs cannot read their inputs');
const { app, stop } = await buildRatingsApp(database.db, {
  gatewaySecret: config.gatewaySecret,
  reader: () => new GatewayInputReader(gatewayClient(config.gatewayUrl, config.serviceToken, '公共信用综合评价')),
  onProgress: (p) => {
    if (p.pages % 20 === 0) console.log(`ratings: run ${p.runId}: ${p.subjectsDone} subjects evaluated`);
  },
});
await serveUntilSignalled(`ratings subgraph (${database.backend})`, app, config, async () => {
  await stop();
  await database.close();
});
