import { spawn, type ChildProcess } from 'node:child_process';
import { root, until } from '../../scripts/test/platform';

/** Waits until `condition` holds (polling every 20 ms, `until` of the platform tests); fails naming `what`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  await until(what, () => (condition() ? true : undefined), timeoutMs, 20);
}

export interface GatewayProcess {
  child: ChildProcess;
  /** Every JSON line the gateway has logged so far, in order. */
  lines: Record<string, unknown>[];
}

/**
 * The gateway's `main.ts` in a process of its own (through tsx), on a free port of 127.0.0.1,
 * logging at info; `env` adds to or overrides that. Its JSON log lines are collected as they come.
 */
export function startGatewayProcess(env: Record<string, string>): GatewayProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
    cwd: root,
    env: { ...process.env, GATEWAY_PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', APOLLO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split('\n');
    buffered = complete.pop()!;
    for (const line of complete) if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  return { child, lines };
}
