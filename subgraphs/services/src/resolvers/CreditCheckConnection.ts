import { checkCursor } from '../cursor';
import type { CreditCheckConnectionResolvers } from '../generated/graphql';

export const CreditCheckConnection: CreditCheckConnectionResolvers = {
  edges: (page) => page.rows.map((node) => ({ node, cursor: checkCursor(node) })),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.rows.length ? checkCursor(page.rows[page.rows.length - 1]!) : null,
  }),
};
