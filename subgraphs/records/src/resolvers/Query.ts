import type { QueryResolvers } from '../generated/graphql';
import { badInput, departmentFilter } from '@credit/kit';
import { publicityCompliance } from '../compliance';
import { overdueObjections } from '../objections';

export const Query: QueryResolvers = {
  async dataCatalog(_parent, { department }, { loaders }) {
    const only = departmentFilter(department);
    const items = await loaders.catalog();
    return only ? items.filter((item) => item.department === only) : items;
  },
  creditRecord: async (_parent, { id }, { access, loaders }) => access.show(await loaders.recordById.load(id)),
  publicityCompliance(_parent, { department, from, to }, context) {
    const only = departmentFilter(department);
    if (from > to) throw badInput(`\`from\` ${from} is after \`to\` ${to}`);
    return publicityCompliance(context, only, from, to);
  },
  overdueObjections: (_parent, _args, context) => overdueObjections(context),
};
