import type { ListingConnectionResolvers } from '../generated/graphql';
import { encodeCursor } from '../listingPage';

export const ListingConnection: ListingConnectionResolvers = {
  edges: (page) => page.rows.map((node) => ({ cursor: encodeCursor(node), node })),
  pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.rows.length ? encodeCursor(page.rows[page.rows.length - 1]!) : null }),
};
