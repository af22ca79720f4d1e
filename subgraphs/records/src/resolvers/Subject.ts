import { isSubjectId, pageSize } from '@credit/kit';
import type { SubjectResolvers } from '../generated/graphql';
import { authorisationsOf } from '../authorisations';

export const MAX_PAGE = 100;

export const Subject: SubjectResolvers = {
  // Records holds no subjects of its own: any id is a subject whose file may be empty.
  __resolveReference: (reference) => ({ id: reference.id }),

  records(subject, { category, first, after }, { loaders }) {
    pageSize(first, MAX_PAGE);
    if (!isSubjectId(subject.id)) return { rows: [], hasNextPage: false };
    return loaders.recordPage.load({ subjectId: subject.id.toLowerCase(), category: category ?? null, first, after: after ?? null });
  },

  authorisations: (subject, _args, context) => authorisationsOf(context, subject.id),

  async recordSummary(subject, { since }, { loaders }) {
    return { rows: isSubjectId(subject.id) ? await loaders.summaryOf.load({ subjectId: subject.id.toLowerCase(), since: since ?? null }) : [] };
  },
};
