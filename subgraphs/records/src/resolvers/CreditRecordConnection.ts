import { encodeCursor } from '../cursor';
import type { CreditRecordConnectionResolvers } from '../generated/graphql';

export const CreditRecordConnection: CreditRecordConnectionResolvers = {
  edges: (page) => page.rows.map((row) => ({ cursor: encodeCursor(row), node: row })),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.rows.length ? encodeCursor(page.rows[page.rows.length - 1]!) : null,
  }),
};
