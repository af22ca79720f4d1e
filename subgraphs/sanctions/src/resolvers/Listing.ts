import { isInForce } from '../access';
import type { ListingResolvers } from '../generated/graphql';

export const Listing: ListingResolvers = {
  async __resolveReference(reference, ctx) {
    return ctx.access.show(await ctx.loaders.listingById.load(reference.id));
  },
  subject: (row) => ({ id: row.subjectId }),
  basisRecords: (row) => row.basisRecordIds.map((id) => ({ id })),
  subjectCode: (row, _args, { access }) => access.subjectCode(row),
  inForce: (row, _args, { today }) => isInForce(row, today),
  list: (row, _args, { catalogue }) => catalogue.list(row.listType),
  measures: (row, _args, { catalogue }) => catalogue.measuresFor(row.listType),
  history: (row, _args, { access, loaders }) => (access.seesDetail(row) ? loaders.eventsOf.load(row.id) : null),
  objections: (row, _args, { access, loaders }) => (access.seesDetail(row) ? loaders.objectionsOf.load(row.id) : null),
  interviews: (row, _args, { access, loaders }) => (access.seesDetail(row) ? loaders.interviewsOf.load(row.id) : null),
  repairApplications: (row, _args, { access, loaders }) => (access.seesDetail(row) ? loaders.repairsOf.load(row.id) : null),
};
