import type { CreditAgencyResolvers } from '../generated/graphql';

export const CreditAgency: CreditAgencyResolvers = {
  // The registry is public; a code it does not have (a token of an agency since removed), or a
  // representation without a string code, is null.
  __resolveReference: (reference, { loaders }) => (typeof reference.code === 'string' ? loaders.agency.load(reference.code) : null),
};
