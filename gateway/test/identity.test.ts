import { describe, expect, it } from 'vitest';
import { createAuthenticator, DEVELOPMENT_KEY, developmentToken, organisationProblem } from '../src/identity';

const authenticate = createAuthenticator({ secret: DEVELOPMENT_KEY });
const bearer = async (claims: Parameters<typeof developmentToken>[0]) => `Bearer ${await developmentToken(claims)}`;

describe('the organisation a token names', () => {
  it('takes government tokens under codes of the departments directory, and a department token needs one', async () => {
    await expect(authenticate(await bearer({ sub: 'o', dept: 'SCJGJ', roles: ['DEPARTMENT'] }), 'p')).resolves.toMatchObject({ department: 'SCJGJ', roles: ['DEPARTMENT'] });
    await expect(authenticate(await bearer({ sub: 'a', dept: 'TJJ', roles: ['ANALYST'] }), 'p')).resolves.toMatchObject({ department: 'TJJ' });
    await expect(authenticate(await bearer({ sub: 'c', roles: ['CREDIT_CENTRE'] }), 'p')).resolves.toMatchObject({ department: null });
    await expect(authenticate(await bearer({ sub: 'o', roles: ['DEPARTMENT'] }), 'p')).rejects.toThrow(/a department token needs a `dept` claim/);
  });

  it('refuses a code outside the directory without echoing it, and names the code that replaced a retired one', async () => {
    const unknown = authenticate(await bearer({ sub: 'o', dept: 'NOSUCHDEPT', roles: ['DEPARTMENT'] }), 'p');
    await expect(unknown).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(unknown).rejects.toThrow(/not a code of the departments directory/);
    await expect(unknown).rejects.not.toThrow(/NOSUCHDEPT/);
    await expect(authenticate(await bearer({ sub: 'o', dept: 'SWUJ', roles: ['DEPARTMENT'] }), 'p')).rejects.toThrow(/retired department code; ask for a token under SWJZ/);
    await expect(authenticate(await bearer({ sub: 'o', dept: 'toString', roles: ['ANALYST'] }), 'p')).rejects.toThrow(/not a code of the departments directory/);
  });

  it('takes a credit service agency as AGENCY alone, under its registry code', async () => {
    await expect(authenticate(await bearer({ sub: 'ag', dept: 'XYFW-001', roles: ['AGENCY'] }), 'p')).resolves.toMatchObject({ department: 'XYFW-001', roles: ['AGENCY'] });
    // An agency is a company: it never holds a government role, and a government role never holds its code.
    await expect(authenticate(await bearer({ sub: 'ag', dept: 'XYFW-001', roles: ['AGENCY', 'DEPARTMENT'] }), 'p')).rejects.toThrow(/AGENCY role alone/);
    await expect(authenticate(await bearer({ sub: 'ag', dept: 'XYFW-001', roles: ['DEPARTMENT'] }), 'p')).rejects.toThrow(/not a code of the departments directory/);
    await expect(authenticate(await bearer({ sub: 'ag', roles: ['AGENCY'] }), 'p')).rejects.toThrow(/registry code/);
    await expect(authenticate(await bearer({ sub: 'ag', dept: 'xyfw 001; drop', roles: ['AGENCY'] }), 'p')).rejects.toThrow(/registry code/);
  });

  it('refuses a `dept` on a token of no organisation', () => {
    expect(organisationProblem(['PUBLIC'], 'SCJGJ')).toMatch(/goes only with/);
    expect(organisationProblem(['SUBJECT'], null)).toBeNull();
    expect(organisationProblem(['SUBJECT', 'DEPARTMENT'], 'ZJJ')).toBeNull();
  });
});
