/**
 * The V8 heap in use right after the last mark-compact (a major collection): what the process keeps
 * alive. Under load `heap used` climbs by hundreds of MB of garbage between two mark-compacts and
 * falls back, so a sample of it says little about a leak; this figure rises only when live objects
 * accumulate. One observer per process (several gateways in one process share it).
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

let liveBytes = 0;
let observer: PerformanceObserver | undefined;

/** Starts watching (once per process) and returns how to read the latest figure: 0 before the first mark-compact. */
export function watchLiveHeap(): () => number {
  if (!observer) {
    observer = new PerformanceObserver((list) => {
      const major = list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
      if (major) liveBytes = getHeapStatistics().used_heap_size;
    });
    observer.observe({ entryTypes: ['gc'] });
  }
  return () => liveBytes;
}
