import type { CrossCheckResultResolvers } from '../generated/graphql';

export const CrossCheckResult: CrossCheckResultResolvers = {
  listed: (result) => result.listings.length > 0,
  listTypes: (result) => [...new Set(result.listings.map((row) => row.listType))],
};
