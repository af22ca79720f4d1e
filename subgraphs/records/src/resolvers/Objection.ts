import type { ObjectionResolvers } from '../generated/graphql';
import { notFound } from '../access';

export const Objection: ObjectionResolvers = {
  async record(objection, _args, { loaders }) {
    const record = await loaders.recordById.load(objection.recordId);
    if (!record) throw notFound(`Record ${objection.recordId} is not visible to you`);
    return record;
  },
  overdue: (objection, _args, { today }) => objection.status === 'OPEN' && objection.dueDate < today,
};
