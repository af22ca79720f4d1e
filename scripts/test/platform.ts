/**
 * For the tests of `pnpm start`: the real entry point on free ports and a fresh data directory,
 * embedded databases only, its output collected line by line; and the waiting they do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort } from '../lib/processes';
import { SUBGRAPHS } from '../subgraphs';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first value `probe` gives that is not undefined, polling every `everyMs`; an error after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(everyMs);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface Platform {
  start: ChildProcess;
  /** Everything it printed so far, line by line. */
  lines: string[];
  dataDir: string;
  /** Its ports by service: GATEWAY, SUBJECTS, RECORDS, ... */
  ports: Record<string, number>;
  gatewayUrl: string;
  /** SIGINT, so that start stops its processes (SIGKILL after 20 s), then its data directory removed. */
  stop(): Promise<void>;
}

/** `pnpm start [args]` running, once it says the platform is running (60 demo subjects). */
export async function startPlatform(args: string[], dataDirPrefix: string): Promise<Platform> {
  const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
  const ports: Record<string, number> = {};
  for (const name of ['GATEWAY', ...SUBGRAPHS.map((s) => s.name.toUpperCase())]) ports[name] = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_SUBJECTS: '60', APOLLO_TELEMETRY_DISABLED: '1' };
  // Embedded databases only: never seed a shared PostgreSQL server from a test.
  for (const key of Object.keys(env)) if (key.endsWith('DATABASE_URL')) delete env[key];
  for (const [name, port] of Object.entries(ports)) env[`${name}_PORT`] = String(port);
  const start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  for (const stream of [start.stdout!, start.stderr!]) createInterface({ input: stream }).on('line', (line) => lines.push(line));
  const stop = async () => {
    if (start.exitCode === null && start.signalCode === null) {
      const exited = new Promise((resolve) => start.once('exit', resolve));
      start.kill('SIGINT');
      await Promise.race([exited, sleep(20_000)]);
      if (start.exitCode === null) start.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await until('the platform to be running', () => {
      if (start.exitCode !== null) throw new Error(`start exited:\n${lines.join('\n')}`);
      return lines.some((l) => l.includes('The credit platform is running.')) || undefined;
    }, 240_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { start, lines, dataDir, ports, gatewayUrl: `http://127.0.0.1:${ports.GATEWAY}/graphql`, stop };
}
