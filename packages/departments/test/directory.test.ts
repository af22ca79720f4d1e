import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, RETIRED_DEPARTMENT_CODES, departmentName, isDepartmentCode } from '../src/index';

describe('the departments directory', () => {
  it('has codes of 2 to 16 capital letters or digits (what a token and an authorisation accept) and one name each', () => {
    for (const [code, name] of Object.entries(DEPARTMENTS)) {
      expect(code).toMatch(/^[A-Z0-9]{2,16}$/);
      expect(name.trim()).toBe(name);
      expect(name.length).toBeGreaterThan(1);
    }
    const names = Object.values(DEPARTMENTS);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names a department by its code, and refuses a code it does not have', () => {
    expect(departmentName('KJJ')).toBe('科学技术局');
    expect(departmentName('SWJZ')).toBe('商务局');
    expect(departmentName('SWJ')).toBe('税务局');
    expect(() => departmentName('SWUJ')).toThrow(/SWUJ is not in the departments directory/);
    expect(isDepartmentCode('toString')).toBe(false);
  });

  it('replaces each retired code by a code in the directory, and retires none still in use', () => {
    for (const [retired, replacement] of Object.entries(RETIRED_DEPARTMENT_CODES)) {
      expect(isDepartmentCode(retired)).toBe(false);
      expect(isDepartmentCode(replacement)).toBe(true);
    }
  });
});
