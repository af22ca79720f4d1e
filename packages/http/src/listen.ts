import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';

export interface Listening {
  /** Base URL, e.g. http://127.0.0.1:4001 */
  url: string;
  close(): Promise<void>;
}

/** Listens on the port (0: any free port) and resolves once connections are accepted. */
export function listen(app: express.Express, port: number, host = '127.0.0.1'): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
          }),
      });
    });
  });
}
