import type { SubmitRecordsPayloadResolvers } from '../generated/graphql';

export const SubmitRecordsPayload: SubmitRecordsPayloadResolvers = {
  rejections: (payload) => payload.results.filter((result) => result.outcome === 'REJECTED'),
};
