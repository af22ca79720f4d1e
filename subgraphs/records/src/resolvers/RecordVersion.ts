import type { RecordVersionResolvers } from '../generated/graphql';

export const RecordVersion: RecordVersionResolvers = {
  snapshot: (version) => JSON.stringify(version.snapshot),
};
