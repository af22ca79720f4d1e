/** What a subgraph's seed takes: subjects `from` .. `from + count - 1` of the population drawn with `seed`. */
export interface DemoSeedOptions {
  count: number;
  seed: number;
  /** The first subject's index (0 by default). */
  from?: number;
  /** Told after each batch how many of the `count` subjects are done. */
  onProgress?: (done: number) => void;
}

/**
 * Seeds subjects `from` .. `from + count - 1` in batches of `size`, one after the other:
 * `seedBatch(start, end)` for the subjects `start` .. `end - 1`, then `onProgress`.
 */
export async function inDemoBatches(
  options: Pick<DemoSeedOptions, 'count' | 'from' | 'onProgress'>,
  size: number,
  seedBatch: (start: number, end: number) => Promise<void>,
): Promise<void> {
  const from = options.from ?? 0;
  const end = from + options.count;
  for (let start = from; start < end; start += size) {
    const batchEnd = Math.min(end, start + size);
    await seedBatch(start, batchEnd);
    options.onProgress?.(batchEnd - from);
  }
}
