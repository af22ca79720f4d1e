import { maskIdNumber } from '@credit/identifiers';
import { badInput } from '../errors';
import type { SubjectResolvers } from '../generated/graphql';
import { MAX_RELATED_SUBJECTS, MAX_RELATION_DEPTH, relationViews, walkRelations } from '../relations';

export const Subject: SubjectResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.subjectById.load(reference.id),

  creditCode: (row) => (row.codeType === 'CREDIT_CODE' ? row.code : null),
  idNumberMasked: (row) => (row.codeType === 'ID_NUMBER' ? maskIdNumber(row.code) : null),

  relations: async (row, _args, { loaders }) => relationViews(row.id, await loaders.relationsOf.load(row.id)),

  relatedSubjects(row, { depth, first }, { loaders }) {
    if (depth < 1 || depth > MAX_RELATION_DEPTH) {
      throw badInput(`\`depth\` must be between 1 and ${MAX_RELATION_DEPTH}, got ${depth}`);
    }
    if (first < 1 || first > MAX_RELATED_SUBJECTS) {
      throw badInput(`\`first\` must be between 1 and ${MAX_RELATED_SUBJECTS}, got ${first}`);
    }
    return walkRelations(row.id, depth, first, loaders);
  },
};
