import type { IncentiveResolvers, MeasureMatter } from '../generated/graphql';

export const Incentive: IncentiveResolvers = {
  measureMatter: (incentive) => incentive.measureMatter as MeasureMatter | null,
};
