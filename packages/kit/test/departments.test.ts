import { describe, expect, it } from 'vitest';
import { departmentFilter, departmentInput } from '../src/departments';

describe('a department code named in an input', () => {
  it('is taken when the directory has it, trimmed', () => {
    expect(departmentInput('ZJJ', 'department')).toBe('ZJJ');
    expect(departmentInput(' SWJZ ', 'department')).toBe('SWJZ');
  });

  it('is refused with UNKNOWN_DEPARTMENT and the field otherwise, naming the code that replaced a retired one', () => {
    expect(() => departmentInput('SWUJ', 'granteeDepartment')).toThrow(/granteeDepartment: SWUJ is a retired department code; the department's code is now SWJZ/);
    for (const code of ['NOPE', 'zjj', 'toString', '']) {
      try {
        departmentInput(code, 'department');
        expect.unreachable(code);
      } catch (error) {
        expect(error).toMatchObject({ extensions: { code: 'UNKNOWN_DEPARTMENT', field: 'department' } });
      }
    }
  });

  it('never repeats a value that is not shaped like a code', () => {
    expect(() => departmentInput('<script>x</script>', 'department')).toThrow(/^department: the code given is not a department/);
  });

  it('as a filter, is no filter when not given and checked like any other input when given', () => {
    expect(departmentFilter(null)).toBeNull();
    expect(departmentFilter(undefined)).toBeNull();
    expect(departmentFilter(' FY ')).toBe('FY');
    expect(() => departmentFilter('SCJG')).toThrow(/^department: SCJG is not a department of the departments directory/);
    expect(() => departmentFilter('SWUJ', 'filter.department')).toThrow(/^filter.department: SWUJ is a retired department code; the department's code is now SWJZ/);
    expect(() => departmentFilter('')).toThrow(/not a department/);
  });
});
