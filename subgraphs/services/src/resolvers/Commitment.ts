import type { CommitmentResolvers } from '../generated/graphql';

const FULFILMENT = { PENDING: null, KEPT: 'FULLY', PARTLY_KEPT: 'PARTLY', BROKEN: 'NOT_KEPT' } as const;

export const Commitment: CommitmentResolvers = {
  fulfilment: (commitment) => FULFILMENT[commitment.status],
  subject: (commitment) => ({ id: commitment.subjectId }),
  matter: async (commitment, _args, { loaders }) => (commitment.matterCode ? ((await loaders.matters()).get(commitment.matterCode) ?? null) : null),
  verification: (commitment) =>
    commitment.verifiedAt && commitment.status !== 'PENDING'
      ? {
          outcome: commitment.status,
          note: commitment.verificationNote,
          department: commitment.verifiedDepartment ?? commitment.department,
          verifiedAt: commitment.verifiedAt,
        }
      : null,
};
