import type { SubjectResolvers } from '../generated/graphql';

export const Subject: SubjectResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),

  async rating(subject, _args, { loaders, access }) {
    access.assertMayReadRating(subject.id);
    return loaders.rating.load(subject.id);
  },

  async ratingHistory(subject, { first }, { loaders, access }) {
    access.assertMayReadRating(subject.id);
    const n = Math.min(50, Math.max(1, first));
    return loaders.history.load(`${subject.id}|${n}`);
  },
};
