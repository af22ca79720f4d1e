import { assertPurpose, badInput, forbidden, isSubjectId, pageSize } from '@credit/kit';
import { maySeeCommitments, maySeeEligibility, requireChecker } from '../access';
import type { SubjectResolvers } from '../generated/graphql';
import { eligibility } from '../incentives';
import type { SubjectRef } from '../views';

const MAX_COMMITMENTS = 100;

export const Subject: SubjectResolvers = {
  // Services holds no subjects: any id is a subject, and the representation carries the
  // @requires inputs exactly as the gateway sent them (an absent key was not sent).
  __resolveReference: (reference) => ({ ...(reference as SubjectRef), id: reference.id.toLowerCase() }),

  async creditCheck(subject, { matterCode, applicationId }, context) {
    requireChecker(context.caller);
    if (!isSubjectId(subject.id)) throw badInput(`${subject.id} is not a subject id`, 'BAD_USER_INPUT', { field: 'id' });
    const check = await context.checks.load({ subject, matterCode, applicationId });
    context.access.disclosed.add(subject.id);
    context.asked.add(check.id);
    return check;
  },

  async commitments(subject, { status, first }, { caller, loaders, access }) {
    if (!maySeeCommitments(caller, subject.id, subject.kind)) {
      throw forbidden("A natural person's commitments are shown only to the person, departments and the credit centre");
    }
    assertPurpose(caller, subject.id);
    pageSize(first, MAX_COMMITMENTS);
    const rows = await loaders.commitmentsOf.load({ subjectId: subject.id, status: status ?? null, first });
    if (rows.length) access.disclosed.add(subject.id);
    return rows;
  },

  async eligibleIncentives(subject, _args, { caller, loaders, access }) {
    if (!maySeeEligibility(caller, subject.id)) throw forbidden('Incentive eligibility is for departments, the credit centre and the subject itself');
    assertPurpose(caller, subject.id);
    const [catalogue, rules, exclusions] = await Promise.all([loaders.incentives(), loaders.rules(), loaders.exclusionsOf.load(subject.id)]);
    access.disclosed.add(subject.id);
    return catalogue.map((incentive) => ({
      incentive,
      ...eligibility(incentive, {
        rating: subject.rating,
        activeMeasures: subject.activeMeasures,
        exclusions,
        negativeListTypes: rules.negativeListTypes,
      }),
    }));
  },
};
