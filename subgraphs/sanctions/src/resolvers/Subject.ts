import type { MeasureMatter } from '../catalogue';
import type { Context } from '../context';
import type { ListingRow } from '../db/schema';
import type { SubjectResolvers } from '../generated/graphql';
import { isSubjectId } from '@credit/kit';
import type { ApplicableMeasureView } from '../views';

async function inForce(subjectId: string, ctx: Context): Promise<ListingRow[]> {
  if (!isSubjectId(subjectId)) return [];
  if (ctx.access.isOwnSubject(subjectId)) ctx.access.assertPurpose(subjectId);
  const rows = await ctx.loaders.listingsInForce.load(subjectId.toLowerCase());
  return rows.map((row) => ctx.access.show(row));
}

function measuresOf(rows: readonly ListingRow[], ctx: Context, matter?: MeasureMatter): ApplicableMeasureView[] {
  return rows.flatMap((listing) => ctx.catalogue.measuresFor(listing.listType, matter).map((measure) => ({ measure, listing })));
}

export const Subject: SubjectResolvers = {
  // Sanctions holds no subjects of its own: any id is a subject, perhaps with no listings.
  __resolveReference: (reference) => ({ id: reference.id }),

  async listings(subject, { activeOnly }, ctx) {
    if (activeOnly) return inForce(subject.id, ctx);
    if (!isSubjectId(subject.id)) return [];
    if (ctx.access.isOwnSubject(subject.id)) ctx.access.assertPurpose(subject.id);
    const rows = await ctx.loaders.allListings.load(subject.id.toLowerCase());
    return rows.map((row) => ctx.access.show(row));
  },

  async activeMeasures(subject, _args, ctx) {
    return measuresOf(await inForce(subject.id, ctx), ctx);
  },

  async applicableMeasures(subject, { matter }, ctx) {
    return measuresOf(await inForce(subject.id, ctx), ctx, matter);
  },
};
