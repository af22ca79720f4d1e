import type { RecordSubmissionResolvers } from '../generated/graphql';

export const RecordSubmission: RecordSubmissionResolvers = {
  record: async (result, _args, { access, loaders }) =>
    result.outcome === 'REJECTED' ? null : access.show(await loaders.recordByDocument.load(`${result.department}|${result.documentNumber}`)),
};
