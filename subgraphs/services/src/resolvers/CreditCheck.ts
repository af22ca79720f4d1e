import { hasRole } from '@credit/kit';
import { maySeeCheck } from '../access';
import { officerActions } from '../decision';
import type { CheckInput, CreditCheckResolvers, Grade } from '../generated/graphql';

export const CreditCheck: CreditCheckResolvers = {
  subject: (check) => ({ id: check.subjectId }),
  matter: async (check, _args, { loaders }) => (await loaders.matters()).get(check.matterCode)!,
  missingInputs: (check) => check.missingInputs as CheckInput[],
  officerActions: (check) => officerActions(check.reasons),
  grade: (check) => check.grade as Grade | null,
  checkedBy: (check, _args, { caller, asked }) => (maySeeCheck(caller, check) || asked.has(check.id) ? check.checkedBy : null),
  feedback: (check, _args, { caller }) =>
    check.feedbackAt
      ? {
          applied: check.feedbackApplied ?? false,
          reason: check.feedbackReason,
          recordedBy: hasRole(caller, 'CREDIT_CENTRE') || caller.department === check.department ? check.feedbackBy : null,
          recordedAt: check.feedbackAt,
        }
      : null,
  log: (check, _args, { caller, loaders, asked }) => (maySeeCheck(caller, check) || asked.has(check.id) ? loaders.logOf.load(check.id) : null),
};
