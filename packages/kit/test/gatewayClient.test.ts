import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient, GatewayUnavailable } from '../src';

/** A fake gateway: pages of 2 over 5 nodes, or errors when asked for `broken`. */
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const { query, variables } = JSON.parse(body) as { query: string; variables: { after: string | null } };
    res.setHeader('content-type', 'application/json');
    if (query.includes('broken')) return res.end(JSON.stringify({ errors: [{ message: 'records is unavailable' }] }));
    const from = variables.after ? Number(variables.after) : 0;
    const nodes = [0, 1, 2, 3, 4].slice(from, from + 2);
    res.end(JSON.stringify({
      data: { list: { edges: nodes.map((n) => ({ node: { n, purpose: decodeURIComponent(String(req.headers.purpose)) } })), pageInfo: { hasNextPage: from + 2 < 5, endCursor: String(from + 2) } } },
    }));
  });
});
let url = '';

describe('GatewayClient', () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('pages through a connection, sending its purpose', async () => {
    const client = new GatewayClient(() => url, 'token');
    type Data = { list: { edges: { node: { n: number; purpose: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const nodes = await client.all<Data, { n: number; purpose: string }>('query ($after: String) { list }', {}, (d) => d.list, { purpose: '评价：读取记录' });
    expect(nodes.map((n) => n.n)).toEqual([0, 1, 2, 3, 4]);
    expect(nodes[0]!.purpose).toBe('评价：读取记录');
  });

  it('throws GatewayUnavailable on errors, on no answer, and without a token', async () => {
    await expect(new GatewayClient(url, 'token').query('{ broken }', {}, { purpose: 'x' })).rejects.toThrow(GatewayUnavailable);
    await expect(new GatewayClient('http://127.0.0.1:9/graphql', 'token').query('{ a }', {}, { purpose: 'x' })).rejects.toThrow(GatewayUnavailable);
    await expect(new GatewayClient(url, undefined, 'ratings').query('{ a }', {}, { purpose: 'x' })).rejects.toThrow('RATINGS_SERVICE_TOKEN');
  });
});
