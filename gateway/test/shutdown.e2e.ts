import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, waitFor } from './gatewayProcess';
import { composeWithProbe, startProbe, type Probe } from './probe';

/** A GET on a new connection (no keep-alive pool), resolving to the status or the socket error. */
function freshGet(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}

describe('graceful shutdown of the gateway process', () => {
  let probe: Probe;
  let child: ChildProcess;
  let lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    probe = await startProbe();
    const started = startGatewayProcess({
      SUPERGRAPH_PATH: composeWithProbe(probe.url),
      PROBE_URL: probe.url,
      SHUTDOWN_GRACE_MS: '10000',
    });
    child = started.child;
    lines = started.lines;
    await waitFor(() => lines.some((line) => line.msg === 'gateway ready'), 'the gateway to start');
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await probe?.stop();
  });

  it('finishes in-flight requests, refuses new connections, then exits 0', async () => {
    const url = lines.find((line) => line.msg === 'gateway ready')!.url as string;
    probe.delayMs = 1500;
    const requestsBefore = probe.requests;
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Slow { probe }' }),
    });
    await waitFor(() => probe.requests > requestsBefore, 'the request to reach the subgraph');

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await waitFor(() => lines.some((line) => line.msg === 'shutting down: finishing in-flight requests'), 'shutdown to start');
    expect(await freshGet(url.replace('/graphql', '/health'))).toBe('ECONNREFUSED');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { probe: 'ok' } });
    expect(await exited).toBe(0);
    expect(lines.map((line) => line.msg)).toContain('gateway stopped');
    // 1.5 s is over SLOW_REQUEST_MS (1 s by default): logged as slow, with what it waited for.
    expect(lines.find((line) => line.operation === 'Slow')).toMatchObject({ msg: 'slow request', status: 200, steps: [{ step: 'graphql' }, { step: 'probe' }] });
  });
});
