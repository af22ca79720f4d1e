import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { STOP_WITH_PARENT } from '@credit/http';

export interface Service {
  name: string;
  /** TypeScript entry point, relative to the project root. */
  main: string;
  healthUrl: string;
  env: Record<string, string>;
  /** Extra Node.js options before the entry point (e.g. `--cpu-prof`). */
  execArgv?: string[];
  /** `main` is JavaScript already (a build): run it with plain Node.js, without tsx's loader. */
  compiled?: boolean;
}

/**
 * Several services run by one process (`main`, e.g. scripts/allSubgraphs.ts): with all their
 * variables, and the first one's health URL (wait for the others' with `waitUntilHealthy`'s `url`).
 */
export function asOneProcess(name: string, main: string, services: readonly Service[]): Service {
  return { name, main, healthUrl: services[0]!.healthUrl, env: Object.assign({}, ...services.map((s) => s.env)) as Record<string, string> };
}

/**
 * Node.js options of every process started here (`pnpm start`, the benchmark): a young generation
 * of up to 32 MB a half rather than V8's 16. A request's short-lived objects then die before a
 * scavenge more often, so there are half as many scavenges and less copied in all (README
 * "Performance": 1.09 to 1.12 times the requests per second of the embedded gateway); V8 grows it
 * only under allocation, so an idle process stays as small.
 */
export const NODE_RUNTIME_OPTIONS = ['--max-semi-space-size=32'];

/** Runs a service as its own Node.js process (through tsx), its output prefixed with its name. */
export function startProcess(service: Service, root: string): ChildProcess {
  const child = spawn(process.execPath, [...NODE_RUNTIME_OPTIONS, ...(service.execArgv ?? []), ...(service.compiled ? [] : ['--import', 'tsx']), service.main], {
    cwd: root,
    // stdin a pipe nobody writes to: if this process dies, even by SIGKILL, it closes and the
    // child stops itself (stopWithParent of @credit/http) rather than running on orphaned.
    env: { ...process.env, ...service.env, [STOP_WITH_PARENT]: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${service.name}] ${line}`));
  }
  return child;
}

export interface Backoff {
  /** Delay before the first restart; doubles with each restart in a row. */
  initialMs: number;
  maxMs: number;
  /** A process up this long is healthy again: the next crash starts from `initialMs`. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 10_000, resetAfterMs: 30_000 };

/** A service kept running: restarted with exponential backoff whenever it exits, until stopped. */
export class Supervisor {
  child: ChildProcess;
  /** Restarts in a row (reset once a run lasts `resetAfterMs`). */
  restarts = 0;
  private startedAt = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    readonly service: Service,
    private readonly root: string,
    private readonly backoff: Backoff = DEFAULT_BACKOFF,
    private readonly log: (line: string) => void = (line) => console.log(line),
  ) {
    this.child = this.spawn();
  }

  /** Whether it has exited at least once since start (a crash while starting is fatal to `pnpm start`). */
  get crashed(): boolean {
    return this.restarts > 0 || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  private spawn(): ChildProcess {
    const child = startProcess(this.service, this.root);
    this.startedAt = Date.now();
    this.log(`${this.service.name} pid ${child.pid}`);
    child.once('exit', (code, signal) => this.exited(code, signal));
    return child;
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    if (Date.now() - this.startedAt >= this.backoff.resetAfterMs) this.restarts = 0;
    const delay = Math.min(this.backoff.initialMs * 2 ** this.restarts, this.backoff.maxMs);
    this.restarts++;
    const how = signal ?? `exit code ${code}`;
    this.log(`${this.service.name} exited (${how}); restarting in ${(delay / 1000).toFixed(1)} s (restart ${this.restarts})`);
    this.timer = setTimeout(() => {
      if (!this.stopping) this.child = this.spawn();
    }, delay);
  }

  /** Stops it for good: SIGTERM, then SIGKILL after the grace period. */
  async stop(graceMs = 5000): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}

export interface HealthWait {
  /** The URL to poll: the service's health URL by default, or another it serves. */
  url?: string;
  timeoutMs?: number;
  /** Poll a GraphQL endpoint with `{ __typename }` (a gateway without a health route) instead of a GET. */
  graphql?: boolean;
}

/** Polls until the URL answers 2xx, the process dies, or the time is up. */
export async function waitUntilHealthy(supervisor: Supervisor, { url = supervisor.service.healthUrl, timeoutMs = 60_000, graphql = false }: HealthWait = {}): Promise<void> {
  const { service } = supervisor;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (supervisor.crashed) throw new Error(`${service.name} exited while starting`);
    try {
      const response = graphql
        ? await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}', signal: AbortSignal.timeout(2000) })
        : await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} was not healthy at ${url} after ${timeoutMs / 1000} s`);
}

/** A TCP port free on `host` right now (the OS picks it). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Stops every supervised process and waits for them. */
export async function stopAll(supervisors: Supervisor[], graceMs = 5000): Promise<void> {
  await Promise.all(supervisors.map((s) => s.stop(graceMs)));
}
