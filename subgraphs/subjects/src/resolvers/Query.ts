import { classifyCode } from '@credit/identifiers';
import { eq } from 'drizzle-orm';
import { subjects } from '../db/schema';
import { invalidCode } from '../errors';
import type { QueryResolvers } from '../generated/graphql';
import { searchSubjects } from '../search';

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
};
