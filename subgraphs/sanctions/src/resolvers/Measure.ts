import type { MeasureResolvers, MeasureMatter } from '../generated/graphql';

export const Measure: MeasureResolvers = {
  matters: (row) => row.matters as MeasureMatter[],
};
