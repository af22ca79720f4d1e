/**
 * What the benchmark reads from /proc: RSS, peak RSS and CPU time of a process and its children, the
 * PostgreSQL server's process, and the machine's page-cache refaults.
 */
import { readdirSync, readFileSync } from 'node:fs';

function children(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The process and its descendants (a cluster's workers). */
export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all;
}

/** A /proc/<pid>/status field in kB (VmRSS, VmHWM, …) of each process of the tree, summed, in MB. */
function statusMb(pid: number | undefined, field: string): number {
  if (!pid) return 0;
  let kb = 0;
  const pattern = new RegExp(`${field}:\\s+(\\d+)`);
  for (const p of processTree(pid)) {
    try {
      kb += Number(pattern.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024);
}

/** Peak resident set (VmHWM) in MB of each process of the tree, summed. */
export function peakRssMb(pid: number | undefined): number {
  return statusMb(pid, 'VmHWM');
}

/** Resident set now (VmRSS) in MB of each process of the tree, summed. */
export function rssMb(pid: number | undefined): number {
  return statusMb(pid, 'VmRSS');
}

/**
 * CPU seconds (user + system) used so far by the process tree, including what its processes' exited
 * children used (each process's `cutime` and `cstime`: the kernel adds a child's time to its parent's
 * when the parent reaps it), so that the sum does not fall when a process of the tree exits (a
 * PostgreSQL backend whose connection a pool closed).
 */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // gone
    }
  }
  return ticks / 100;
}

/**
 * The PostgreSQL server's main process (the parent of the backend `backendPid`), when it runs on
 * this machine: then `cpuSeconds` of it counts the whole server (backends, WAL writer, checkpointer,
 * autovacuum). Null when /proc does not show it as PostgreSQL's (a server elsewhere, or in a
 * container whose processes this one cannot see).
 */
export function postgresServerPid(backendPid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${backendPid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return readFileSync(`/proc/${parent}/comm`, 'utf8').startsWith('postgres') ? parent : null;
  } catch {
    return null;
  }
}

/**
 * Pages of files read back into the page cache after the kernel had evicted them, machine-wide, so
 * far (`workingset_refault_file` of /proc/vmstat; `workingset_refault` before Linux 5.9): each is
 * a read that would have been a cache hit had the page stayed, a disk read on the request's path
 * when PostgreSQL asks for it. Null where /proc/vmstat has neither.
 */
export function pageCacheRefaults(): number | null {
  try {
    const vmstat = readFileSync('/proc/vmstat', 'utf8');
    const found = /^workingset_refault_file (\d+)$/m.exec(vmstat) ?? /^workingset_refault (\d+)$/m.exec(vmstat);
    return found ? Number(found[1]) : null;
  } catch {
    return null;
  }
}
