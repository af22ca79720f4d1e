import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { expect, it } from 'vitest';
import { createMetrics } from '../src/metrics';

// A full collection on demand, as `--expose-gc` would give it.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
async function liveMb(registry: ReturnType<typeof createMetrics>['registry']): Promise<number> {
  const text = await registry.metrics();
  const bytes = /^gateway_heap_live_after_major_gc_bytes (\S+)$/m.exec(text)?.[1];
  expect(bytes).toBeDefined();
  return Number(bytes) / 2 ** 20;
}

it('reports the heap that stays alive after a mark-compact: up by what is retained, back down when it is released', async () => {
  const { registry } = createMetrics();
  gc();
  await settle();
  const before = await liveMb(registry);
  expect(before).toBeGreaterThan(0);

  // 40 MB of live arrays (5 of 2^20 doubles, 8 bytes each), then a mark-compact.
  let retained: number[][] | null = Array.from({ length: 5 }, (_, i) => new Array<number>(2 ** 20).fill(i + 0.5));
  gc();
  await settle();
  const holding = await liveMb(registry);
  expect(holding - before).toBeGreaterThan(30);
  expect(retained.length).toBe(5);

  retained = null;
  gc();
  await settle();
  expect(holding - (await liveMb(registry))).toBeGreaterThan(30);
});
