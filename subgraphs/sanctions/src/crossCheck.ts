/**
 * Red/black list cross-check: up to 10,000 codes in one call, each answered in order, malformed
 * codes reported per code. The subject's code is kept on its listings, so the check is one
 * indexed query here, whatever the number of codes.
 */
import { classifyCode } from '@credit/identifiers';
import { and, inArray, sql } from 'drizzle-orm';
import { hasRole, inForce } from './access';
import type { Context } from './context';
import type { SanctionsDb } from './db';
import { LIST_TYPES } from './listTypes';
import { listings, type ListingRow, type ListType } from './db/schema';
import { forbidden, userError } from '@credit/kit';
import type { CrossCheckResultView, CrossCheckView } from './views';

export const MAX_CROSS_CHECK_CODES = 10_000;

/** A listing in force found by a cross-check: what the answer needs (the rest is loaded on demand). */
export type CrossCheckHit = Pick<ListingRow, 'id' | 'subjectId' | 'subjectCode' | 'listType'>;

/**
 * The listings in force today of any of `codes` on `lists`: one query, answered from the partial
 * covering index `listing_crosscheck_idx` (migration 0001) without reading the listings themselves.
 */
export async function listingsInForceByCodes(db: SanctionsDb, codes: readonly string[], lists: readonly ListType[], today: string): Promise<CrossCheckHit[]> {
  if (!codes.length || !lists.length) return [];
  return db
    .select({ id: listings.id, subjectId: listings.subjectId, subjectCode: listings.subjectCode, listType: listings.listType })
    .from(listings)
    .where(
      and(
        sql`${listings.subjectCode} = any(${sql.param([...codes])}::text[])`,
        lists.length < LIST_TYPES.length ? inArray(listings.listType, [...lists]) : undefined,
        inForce(today),
      ),
    );
}

/** Checks the codes against the lists: one answer per code, in order. */
export async function crossCheckCodes(db: SanctionsDb, rawCodes: readonly string[], lists: readonly ListType[], today: string): Promise<CrossCheckView> {
  const checked = rawCodes.map((raw) => classifyCode(raw));
  const valid = [...new Set(checked.filter((c) => c.ok).map((c) => c.code))];
  const rows = await listingsInForceByCodes(db, valid, lists, today);
  const byCode = new Map<string, CrossCheckHit[]>();
  for (const row of rows) {
    const group = byCode.get(row.subjectCode);
    if (group) group.push(row);
    else byCode.set(row.subjectCode, [row]);
  }
  let invalid = 0;
  let listed = 0;
  const results: CrossCheckResultView[] = checked.map((check, index) => {
    if (!check.ok) {
      invalid++;
      return { index, code: rawCodes[index]!, valid: false, error: { code: check.type === 'ID_NUMBER' ? 'INVALID_ID_NUMBER' : 'INVALID_CREDIT_CODE', message: check.problem }, listings: [] };
    }
    const found = byCode.get(check.code) ?? [];
    if (found.length) listed++;
    return { index, code: rawCodes[index]!, valid: true, error: null, listings: found };
  });
  return { results, checked: rawCodes.length, invalid, listed };
}

export async function crossCheck(ctx: Context, input: { codes: readonly string[]; lists?: readonly ListType[] | null }): Promise<CrossCheckView> {
  if (!hasRole(ctx.caller, 'DEPARTMENT', 'CREDIT_CENTRE')) throw forbidden('Cross-checks are for departments and the credit centre');
  ctx.access.assertPurpose();
  if (input.codes.length > MAX_CROSS_CHECK_CODES) {
    throw userError('BATCH_TOO_LARGE', `At most ${MAX_CROSS_CHECK_CODES} codes a call; got ${input.codes.length}: split the batch`);
  }
  const lists = input.lists?.length ? [...new Set(input.lists)] : [...LIST_TYPES];
  const view = await crossCheckCodes(ctx.db, input.codes, lists, ctx.today);
  // Whether a subject is listed is read about it: the listed subjects go to the access log.
  for (const result of view.results) for (const hit of result.listings) ctx.access.disclosed.add(hit.subjectId);
  return view;
}
