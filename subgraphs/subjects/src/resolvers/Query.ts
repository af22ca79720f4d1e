import { classifyCode } from '@credit/identifiers';
import { subjectsByCode } from '../db/statements';
import { badInput } from '@credit/kit';
import { invalidCode } from '../errors';
import type { QueryResolvers } from '../generated/graphql';
import { listSubjects, searchSubjects } from '../search';

const MAX_CODES = 5000;

export const Query: QueryResolvers = {
  subject: (_parent, { id }, { loaders }) => loaders.subjectById.load(id),

  async subjectByCode(_parent, { code }, { loaders, access }) {
    access.assertMayRead();
    const check = classifyCode(code);
    if (!check.ok && !check.checkCharacterOnly) throw invalidCode(check);
    // Before the look-up, so that the answer never tells whether a person is registered.
    if (check.type === 'ID_NUMBER') access.assertMayFindPeople('look natural persons up by ID number');
    const row = await loaders.subjectByCode.load(check.code);
    // A code with a wrong check character exists only where the registry confirmed it.
    if (!check.ok && !row?.checksumConfirmed) throw invalidCode(check);
    return row ?? null;
  },

  subjects(_parent, args, { db, access }) {
    access.assertMayRead();
    access.assertCreditCentre('list every subject');
    return listSubjects(db, args);
  },

  searchSubjects(_parent, args, { db, access }) {
    access.assertMayRead();
    return searchSubjects(db, args, { people: access.policy.findPeople });
  },

  async subjectsByCodes(_parent, { codes }, { db, access }) {
    access.assertMayRead();
    if (codes.length > MAX_CODES) throw badInput(`at most ${MAX_CODES} codes a call, got ${codes.length}`);
    const checks = codes.map((code) => classifyCode(code));
    if (checks.some((check) => check.type === 'ID_NUMBER')) {
      access.assertMayFindPeople('look natural persons up by ID number');
    }
    const normalized = checks.map((check) => (check.ok ? check.code : null));
    const wanted = [...new Set(normalized.filter((code): code is string => code !== null))];
    const rows = wanted.length ? await subjectsByCode(db).execute({ codes: wanted }) : [];
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return normalized.map((code) => (code ? (byCode.get(code) ?? null) : null));
  },
};
