import type { MeasureExecutionResolvers, MeasureMatter } from '../generated/graphql';
import { notFound } from '@credit/kit';

export const MeasureExecution: MeasureExecutionResolvers = {
  async listing(row, _args, { loaders, access }) {
    const listing = await loaders.listingById.load(row.listingId);
    if (!listing) throw notFound(`No listing ${row.listingId}`);
    return access.show(listing);
  },
  measure(row, _args, { catalogue }) {
    const measure = catalogue.measure(row.measureCode);
    if (!measure) throw notFound(`No measure ${row.measureCode}`);
    return measure;
  },
  matter: (row) => row.matter as MeasureMatter | null,
};
