import { describe, expect, it } from 'vitest';
import {
  GATEWAY_SERVICE_CALLER,
  PUBLIC_CALLER,
  disclosureLevels,
  isOwnSubject,
  mayManage,
  mayRead,
  needsPurpose,
  policyOf,
  type Caller,
  type Role,
} from '../src';

const SUBJECT_ID = '0b6c1c9e-9a57-4f43-9d0e-0c3f4d8f2a11';
const caller = (roles: Role[], extra: Partial<Caller> = {}): Caller => ({
  id: 'c', department: null, roles, purpose: null, subjectId: null, ...extra,
});

describe('the purpose rule', () => {
  it('asks every role but PUBLIC and SUBJECT for a purpose', () => {
    expect(needsPurpose(caller(['PUBLIC']))).toBe(false);
    expect(needsPurpose(caller(['SUBJECT'], { subjectId: SUBJECT_ID }))).toBe(false);
    for (const role of ['DEPARTMENT', 'CREDIT_CENTRE', 'ANALYST'] as const) expect(needsPurpose(caller([role]))).toBe(true);
    expect(needsPurpose(caller(['PUBLIC', 'ANALYST']))).toBe(true);
    expect(needsPurpose(caller(['ANALYST'], { purpose: '行业分析' }))).toBe(false);
  });

  it('asks a SUBJECT reading its own file, not reading others', () => {
    const subject = caller(['SUBJECT'], { subjectId: SUBJECT_ID });
    expect(needsPurpose(subject, SUBJECT_ID.toUpperCase())).toBe(true);
    expect(needsPurpose(subject, '00000000-0000-4000-8000-000000000000')).toBe(false);
  });
});

describe('merging roles', () => {
  const tables: Record<Role, { name: 'hidden' | 'masked' | 'shown'; file: 'nothing' | 'public' | 'whole'; push: boolean }> = {
    PUBLIC: { name: 'hidden', file: 'public', push: false },
    SUBJECT: { name: 'hidden', file: 'public', push: false },
    AGENCY: { name: 'hidden', file: 'public', push: false },
    ANALYST: { name: 'masked', file: 'whole', push: false },
    DEPARTMENT: { name: 'shown', file: 'whole', push: true },
    CREDIT_CENTRE: { name: 'shown', file: 'whole', push: true },
  };
  const scales = [['hidden', 'masked', 'shown'], ['nothing', 'public', 'whole']];

  it('gives the most open level and any flag of the roles', () => {
    expect(policyOf(caller(['PUBLIC', 'ANALYST']), tables, scales)).toEqual({ name: 'masked', file: 'whole', push: false });
    expect(policyOf(caller(['ANALYST', 'DEPARTMENT']), tables, scales)).toEqual({ name: 'shown', file: 'whole', push: true });
  });

  it('gives a caller with no role nothing (the no-role rule)', () => {
    expect(mayRead(GATEWAY_SERVICE_CALLER)).toBe(false);
    expect(mayRead(PUBLIC_CALLER)).toBe(true);
    expect(policyOf(GATEWAY_SERVICE_CALLER, tables, scales)).toEqual({ name: 'hidden', file: 'nothing', push: false });
  });
});

describe('subjects, management and disclosure levels', () => {
  it('binds a SUBJECT to its own subject only', () => {
    expect(isOwnSubject(caller(['SUBJECT'], { subjectId: SUBJECT_ID }), SUBJECT_ID)).toBe(true);
    expect(isOwnSubject(caller(['SUBJECT'], { subjectId: SUBJECT_ID }), '00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(isOwnSubject(caller(['PUBLIC'], { subjectId: SUBJECT_ID }), SUBJECT_ID)).toBe(false);
  });

  it('lets the credit centre or the owning department manage (谁认定谁负责)', () => {
    expect(mayManage(caller(['CREDIT_CENTRE']), 'SCJGJ')).toBe(true);
    expect(mayManage(caller(['DEPARTMENT'], { department: 'SCJGJ' }), 'SCJGJ')).toBe(true);
    expect(mayManage(caller(['DEPARTMENT'], { department: 'SWJ' }), 'SCJGJ')).toBe(false);
    expect(mayManage(caller(['ANALYST'], { department: 'SCJGJ' }), 'SCJGJ')).toBe(false);
  });

  it('opens the levels by role, and every level of its own file to a subject', () => {
    expect(disclosureLevels(PUBLIC_CALLER)).toEqual(['PUBLIC']);
    // A credit service agency is a company: what the public reads, however its token names it.
    expect(disclosureLevels(caller(['AGENCY'], { department: 'XYFW-001' }))).toEqual(['PUBLIC']);
    expect(disclosureLevels(caller(['DEPARTMENT']))).toEqual(['PUBLIC', 'GOVERNMENT_SHARED']);
    expect(disclosureLevels(caller(['CREDIT_CENTRE']))).toEqual(['PUBLIC', 'GOVERNMENT_SHARED', 'AUTHORISED']);
    expect(disclosureLevels(caller(['SUBJECT'], { subjectId: SUBJECT_ID }), SUBJECT_ID)).toEqual(['PUBLIC', 'GOVERNMENT_SHARED', 'AUTHORISED']);
    expect(disclosureLevels(GATEWAY_SERVICE_CALLER)).toEqual([]);
  });
});
