import { encodeCursor } from '../cursor';
import type { CreditCheckConnectionResolvers } from '../generated/graphql';

export const CreditCheckConnection: CreditCheckConnectionResolvers = {
  edges: (page) => page.rows.map((node) => ({ node, cursor: encodeCursor(node) })),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.rows.length ? encodeCursor(page.rows[page.rows.length - 1]!) : null,
  }),
};
