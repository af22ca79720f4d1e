import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Service {
  name: string;
  /** TypeScript entry point, relative to the project root. */
  main: string;
  healthUrl: string;
  env: Record<string, string>;
}

/** Runs a service as its own Node.js process (through tsx), its output prefixed with its name. */
export function startProcess(service: Service, root: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', service.main], {
    cwd: root,
    env: { ...process.env, ...service.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${service.name}] ${line}`));
  }
  return child;
}

/** Polls the health URL until it answers 200, the process dies, or the time is up. */
export async function waitUntilHealthy(service: Service, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${service.name} exited with code ${child.exitCode} while starting`);
    try {
      const response = await fetch(service.healthUrl, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} was not healthy at ${service.healthUrl} after ${timeoutMs / 1000} s`);
}

/** Asks every process to stop and waits for them, killing any that take longer than the grace period. */
export async function stopAll(children: ChildProcess[], graceMs = 5000): Promise<void> {
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
  );
}
