/**
 * A process run by `pnpm start` (scripts/lib/processes.ts) stops when its supervisor dies, even by
 * SIGKILL, through its graceful SIGTERM path (stopWithParent of @credit/http), instead of running on.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root, until } from './platform';

it('a supervised process stops through its SIGTERM handler when its supervisor is killed with SIGKILL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'credit-supervised-'));
  const out = join(dir, 'state');
  let pid = 0;
  try {
    const supervisor = spawn(process.execPath, ['--import', 'tsx', 'scripts/test/fixtures/supervisor.ts'], {
      cwd: root,
      env: { ...process.env, SUPERVISED_OUT: out },
      stdio: 'ignore',
    });
    const running = await until('the supervised process', () => (existsSync(out) && /running$/.test(readFileSync(out, 'utf8')) ? readFileSync(out, 'utf8') : undefined), 60_000);
    pid = Number(running.split(' ')[0]);
    // It runs on while its supervisor lives.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(readFileSync(out, 'utf8')).toBe(`${pid} running`);

    supervisor.kill('SIGKILL');
    expect(await until('the supervised process to stop', () => (readFileSync(out, 'utf8').endsWith('stopped') ? readFileSync(out, 'utf8') : undefined), 10_000)).toBe(`${pid} stopped`);
    await until('the process to be gone', () => (existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z') ? undefined : true), 10_000);
  } finally {
    if (pid && existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL'); // a failed run leaves no orphan
    rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
