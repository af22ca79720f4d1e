import { departmentFilter } from '@credit/kit';
import { maySeeCheck } from '../access';
import { checksAwaitingFeedback } from '../feedback';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  async approvalMatters(_parent, { department }, { loaders }) {
    const only = departmentFilter(department);
    return [...(await loaders.matters()).values()].filter((matter) => !only || matter.department === only);
  },
  approvalMatter: async (_parent, { code }, { loaders }) => (await loaders.matters()).get(code) ?? null,
  incentives: (_parent, _args, { loaders }) => loaders.incentives(),
  decisionRules: (_parent, _args, { loaders }) => loaders.rules(),
  commitmentTemplates: async (_parent, { matterCode, kind }, { loaders }) =>
    (await loaders.templatesOf.load(matterCode)).filter((template) => !kind || template.kind === kind),
  async creditCheck(_parent, { id }, { caller, loaders, access }) {
    const check = await loaders.checkById.load(id);
    if (!check || !maySeeCheck(caller, check)) return null;
    access.disclosed.add(check.subjectId);
    return check;
  },
  checksAwaitingFeedback: (_parent, args, context) => checksAwaitingFeedback(context, { ...args, department: departmentFilter(args.department), first: args.first ?? 20 }),
};
