import { fstatSync } from 'node:fs';

/** The environment variable `pnpm start` and the benchmark set on the processes they run. */
export const STOP_WITH_PARENT = 'STOP_WITH_PARENT';

/**
 * For a process run by a supervisor (`pnpm start`, the benchmark) with `STOP_WITH_PARENT=1` and a
 * pipe as its stdin: when the supervisor goes away, even killed with SIGKILL, the system closes
 * that pipe, and this process stops itself as on SIGTERM (its own graceful shutdown) instead of
 * running on as an orphan holding its port and database. Call it once the SIGTERM handler is in.
 */
export function stopWithParent(env: NodeJS.ProcessEnv = process.env): void {
  // Only a pipe (Node.js makes it a socket pair) tells of its other end closing: /dev/null would end at once.
  const stdin = fstatSync(0);
  if (env[STOP_WITH_PARENT] !== '1' || !(stdin.isFIFO() || stdin.isSocket())) return;
  process.stdin.once('end', () => process.kill(process.pid, 'SIGTERM'));
  process.stdin.resume();
}
