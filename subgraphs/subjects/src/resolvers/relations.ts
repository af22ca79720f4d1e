import type { RelatedSubjectResolvers, SubjectRelationResolvers } from '../generated/graphql';
import type { Loaders } from '../loaders';

async function subject(loaders: Loaders, id: string) {
  const row = await loaders.subjectById.load(id);
  if (!row) throw new Error(`related subject ${id} is missing`);
  return row;
}

export const SubjectRelation: SubjectRelationResolvers = {
  subject: (view, _args, { loaders }) => subject(loaders, view.otherId),
};

export const RelatedSubject: RelatedSubjectResolvers = {
  subject: (view, _args, { loaders }) => subject(loaders, view.subjectId),
  from: (view, _args, { loaders }) => subject(loaders, view.fromId),
};
