import type { RatingResolvers } from '../generated/graphql';
import { explain } from '../explain';

const validOn = (on: string) => (row: { validFrom: string; validTo: string }) => row.validFrom <= on && row.validTo >= on;

export const Rating: RatingResolvers = {
  asOf: (rating) => rating.asOf,

  async explanation(rating, _args, { loaders }) {
    const [model, policy] = await Promise.all([loaders.model(rating.modelVersion), loaders.policy(rating.policyVersion)]);
    if (!model || !policy) return [];
    return explain(model, policy, rating);
  },

  async industryRatings(rating, _args, { loaders }) {
    return (await loaders.industryRatings.load(rating.subjectId)).filter(validOn(rating.asOf));
  },

  async marketRatings(rating, _args, { loaders }) {
    return (await loaders.marketRatings.load(rating.subjectId)).filter(validOn(rating.asOf));
  },
};
