import type { ObjectionResolvers } from '../generated/graphql';
import { notFound } from '@credit/kit';

export const Objection: ObjectionResolvers = {
  async record(objection, _args, { access, loaders }) {
    const record = await loaders.recordById.load(objection.recordId);
    if (!record) throw notFound(`Record ${objection.recordId} is not visible to you`);
    return access.show(record)!;
  },
  overdue: (objection, _args, { today }) => objection.status === 'OPEN' && objection.dueDate < today,
};
