import { describe, expect, it } from 'vitest';
import { inDemoBatches } from '../src';

describe('inDemoBatches', () => {
  it('covers from .. from + count - 1 in batches, one after the other, reporting how many are done', async () => {
    const steps: string[] = [];
    await inDemoBatches({ count: 25, from: 100, onProgress: (done) => steps.push(`done ${done}`) }, 10, async (start, end) => {
      await Promise.resolve();
      steps.push(`${start}-${end}`);
    });
    expect(steps).toEqual(['100-110', 'done 10', '110-120', 'done 20', '120-125', 'done 25']);
  });

  it('starts at 0 by default and does nothing for no subjects', async () => {
    const batches: number[][] = [];
    await inDemoBatches({ count: 3 }, 5, async (start, end) => void batches.push([start, end]));
    await inDemoBatches({ count: 0 }, 5, async (start, end) => void batches.push([start, end]));
    expect(batches).toEqual([[0, 3]]);
  });
});
