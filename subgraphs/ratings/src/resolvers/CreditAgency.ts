import type { CreditAgencyResolvers } from '../generated/graphql';

export const CreditAgency: CreditAgencyResolvers = {
  // The registry is public; a code it does not have (a token of an agency since removed) is null.
  __resolveReference: (reference, { loaders }) => loaders.agency.load(reference.code),
};
