/**
 * A stand-in subgraph for data-source tests: an HTTP server on a free port that hands each request's
 * body and headers to `answer` and sends its JSON back after `delayMs`.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSubgraph {
  url: string;
  close(): Promise<void>;
}

export async function startFakeSubgraph(answer: (body: string, headers: IncomingHttpHeaders) => string | Promise<string>, delayMs: number): Promise<FakeSubgraph> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', async () => {
      const json = await answer(body, req.headers);
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(json), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
