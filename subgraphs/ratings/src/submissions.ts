/** Industry and market ratings submitted in batches: validated per row, stored in one statement. */
import { randomUUID } from 'node:crypto';
import { unnestInsert, queryRows } from '@credit/db';
import { sql } from 'drizzle-orm';
import type { RatingsDb } from './db';
import { industryRatings, marketRatings, type Grade, type IndustryRatingRow, type MarketRatingRow } from './db/schema';
import { isUuid } from '@credit/kit';

export const MAX_RATINGS = 5000;

export interface RowError {
  code: 'BAD_USER_INPUT' | 'INVALID_SUBJECT_ID' | 'INVALID_DATE_RANGE' | 'DUPLICATE_RATING';
  message: string;
  field: string | null;
}

interface CommonInput {
  subjectId: string;
  grade: Grade;
  validFrom: string;
  validTo: string;
  basis: string;
}

function check(row: CommonInput & { industry?: string }): RowError | null {
  if (!isUuid(row.subjectId)) return { code: 'INVALID_SUBJECT_ID', message: `\`${row.subjectId}\` is not a subject id`, field: 'subjectId' };
  if (row.validTo < row.validFrom) return { code: 'INVALID_DATE_RANGE', message: `validTo ${row.validTo} is before validFrom ${row.validFrom}`, field: 'validTo' };
  const basis = row.basis.trim();
  if (!basis || basis.length > 2000) return { code: 'BAD_USER_INPUT', message: '`basis` must be 1 to 2000 characters', field: 'basis' };
  if (row.industry !== undefined && (!row.industry.trim() || row.industry.length > 100)) {
    return { code: 'BAD_USER_INPUT', message: '`industry` must be 1 to 100 characters', field: 'industry' };
  }
  return null;
}

export type Result<T> = { index: number; rating: T | null; error: RowError | null };

const DUPLICATE: RowError = { code: 'DUPLICATE_RATING', message: 'this rating was already submitted (same subject, rater and start date)', field: null };

export async function submitIndustry(
  db: RatingsDb,
  department: string,
  rows: (CommonInput & { industry: string })[],
  submittedBy: string,
  now: Date,
): Promise<Result<IndustryRatingRow>[]> {
  const results: Result<IndustryRatingRow>[] = rows.map((row, index) => ({ index, rating: null, error: check(row) }));
  const valid = rows
    .map((row, index) => ({ index, row: { id: randomUUID(), ...row, industry: row.industry.trim(), basis: row.basis.trim(), department, submittedBy, submittedAt: now } }))
    .filter(({ index }) => !results[index]!.error);
  if (valid.length) {
    const inserted = await queryRows<{ id: string }>(
      db,
      sql`${unnestInsert(
        industryRatings,
        ['id', 'subjectId', 'department', 'industry', 'grade', 'validFrom', 'validTo', 'basis', 'submittedBy', 'submittedAt'],
        valid.map((v) => v.row),
      )} on conflict do nothing returning id`,
    );
    const stored = new Set(inserted.map((r) => r.id));
    for (const { index, row } of valid) results[index] = { index, rating: stored.has(row.id) ? row : null, error: stored.has(row.id) ? null : DUPLICATE };
  }
  return results;
}

export async function submitMarket(db: RatingsDb, agency: string, rows: CommonInput[], submittedBy: string, now: Date): Promise<Result<MarketRatingRow>[]> {
  const results: Result<MarketRatingRow>[] = rows.map((row, index) => ({ index, rating: null, error: check(row) }));
  const valid = rows
    .map((row, index) => ({ index, row: { id: randomUUID(), ...row, basis: row.basis.trim(), agency, submittedBy, submittedAt: now } }))
    .filter(({ index }) => !results[index]!.error);
  if (valid.length) {
    const inserted = await queryRows<{ id: string }>(
      db,
      sql`${unnestInsert(
        marketRatings,
        ['id', 'subjectId', 'agency', 'grade', 'validFrom', 'validTo', 'basis', 'submittedBy', 'submittedAt'],
        valid.map((v) => v.row),
      )} on conflict do nothing returning id`,
    );
    const stored = new Set(inserted.map((r) => r.id));
    for (const { index, row } of valid) results[index] = { index, rating: stored.has(row.id) ? row : null, error: stored.has(row.id) ? null : DUPLICATE };
  }
  return results;
}
