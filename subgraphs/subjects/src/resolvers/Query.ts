import { classifyCode } from '@credit/identifiers';
import { eq, inArray } from 'drizzle-orm';
import { subjects } from '../db/schema';
import { badInput, invalidCode } from '../errors';
import type { QueryResolvers } from '../generated/graphql';
import { searchSubjects } from '../search';

const MAX_CODES = 5000;

export const Query: QueryResolvers = {
  subject: (_parent, { id }, { loaders }) => loaders.subjectById.load(id),

  async subjectByCode(_parent, { code }, { db }) {
    const check = classifyCode(code);
    if (!check.ok && !check.checkCharacterOnly) throw invalidCode(check);
    const [row] = await db.select().from(subjects).where(eq(subjects.code, check.code));
    // A code with a wrong check character exists only where the registry confirmed it.
    if (!check.ok && !row?.checksumConfirmed) throw invalidCode(check);
    return row ?? null;
  },

  searchSubjects: (_parent, args, { db }) => searchSubjects(db, args),

  async subjectsByCodes(_parent, { codes }, { db }) {
    if (codes.length > MAX_CODES) throw badInput(`at most ${MAX_CODES} codes a call, got ${codes.length}`);
    const normalized = codes.map((code) => classifyCode(code)).map((check) => (check.ok ? check.code : null));
    const wanted = [...new Set(normalized.filter((code): code is string => code !== null))];
    const rows = wanted.length ? await db.select().from(subjects).where(inArray(subjects.code, wanted)) : [];
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return normalized.map((code) => (code ? (byCode.get(code) ?? null) : null));
  },
};
