import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient, TokenFile, subgraphConfig } from '../src';

/** A fake gateway that records the Authorization header of every request. */
const seen: (string | undefined)[] = [];
const server = createServer((req, res) => {
  seen.push(req.headers.authorization);
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { ok: true } }));
  });
});
let url = '';
const dir = mkdtempSync(join(tmpdir(), 'kit-token-'));

describe('service token files (<NAME>_SERVICE_TOKEN_FILE)', () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('the GatewayClient sends the token the file holds now, picking up a rewritten file', async () => {
    const path = join(dir, 'records.token');
    writeFileSync(path, 'first-token\n', { mode: 0o600 });
    const config = subgraphConfig('records', 4002, undefined, { RECORDS_SERVICE_TOKEN_FILE: path });
    expect(config.serviceToken).toBeInstanceOf(TokenFile);
    const client = new GatewayClient(url, config.serviceToken, 'records');
    expect(client.configured).toBe(true);
    await client.query('{ ok }', {}, { purpose: 'test' });
    await client.query('{ ok }', {}, { purpose: 'test' });
    writeFileSync(path, 'second-token\n', { mode: 0o600 });
    // A rewrite within the file system's timestamp granularity still differs in mtime here.
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    await client.query('{ ok }', {}, { purpose: 'test' });
    expect(seen).toEqual(['Bearer first-token', 'Bearer first-token', 'Bearer second-token']);
  });

  it('re-reads the file at least every minute even when its mtime did not change, and keeps the last token when it is gone', () => {
    const path = join(dir, 'ratings.token');
    writeFileSync(path, 'one');
    const stamp = new Date('2026-01-01T00:00:00Z');
    utimesSync(path, stamp, stamp);
    let now = 0;
    const file = new TokenFile(path, { now: () => now });
    expect(file.current()).toBe('one');
    writeFileSync(path, 'two');
    utimesSync(path, stamp, stamp);
    now = 30_000;
    expect(file.current()).toBe('one'); // same mtime, size and inode: not re-read within the minute
    now = 61_000;
    expect(file.current()).toBe('two');
    rmSync(path);
    expect(file.current()).toBe('two');
  });

  it('an explicit <NAME>_SERVICE_TOKEN still wins over the file', () => {
    const config = subgraphConfig('ratings', 4003, undefined, { RATINGS_SERVICE_TOKEN: 'explicit', RATINGS_SERVICE_TOKEN_FILE: join(dir, 'none') });
    expect(config.serviceToken).toBe('explicit');
    expect(subgraphConfig('ratings', 4003, undefined, {}).serviceToken).toBeUndefined();
  });
});
