import { maskIdNumber } from '@credit/identifiers';
import { MAX_ACCESS_LOG_PAGE } from '../audit';
import { badInput, pageSize } from '@credit/kit';
import type { SubjectResolvers } from '../generated/graphql';
import { MAX_RELATED_SUBJECTS, MAX_RELATION_DEPTH, relationViews, walkRelations } from '../relations';

/** Every field but `id` asks the caller's access (src/access.ts) first: FORBIDDEN or a pseudonym. */
export const Subject: SubjectResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.subjectById.load(reference.id),

  kind: (row, _args, { access }) => (access.see(row, 'kind'), row.kind),
  name: (row, _args, { access }) => access.reveal(row, 'name', row.name),
  creditCode: (row, _args, { access }) => (access.see(row, 'creditCode'), row.codeType === 'CREDIT_CODE' ? row.code : null),
  idNumberMasked: (row, _args, { access }) => (
    access.see(row, 'idNumberMasked'), row.codeType === 'ID_NUMBER' ? maskIdNumber(row.code) : null
  ),
  idNumber: (row, _args, { access }) => (access.see(row, 'idNumber'), row.codeType === 'ID_NUMBER' ? row.code : null),
  legalRepresentative: (row, _args, { access }) => (access.see(row, 'legalRepresentative'), row.legalRepresentative),
  registeredAt: (row, _args, { access }) => (access.see(row, 'registeredAt'), row.registeredAt),
  industryCode: (row, _args, { access }) => (access.see(row, 'industryCode'), row.industryCode),
  regionCode: (row, _args, { access }) => (access.see(row, 'regionCode'), row.regionCode),
  status: (row, _args, { access }) => (access.see(row, 'status'), row.status),

  async relations(row, _args, { access, loaders }) {
    access.see(row, 'relations');
    return relationViews(row.id, await loaders.relationsOf.load(row.id));
  },

  relatedSubjects(row, { depth, first }, { access, loaders }) {
    access.see(row, 'relatedSubjects');
    if (depth < 1 || depth > MAX_RELATION_DEPTH) {
      throw badInput(`\`depth\` must be between 1 and ${MAX_RELATION_DEPTH}, got ${depth}`);
    }
    pageSize(first, MAX_RELATED_SUBJECTS);
    return walkRelations(row.id, depth, first, loaders);
  },

  accessLog(row, { first }, { access, loaders }) {
    access.see(row, 'accessLog');
    pageSize(first, MAX_ACCESS_LOG_PAGE);
    return loaders.accessLog(first).load(row.id);
  },
};
