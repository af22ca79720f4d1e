import type { ListDefinitionResolvers } from '../generated/graphql';

export const ListDefinition: ListDefinitionResolvers = {
  publicForOrganisations: (row) => row.publicOrganisations,
  publicForPersons: (row) => row.publicPersons,
};
