/** Listings newest first, page by page, as the caller may see them (for batch readers such as ratings). */
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Context } from './context';
import { listings, type ListingStatus, type ListType } from './db/schema';
import { badInput } from '@credit/kit';
import type { ListingPageView } from './views';

export const MAX_PAGE = 500;

export function encodeCursor(row: { proposedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.proposedAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { proposedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const proposedAt = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(proposedAt.getTime())) throw new Error('bad');
    return { proposedAt, id };
  } catch {
    throw badInput('after: not a cursor from this query', 'BAD_USER_INPUT', { field: 'after' });
  }
}

export async function listingPage(
  ctx: Context,
  args: { filter?: { listType?: ListType | null; status?: ListingStatus | null; department?: string | null } | null; first: number; after?: string | null },
): Promise<ListingPageView> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE) throw badInput(`first: 1 to ${MAX_PAGE}`, 'BAD_USER_INPUT', { field: 'first' });
  const position = args.after ? decodeCursor(args.after) : null;
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
