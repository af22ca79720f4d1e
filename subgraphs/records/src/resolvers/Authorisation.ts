import type { AuthorisationResolvers } from '../generated/graphql';

export const Authorisation: AuthorisationResolvers = {
  subject: (row) => ({ id: row.subjectId }),
  valid: (row, _args, { today }) => row.revokedAt === null && row.validUntil >= today,
};
