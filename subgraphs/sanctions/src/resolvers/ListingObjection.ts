import type { ListingObjectionResolvers } from '../generated/graphql';
import { notFound } from '@credit/kit';

export const ListingObjection: ListingObjectionResolvers = {
  async listing(row, _args, { loaders, access }) {
    const listing = await loaders.listingById.load(row.listingId);
    if (!listing) throw notFound(`No listing ${row.listingId}`);
    return access.show(listing);
  },
};
