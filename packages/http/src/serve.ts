import type express from 'express';
import { listen } from './listen';

/**
 * A subgraph's process: listens, says where, and on SIGINT/SIGTERM stops accepting connections,
 * runs `stop` (server, then database) and exits.
 */
export async function serveUntilSignalled(
  name: string,
  app: express.Express,
  address: { port: number; host: string },
  stop: () => Promise<void>,
): Promise<void> {
  const listening = await listen(app, address.port, address.host);
  console.log(`${name} ready at ${listening.url}/graphql`);
  const shutdown = async () => {
    try {
      await listening.close();
      await stop();
      process.exit(0);
    } catch (error) {
      console.error(`${name}: shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}
