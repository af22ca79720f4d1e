import { isDepartmentCode } from '@credit/departments';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../src/catalogue/measures';

describe('the implementing departments of the measures', () => {
  it('are departments of the directory', () => {
    for (const measure of MEASURES) {
      expect(measure.departments.length, measure.code).toBeGreaterThan(0);
      for (const department of measure.departments) expect(isDepartmentCode(department), `${measure.code}: ${department}`).toBe(true);
    }
  });

  it('push the commerce bureau\'s measures to its one code', () => {
    expect(MEASURES.find((m) => m.code === 'JL-009')!.departments).toEqual(['XYZX', 'SWJZ']);
  });
});
