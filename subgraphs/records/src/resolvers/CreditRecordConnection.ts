import { recordCursor } from '../cursor';
import type { CreditRecordConnectionResolvers } from '../generated/graphql';

export const CreditRecordConnection: CreditRecordConnectionResolvers = {
  edges: (page, _args, { access }) => page.rows.map((row) => ({ cursor: recordCursor(row), node: access.show(row)! })),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.rows.length ? recordCursor(page.rows[page.rows.length - 1]!) : null,
  }),
};
