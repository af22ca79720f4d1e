/** Per-request DataLoaders: one SQL query per batch, whatever the number of keys. */
import { groupBy, isSubjectId, isUuid, listsByKey } from '@credit/kit';
import DataLoader from 'dataloader';
import { and, asc, inArray } from 'drizzle-orm';
import { inForce, type ListingAccess } from './access';
import type { SanctionsDb } from './db';
import { listingsInForceOf, listingsOf, newestFirst } from './db/statements';
import {
  interviews,
  listingEvents,
  listingObjections,
  listings,
  repairApplications,
  type InterviewRow,
  type ListingEventRow,
  type ListingObjectionRow,
  type ListingRow,
  type RepairApplicationRow,
} from './db/schema';

export function createLoaders(db: SanctionsDb, access: ListingAccess, today: string) {
  /**
   * Listings of subjects the caller may see, newest first; `onlyInForce` keeps those in force today.
   * Government callers see every listing: theirs is a prepared statement.
   */
  const visibleListings = (ids: string[], onlyInForce: boolean): Promise<ListingRow[]> => {
    if (!ids.length) return Promise.resolve([]);
    const visibility = access.visibility(today);
    if (visibility === undefined) return onlyInForce ? listingsInForceOf(db).execute({ ids, today }) : listingsOf(db).execute({ ids });
    return db
      .select()
      .from(listings)
      .where(and(inArray(listings.subjectId, ids), onlyInForce ? inForce(today) : undefined, visibility))
      .orderBy(...newestFirst);
  };
  const ofSubjects = (onlyInForce: boolean) =>
    new DataLoader<string, ListingRow[]>(async (subjectIds) => {
      const rows = await visibleListings(subjectIds.filter(isSubjectId).map((id) => id.toLowerCase()), onlyInForce);
      const bySubject = groupBy(rows, (row) => row.subjectId);
      return subjectIds.map((id) => bySubject.get(id.toLowerCase()) ?? []);
    });

  return {
    /** A listing by id, if the caller may see it. */
    listingById: new DataLoader<string, ListingRow | null>(async (ids) => {
      const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
      const rows = valid.length ? await db.select().from(listings).where(inArray(listings.id, valid)) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = byId.get(id.toLowerCase());
        return row && access.mayRead(row, today) ? row : null;
      });
    }),
    listingsInForce: ofSubjects(true),
    allListings: ofSubjects(false),
    eventsOf: new DataLoader<string, ListingEventRow[]>(listsByKey(db, listingEvents, 'listingId', { orderBy: [asc(listingEvents.id)] })),
    objectionsOf: new DataLoader<string, ListingObjectionRow[]>(
      listsByKey(db, listingObjections, 'listingId', { orderBy: [asc(listingObjections.filedAt)] }),
    ),
    interviewsOf: new DataLoader<string, InterviewRow[]>(listsByKey(db, interviews, 'listingId', { orderBy: [asc(interviews.heldOn)] })),
    repairsOf: new DataLoader<string, RepairApplicationRow[]>(
      listsByKey(db, repairApplications, 'listingId', { orderBy: [asc(repairApplications.submittedAt)] }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
