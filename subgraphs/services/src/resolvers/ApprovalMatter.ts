import type { ApprovalMatterResolvers, MeasureMatter } from '../generated/graphql';

export const ApprovalMatter: ApprovalMatterResolvers = {
  measureMatters: (matter) => matter.measureMatters as MeasureMatter[],
  commitmentTemplates: (matter, _args, { loaders }) => loaders.templatesOf.load(matter.code),
};
