import { DEPARTMENTS, isDepartmentCode } from '@credit/departments';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/referenceData';
import { authority } from '../src/seed';

describe('the departments of the data catalogue', () => {
  it('are departments of the directory, under the directory\'s names', () => {
    for (const item of CATALOG) {
      expect(isDepartmentCode(item.department), `${item.code}: ${item.department}`).toBe(true);
      expect(item.departmentName, item.code).toBe(DEPARTMENTS[item.department as keyof typeof DEPARTMENTS]);
    }
  });

  it('keep the demo authorities and their credit codes as they were first numbered', () => {
    expect(authority('SCJGJ', '320583')).toEqual({ name: '昆山市市场监督管理局', code: '11320583MB0000001H' });
    expect(authority('STHJJ', '320583')).toEqual({ name: '昆山市生态环境局', code: '11320583MB0000002L' });
    expect(authority('ZJJ', '320506')).toEqual({ name: '苏州市住房和城乡建设局', code: '11320506MB00000037' });
    expect(authority('SWJ', '320583')).toEqual({ name: '昆山市税务局', code: '11320583MB0000004T' });
    expect(authority('RSJ', '320594')).toEqual({ name: '苏州市人力资源和社会保障局', code: '11320594MB0000005U' });
    expect(authority('JTYSJ', '320505')).toEqual({ name: '苏州市交通运输局', code: '11320505MB00000062' });
    expect(() => authority('KJJ', '320505')).toThrow(/no demo authority number/);
  });
});
