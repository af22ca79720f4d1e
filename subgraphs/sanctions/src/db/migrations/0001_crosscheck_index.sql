-- Cross-checks read only this index (index-only scans): active listings by code, with what the
-- answer needs. Written by hand: drizzle's index builder has no INCLUDE.
CREATE INDEX IF NOT EXISTS "listing_crosscheck_idx" ON "sanctions"."listing" USING btree ("subject_code") INCLUDE ("list_type", "listed_from", "listed_until", "id", "subject_id") WHERE "status" = 'ACTIVE';
