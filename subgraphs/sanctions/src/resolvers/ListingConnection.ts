import type { ListingConnectionResolvers } from '../generated/graphql';
import { listingCursor } from '../listingPage';

export const ListingConnection: ListingConnectionResolvers = {
  edges: (page) => page.rows.map((node) => ({ cursor: listingCursor(node), node })),
  pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.rows.length ? listingCursor(page.rows[page.rows.length - 1]!) : null }),
};
