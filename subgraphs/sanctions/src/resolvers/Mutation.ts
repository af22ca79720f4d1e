import type { MutationResolvers } from '../generated/graphql';
import { recordMeasureExecution } from '../executions';
import { importListings } from '../importListings';
import {
  activateListing,
  fileObjection,
  proposeListing,
  recordInterview,
  removeListing,
  resolveObjection,
  setRectificationDeadline,
} from '../lifecycle';
import { applyForRepair, reviewRepair } from '../repair';

export const Mutation: MutationResolvers = {
  proposeListing: async (_root, { input }, ctx) => ({ listing: ctx.access.show(await proposeListing(ctx, input)) }),
  fileListingObjection: async (_root, { input }, ctx) => ({ objection: await fileObjection(ctx, input) }),
  resolveListingObjection: (_root, { input }, ctx) => resolveObjection(ctx, input),
  activateListing: async (_root, { input }, ctx) => {
    const { listing, pushed } = await activateListing(ctx, input);
    return { listing: ctx.access.show(listing), pushedMeasures: pushed };
  },
  setRectificationDeadline: async (_root, { input }, ctx) => ({ listing: await setRectificationDeadline(ctx, input) }),
  recordInterview: (_root, { input }, ctx) => recordInterview(ctx, input),
  removeListing: async (_root, { input }, ctx) => ({ listing: await removeListing(ctx, input) }),
  recordMeasureExecution: async (_root, { input }, ctx) => ({ execution: await recordMeasureExecution(ctx, input) }),
  applyForListingRepair: (_root, { input }, ctx) => applyForRepair(ctx, input),
  reviewListingRepair: (_root, { input }, ctx) => reviewRepair(ctx, input),
  importListings: (_root, { input }, ctx) => importListings(ctx, input),
};
