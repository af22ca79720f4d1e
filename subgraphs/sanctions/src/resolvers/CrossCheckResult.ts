import type { ListingRow } from '../db/schema';
import type { CrossCheckResultResolvers } from '../generated/graphql';

export const CrossCheckResult: CrossCheckResultResolvers = {
  listed: (result) => result.listings.length > 0,
  listTypes: (result) => [...new Set(result.listings.map((row) => row.listType))],
  // Loaded only when asked for: one query for the whole answer (the listing loader batches).
  async listings(result, _args, { loaders, access }) {
    const rows = await loaders.listingById.loadMany(result.listings.map((hit) => hit.id));
    return rows.filter((row): row is ListingRow => row !== null && !(row instanceof Error)).map((row) => access.show(row));
  },
};
