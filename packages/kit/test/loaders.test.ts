import { describe, expect, it } from 'vitest';
import { groupBy, isSubjectId, isUuid } from '../src';

describe('DataLoader helpers', () => {
  it('groups rows by key, keeping the rows\' order in each group', () => {
    const rows = [
      { subjectId: 'b', n: 1 },
      { subjectId: 'a', n: 2 },
      { subjectId: 'b', n: 3 },
    ];
    const groups = groupBy(rows, (row) => row.subjectId);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')!.map((row) => row.n)).toEqual([1, 3]);
    expect(groups.get('a')!.map((row) => row.n)).toEqual([2]);
    expect(groups.get('c')).toBeUndefined();
    expect(groupBy([], (row: { id: string }) => row.id).size).toBe(0);
  });

  it('checks UUIDs in either letter case, and nothing else', () => {
    expect(isUuid('0b7c6f1e-3d2a-4c5b-8e9f-0a1b2c3d4e5f')).toBe(true);
    expect(isUuid('0B7C6F1E-3D2A-4C5B-8E9F-0A1B2C3D4E5F')).toBe(true);
    expect(isUuid('0b7c6f1e3d2a4c5b8e9f0a1b2c3d4e5f')).toBe(false);
    expect(isUuid("' or 1=1 --")).toBe(false);
    expect(isSubjectId('0b7c6f1e-3d2a-4c5b-8e9f-0a1b2c3d4e5f')).toBe(true);
  });
});
