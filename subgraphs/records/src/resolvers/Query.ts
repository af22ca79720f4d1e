import type { QueryResolvers } from '../generated/graphql';
import { badInput } from '@credit/kit';
import { publicityCompliance } from '../compliance';
import { overdueObjections } from '../objections';

export const Query: QueryResolvers = {
  async dataCatalog(_parent, { department }, { loaders }) {
    const items = await loaders.catalog();
    return department ? items.filter((item) => item.department === department) : items;
  },
  creditRecord: async (_parent, { id }, { access, loaders }) => access.show(await loaders.recordById.load(id)),
  publicityCompliance(_parent, { department, from, to }, context) {
    if (from > to) throw badInput(`\`from\` ${from} is after \`to\` ${to}`);
    return publicityCompliance(context, department ?? null, from, to);
  },
  overdueObjections: (_parent, _args, context) => overdueObjections(context),
};
