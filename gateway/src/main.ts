import './telemetry';
import { loadConfig } from './env';
import { buildGateway } from './server';
import { listenGracefully } from './shutdown';

const config = loadConfig();
const gateway = await buildGateway(config);
const serving = await listenGracefully(gateway.app, {
  port: config.port,
  host: config.host,
  graceMs: config.shutdownGraceMs,
  logger: gateway.logger,
  onDrain: gateway.drain,
  onClosed: gateway.stop,
});
gateway.logger.info({ url: `${serving.url}/graphql`, mode: config.mode }, 'gateway ready');

async function shutdown(signal: string) {
  gateway.logger.info({ signal }, 'signal received');
  try {
    await serving.shutdown();
    process.exit(0);
  } catch (error) {
    gateway.logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
