import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import type { Logger } from './logging';

export interface GracefulServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  /**
   * Stops accepting connections, lets in-flight requests finish (closing each connection once it
   * is idle), forces the rest closed after `graceMs`, then runs `onClosed` (stops the gateway).
   */
  shutdown(): Promise<void>;
}

export interface GracefulOptions {
  port: number;
  host: string;
  graceMs: number;
  logger: Logger;
  /** Called first: readiness turns to 503 so that load balancers stop sending traffic. */
  onDrain: () => void;
  /** Called once every connection is closed. */
  onClosed: () => Promise<void>;
}

export function listenGracefully(app: express.Express, options: GracefulOptions): Promise<GracefulServer> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(options.port, options.host);
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      let stopping: Promise<void> | undefined;
      resolve({
        url: `http://${options.host}:${port}`,
        shutdown: () => (stopping ??= shutdown(server, options)),
      });
    });
  });
}

async function shutdown(server: Server, options: GracefulOptions): Promise<void> {
  const { logger } = options;
  logger.info({ graceMs: options.graceMs }, 'shutting down: finishing in-flight requests');
  options.onDrain();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Kept-alive connections close as soon as their current response is sent.
  const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
  server.closeIdleConnections();
  const force = setTimeout(() => {
    logger.warn('shutdown grace period over: closing the remaining connections');
    server.closeAllConnections();
  }, options.graceMs);
  await closed;
  clearInterval(idleSweep);
  clearTimeout(force);
  await options.onClosed();
  logger.info('gateway stopped');
}
