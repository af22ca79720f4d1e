import { describe, expect, it } from 'vitest';
import { CachingSubjectDirectory, MemorySubjectDirectory } from '../src/directory';

describe('the caching subject directory', () => {
  it('asks the directory only for codes it has not matched yet, and never remembers a miss', async () => {
    const inner = new MemorySubjectDirectory([{ id: 'id-a', code: 'A' }, { id: 'id-b', code: 'B' }]);
    const asked: string[][] = [];
    const find = inner.findByCodes.bind(inner);
    inner.findByCodes = async (codes) => (asked.push([...codes]), find(codes));
    const cache = new CachingSubjectDirectory(inner);
    expect(await cache.findByCodes(['A', 'C', 'A'])).toEqual(['id-a', null, 'id-a']);
    expect(await cache.findByCodes(['A', 'B', 'C'])).toEqual(['id-a', 'id-b', null]);
    expect(asked).toEqual([['A', 'C'], ['B', 'C']]);
    await cache.register([{ code: 'C', name: '新公司', legalRepresentative: null }]);
    expect(await cache.findByCodes(['C'])).toEqual([inner.byCode.get('C')]);
    expect(asked).toHaveLength(2);
  });

  it('forgets the oldest match past its capacity', async () => {
    const inner = new MemorySubjectDirectory([{ id: '1', code: 'A' }, { id: '2', code: 'B' }, { id: '3', code: 'C' }]);
    const cache = new CachingSubjectDirectory(inner, 2);
    await cache.findByCodes(['A', 'B', 'C']);
    const before = inner.lookups;
    await cache.findByCodes(['B', 'C']);
    expect(inner.lookups).toBe(before);
    await cache.findByCodes(['A']);
    expect(inner.lookups).toBe(before + 1);
  });
});
