/**
 * The hot statements, prepared (`prepared` of @credit/db): the listings of subjects, as
 * departments, the credit centre and analysts read them (every listing; the other callers' reads
 * carry their visibility filter and are built per request).
 */
import { prepared } from '@credit/db';
import { and, desc, sql } from 'drizzle-orm';
import { inForce } from '../access';
import type { SanctionsDb } from './index';
import { listings } from './schema';

const ofSubjects = sql`${listings.subjectId} = any(${sql.placeholder('ids')}::uuid[])`;

/** The order listings of subjects come in, prepared or not: newest first. */
export const newestFirst = [desc(listings.proposedAt), desc(listings.id)];

/** `execute({ ids })`: every listing of the subjects (lower-case UUIDs), newest first. */
export const listingsOf = prepared((db: SanctionsDb) =>
  db.select().from(listings).where(ofSubjects).orderBy(...newestFirst).prepare('listings_of'),
);

/** `execute({ ids, today })`: the subjects' listings in force on `today`, newest first. */
export const listingsInForceOf = prepared((db: SanctionsDb) =>
  db
    .select()
    .from(listings)
    .where(and(ofSubjects, inForce(sql`${sql.placeholder('today')}::date`)))
    .orderBy(...newestFirst)
    .prepare('listings_in_force_of'),
);
