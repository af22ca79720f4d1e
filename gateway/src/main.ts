import { listen } from '@credit/http';
import { loadConfig } from './env';
import { buildGateway } from './server';

const config = loadConfig();
const { app, stop } = await buildGateway(config);
const listening = await listen(app, config.port, config.host);
console.log(`gateway ready at ${listening.url}/graphql`);

async function shutdown() {
  await listening.close();
  await stop();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
