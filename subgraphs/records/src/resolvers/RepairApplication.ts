import type { RepairApplicationResolvers } from '../generated/graphql';
import { notFound } from '@credit/kit';

export const RepairApplication: RepairApplicationResolvers = {
  async record(application, _args, { access, loaders }) {
    const record = await loaders.recordById.load(application.recordId);
    if (!record) throw notFound(`Record ${application.recordId} is not visible to you`);
    return access.show(record)!;
  },
};
