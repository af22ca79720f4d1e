import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeWithProbe, startProbe, type Probe } from './probe';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

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
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    probe = await startProbe();
    child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        GATEWAY_PORT: '0',
        HOST: '127.0.0.1',
        SUPERGRAPH_PATH: composeWithProbe(probe.url),
        PROBE_URL: probe.url,
        LOG_LEVEL: 'info',
        SHUTDOWN_GRACE_MS: '10000',
        APOLLO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete) if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
    });
    await until(() => lines.some((line) => line.msg === 'gateway ready'), 'the gateway to start');
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
    await until(() => probe.requests > requestsBefore, 'the request to reach the subgraph');

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await until(() => lines.some((line) => line.msg === 'shutting down: finishing in-flight requests'), 'shutdown to start');
    expect(await freshGet(url.replace('/graphql', '/health'))).toBe('ECONNREFUSED');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { probe: 'ok' } });
    expect(await exited).toBe(0);
    expect(lines.map((line) => line.msg)).toContain('gateway stopped');
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ operation: 'Slow', status: 200 });
  });
});
