import type { InspectionItemResolvers } from '../generated/graphql';

export const InspectionItem: InspectionItemResolvers = {
  subject: (item, _args, { access }) =>
    item.kind === 'NATURAL_PERSON' && !access.maySeePeopleInPlans() && access.ownSubject !== item.subjectId ? null : { id: item.subjectId },
  grade: (item, _args, { access }) => (access.government ? item.grade : null),
  jointInspection: (item, _args, { loaders }) => (item.jointInspectionId ? loaders.jointInspection.load(item.jointInspectionId) : null),
};
