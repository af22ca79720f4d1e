import { departmentFilter } from '@credit/kit';
import type { QueryResolvers } from '../generated/graphql';
import { crossCheck } from '../crossCheck';
import { unansweredExecutions } from '../executions';
import { listingPage } from '../listingPage';

export const Query: QueryResolvers = {
  listDefinitions: (_root, _args, { catalogue }) => [...catalogue.lists.values()],
  measures: (_root, { listType, matter, effect }, { catalogue }) =>
    catalogue.measures.filter(
      (m) => (!listType || m.listTypes.includes(listType)) && (!matter || m.matters.includes(matter)) && (!effect || m.effect === effect),
    ),
  async listing(_root, { id }, { loaders, access }) {
    return access.show(await loaders.listingById.load(id));
  },
  listings: (_root, { filter, first, after }, ctx) =>
    listingPage(ctx, { filter: filter && { ...filter, department: departmentFilter(filter.department, 'filter.department') }, first: first ?? 50, after }),
  crossCheck: (_root, { input }, ctx) => crossCheck(ctx, input),
  unansweredMeasureExecutions: (_root, { department, olderThanDays, first }, ctx) =>
    unansweredExecutions(ctx, { department: departmentFilter(department), olderThanDays: olderThanDays ?? 0, first: first ?? 100 }),
};
