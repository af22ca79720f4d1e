import type { CheckReasonResolvers, Grade, ListType } from '../generated/graphql';

export const CheckReason: CheckReasonResolvers = {
  grade: (reason) => (reason.grade ?? null) as Grade | null,
  listType: (reason) => (reason.listType ?? null) as ListType | null,
};
