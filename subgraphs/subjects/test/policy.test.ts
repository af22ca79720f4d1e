import { GATEWAY_SERVICE_CALLER, needsPurpose } from '@credit/kit';
import { describe, expect, it } from 'vitest';
import { GUARDED_FIELDS, POLICIES, policyFor } from '../src/policy';

describe('subject policies', () => {
  it('never shows the full ID number to anyone but the credit centre', () => {
    for (const [role, policy] of Object.entries(POLICIES)) {
      expect([role, policy.fields.person.idNumber]).toEqual([role, role === 'CREDIT_CENTRE' ? 'shown' : 'forbidden']);
    }
  });

  it('gives a caller with several roles the most open disclosure of any of them', () => {
    const both = policyFor({ roles: ['ANALYST', 'DEPARTMENT'] });
    expect(both.fields.person.name).toBe('shown');
    expect(both.fields.person.idNumberMasked).toBe('shown');
    expect(both.register).toBe(true);
    expect(both.findPeople).toBe(true);
    const analyst = policyFor({ roles: ['ANALYST'] });
    expect(analyst.fields.person.name).toBe('pseudonymised');
    expect(analyst.register).toBe(false);
  });

  it('requires a purpose from every role but the public (the core rule)', () => {
    expect(needsPurpose({ roles: ['PUBLIC'], purpose: null, subjectId: null })).toBe(false);
    expect(needsPurpose({ roles: ['PUBLIC', 'ANALYST'], purpose: null, subjectId: null })).toBe(true);
  });

  it("shows the public an organisation's registration facts and nothing of a person", () => {
    const open = policyFor({ roles: ['PUBLIC'] });
    for (const field of ['name', 'creditCode', 'legalRepresentative', 'registeredAt', 'industryCode', 'regionCode', 'status'] as const) {
      expect([field, open.fields.organisation[field]]).toEqual([field, 'shown']);
    }
    expect(GUARDED_FIELDS.filter((f) => open.fields.person[f] !== 'forbidden')).toEqual(['kind']);
  });

  it("lets the gateway's service identity read nothing", () => {
    const policy = policyFor(GATEWAY_SERVICE_CALLER);
    for (const field of GUARDED_FIELDS) {
      expect(policy.fields.organisation[field]).toBe('forbidden');
      expect(policy.fields.person[field]).toBe('forbidden');
    }
    expect(policy.register).toBe(false);
  });
});
