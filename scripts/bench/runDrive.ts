/** Runs the load generator (`drive.ts`) as its own process and reads its result and progress lines. */
import { spawn } from 'node:child_process';
import type { DriveInput, DriveResult } from './drive';
import type { PacedProgress } from './paced';

export function runDrive(root: string, input: DriveInput, onProgress?: (progress: PacedProgress) => void): Promise<DriveResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/drive.ts', JSON.stringify(input)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    let last = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines.filter((l) => l.trim())) {
        if (line.startsWith('{"progress":')) onProgress?.((JSON.parse(line) as { progress: PacedProgress }).progress);
        else last = line;
      }
    });
    child.once('close', (code) => {
      const line = (pending.trim() || last).trim();
      if (code !== 0 || !line) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(line) as DriveResult);
    });
  });
}
