import type { MarketRatingResolvers } from '../generated/graphql';

export const MarketRating: MarketRatingResolvers = {
  async agency(rating, _args, { loaders }) {
    const agency = await loaders.agency.load(rating.agency);
    if (!agency) throw new Error(`market rating ${rating.id} names an unknown agency`);
    return agency;
  },
};
