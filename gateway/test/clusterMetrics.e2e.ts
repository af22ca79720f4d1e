import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, waitFor, type GatewayProcess } from './gatewayProcess';
import { composeWithProbe, startProbe, type Probe } from './probe';

/** A request on a new connection, so that the cluster hands each one to the next worker. */
function fresh(url: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent: false, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json' } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The value of one sample line of the Prometheus text, or 0 when absent. */
function sample(text: string, line: string): number {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

describe('/metrics of a gateway cluster (GATEWAY_WORKERS=2)', () => {
  let probe: Probe;
  let child: ChildProcess;
  let lines: GatewayProcess['lines'] = [];
  const ready = () => lines.filter((line) => line.msg === 'gateway ready').map((line) => line.url as string);

  beforeAll(async () => {
    probe = await startProbe();
    ({ child, lines } = startGatewayProcess({ GATEWAY_WORKERS: '2', SUPERGRAPH_PATH: composeWithProbe(probe.url), PROBE_URL: probe.url }));
    await waitFor(() => ready().length === 2, 'two workers to start', 60_000);
  }, 90_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await probe?.stop();
  });

  it('counts every worker in each scrape, whichever worker takes it', async () => {
    const url = ready()[0]!;
    // The workers share one port (listen(0) in a cluster: the primary picks it once).
    expect(new Set(ready())).toEqual(new Set([url]));
    const requests = 12;
    for (let i = 0; i < requests; i++) {
      const answer = await fresh(url, JSON.stringify({ query: 'query Counted { probe }' }));
      expect(answer.status).toBe(200);
    }
    const counted = 'gateway_requests_total{operation="Counted",status="200"}';
    const scrapes = await Promise.all(Array.from({ length: 6 }, () => fresh(url.replace('/graphql', '/metrics'))));
    for (const scrape of scrapes) {
      expect(scrape.status).toBe(200);
      expect(sample(scrape.text, counted)).toBe(requests);
    }
    // Both workers answered some of the requests, so either one's own count is less than the whole.
    const answeredBy = () => lines.filter((line) => /^(slow )?request$/.test(String(line.msg)) && line.path === '/graphql').map((line) => line.worker);
    await waitFor(() => answeredBy().length === requests, 'the access-log line of every request');
    expect(new Set(answeredBy()).size).toBe(2);
  }, 60_000);

  it("keeps the counts of a worker that exited, so that no sum falls (Prometheus would take it for a reset)", async () => {
    const url = ready()[0]!;
    const counted = 'gateway_requests_total{operation="Kept",status="200"}';
    const requests = 8;
    for (let i = 0; i < requests; i++) expect((await fresh(url, JSON.stringify({ query: 'query Kept { probe }' }))).status).toBe(200);
    expect(sample((await fresh(url.replace('/graphql', '/metrics'))).text, counted)).toBe(requests);

    // One worker dies (each served some of the requests, handed out in turn); the primary starts another.
    const workers = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('gateway/src/main.ts'));
    expect(workers).toHaveLength(2);
    process.kill(Number(workers[0]), 'SIGKILL');
    await waitFor(() => ready().length === 3, 'a worker to replace the one that died', 60_000);

    const scrapes = await Promise.all(Array.from({ length: 6 }, () => fresh(url.replace('/graphql', '/metrics'))));
    for (const scrape of scrapes) {
      expect(scrape.status).toBe(200);
      expect(sample(scrape.text, counted)).toBe(requests);
    }
  }, 90_000);
});
