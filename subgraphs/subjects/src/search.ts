import { stringProblem } from '@credit/http';
import { and, asc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { normalizeCode } from '@credit/identifiers';
import type { SubjectsDb } from './db';
import { subjects, type SubjectRow } from './db/schema';
import { badInput, decodeCursor, encodeCursor, isSubjectId, pageSize } from '@credit/kit';

export const MAX_PAGE_SIZE = 100;

interface Cursor {
  name: string;
  id: string;
}

const cursorOf = (row: Pick<SubjectRow, 'name' | 'id'>) => encodeCursor([row.name, row.id]);

const position = ([name, id]: unknown[]): Cursor | null =>
  // A name as stored names are (at most 200 characters, no control characters): PostgreSQL refuses NUL.
  typeof name === 'string' && name.length <= 200 && stringProblem(name) === null && typeof id === 'string' && isSubjectId(id) ? { name, id } : null;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Four or more symbols of the credit-code alphabet (which ID numbers also use): a code. */
const CODE_LIKE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{4,18}$/;

/**
 * Names that contain `query`. From two characters on, the names must also hold every two-character
 * part of it (`subjects.name_bigrams`, the GIN index `subject_name_bigrams_idx`): that only narrows
 * the candidates, `like` decides. The planner picks between that index and walking the names in
 * order (`subject_name_idx`), which is quicker for a common fragment, never a parallel plan (the
 * function is parallel unsafe, see migration 0004); one character has no part to look up and walks.
 */
export function nameContains(query: string): SQL | undefined {
  const contains = like(subjects.name, `%${escapeLike(query)}%`);
  // Characters as PostgreSQL counts them (code points), not UTF-16 units.
  if ([...query].length < 2) return contains;
  return and(sql`subjects.name_bigrams(${subjects.name}) @> subjects.name_bigrams(${query}::text)`, contains);
}

/**
 * A code-like query matches credit codes that start with it (through the code index); ID numbers
 * match only in full, so that nobody can list people by the prefix of their number. Any other
 * query matches names that contain it.
 */
function matching(query: string): SQL | undefined {
  const code = normalizeCode(query);
  if (!CODE_LIKE.test(code)) return nameContains(query);
  return or(
    and(eq(subjects.codeType, 'CREDIT_CODE'), like(subjects.code, `${code}%`)),
    and(eq(subjects.codeType, 'ID_NUMBER'), eq(subjects.code, code)),
  );
}

export async function searchSubjects(
  db: SubjectsDb,
  args: { query: string; first: number; after?: string | null | undefined },
  /** `people: false` leaves natural persons out (callers who may not find people). */
  options: { people: boolean },
) {
  const query = args.query.trim();
  if (query.length === 0) throw badInput('`query` must not be empty');
  pageSize(args.first, MAX_PAGE_SIZE);
  const after = args.after ? decodeCursor(args.after, position) : undefined;
  const rows = await db
    .select()
    .from(subjects)
    .where(
      and(
        matching(query),
        options.people ? undefined : eq(subjects.codeType, 'CREDIT_CODE'),
        after ? sql`(${subjects.name}, ${subjects.id}) > (${after.name}, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(subjects.name), asc(subjects.id))
    .limit(args.first + 1);
  const page = rows.slice(0, args.first);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? cursorOf(last) : null },
  };
}

export const MAX_LISTING_PAGE = 1000;

/** Every subject in id order, a page at a time: for batch jobs of other subgraphs (evaluation runs). */
export async function listSubjects(db: SubjectsDb, args: { first: number; after?: string | null | undefined }) {
  const first = pageSize(args.first, MAX_LISTING_PAGE);
  const after = args.after ? decodeCursor(args.after, ([id]) => (typeof id === 'string' && isSubjectId(id) ? id : null)) : undefined;
  const rows = await db
    .select()
    .from(subjects)
    .where(after ? sql`${subjects.id} > ${after}::uuid` : undefined)
    .orderBy(asc(subjects.id))
    .limit(first + 1);
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor([node.id]), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.id]) : null },
  };
}
