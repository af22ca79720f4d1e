import { GATEWAY_SERVICE_CALLER, ROLES } from '@credit/kit';
import { describe, expect, it } from 'vitest';
import { PARTY_FIELDS, POLICIES, policyFor } from '../src/policy';

describe('record policies', () => {
  it("shows a person's ID number in full only to the credit centre and on the department's own records", () => {
    for (const role of ROLES) {
      const policy = POLICIES[role];
      expect([role, policy.party.person.partyCode]).toEqual([role, { PUBLIC: 'hidden', SUBJECT: 'hidden', AGENCY: 'hidden', ANALYST: 'hidden', DEPARTMENT: 'masked', CREDIT_CENTRE: 'shown' }[role]]);
      expect([role, policy.ownRecords.person.partyCode]).toEqual([role, { PUBLIC: 'hidden', SUBJECT: 'hidden', AGENCY: 'hidden', ANALYST: 'hidden', DEPARTMENT: 'shown', CREDIT_CENTRE: 'shown' }[role]]);
    }
  });

  it('never hides an organisation from anyone but legal representatives from analysts', () => {
    for (const role of ROLES) {
      for (const field of PARTY_FIELDS) {
        const expected = role === 'ANALYST' && field === 'legalRepresentative' ? 'hidden' : 'shown';
        expect([role, field, POLICIES[role].party.organisation[field]]).toEqual([role, field, expected]);
      }
    }
  });

  it('gives a caller with several roles the most open disclosure of any of them', () => {
    const both = policyFor({ roles: ['PUBLIC', 'ANALYST'] });
    expect(both.party.person.partyName).toBe('pseudonymised');
    expect(both.file).toBe('whole');
    const department = policyFor({ roles: ['ANALYST', 'DEPARTMENT'] });
    expect(department.party.person).toEqual({ partyName: 'shown', partyCode: 'masked', legalRepresentative: 'shown' });
    expect(department.act).toBe(true);
    expect(department.allDepartments).toBe(true);
  });

  it('gives a caller with no role nothing: no records, no internal views, no actions', () => {
    const none = policyFor(GATEWAY_SERVICE_CALLER);
    expect(none.file).toBe('nothing');
    expect(none.internal).toBe(false);
    expect(none.act).toBe(false);
    expect(none.apply).toBe('none');
    expect(none.party.person).toEqual({ partyName: 'hidden', partyCode: 'hidden', legalRepresentative: 'hidden' });
  });
});
