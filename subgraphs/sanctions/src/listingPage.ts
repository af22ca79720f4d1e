/** Listings newest first, page by page, as the caller may see them (for batch readers such as ratings). */
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Context } from './context';
import { listings, type ListingStatus, type ListType } from './db/schema';
import { decodeCursor, encodeCursor, isUuid, pageSize } from '@credit/kit';
import type { ListingPageView } from './views';

export const MAX_PAGE = 500;

/** The page cursor (the kit's cursors): the position (proposed at, id) of the last listing returned. */
export const listingCursor = (row: { proposedAt: Date; id: string }): string => encodeCursor([row.proposedAt.toISOString(), row.id]);

export const listingPosition = (cursor: string): { proposedAt: Date; id: string } =>
  decodeCursor(cursor, ([at, id]) =>
    typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && isUuid(id) ? { proposedAt: new Date(at), id: id.toLowerCase() } : null,
  );

export async function listingPage(
  ctx: Context,
  args: { filter?: { listType?: ListType | null; status?: ListingStatus | null; department?: string | null } | null; first: number; after?: string | null },
): Promise<ListingPageView> {
  pageSize(args.first, MAX_PAGE);
  const position = args.after ? listingPosition(args.after) : null;
  const conditions: (SQL | undefined)[] = [
    ctx.access.visibility(ctx.today),
    args.filter?.listType ? eq(listings.listType, args.filter.listType) : undefined,
    args.filter?.status ? eq(listings.status, args.filter.status) : undefined,
    args.filter?.department ? eq(listings.department, args.filter.department) : undefined,
    position
      ? or(lt(listings.proposedAt, position.proposedAt), and(eq(listings.proposedAt, position.proposedAt), lt(listings.id, position.id)))
      : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(listings)
    .where(and(...conditions))
    .orderBy(desc(listings.proposedAt), desc(listings.id))
    .limit(args.first + 1);
  return { rows: rows.slice(0, args.first).map((row) => ctx.access.show(row)), hasNextPage: rows.length > args.first };
}
