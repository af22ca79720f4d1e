import { isSubjectId } from '@credit/kit';
import { sql } from 'drizzle-orm';
import type { SubjectsDb } from './db';
import { subjectAccess, subjectAccessPending, subjectAccessSubjects, type AccessRow } from './db/schema';
import { insertAccesses } from './db/statements';
import type { SubjectAccessInput } from './generated/graphql';

/**
 * The access log. Design: this subgraph owns it (the table and `Subject.accessLog`), because the log
 * is information about subjects, and a subject's viewers read it next to the subject. The gateway
 * writes it: only the gateway sees a whole client operation (the caller, its purpose, the operation
 * name, and every subject it touched in every subgraph), so it records one entry per operation by
 * calling `recordSubjectAccess` here directly with its signed service identity. That field is
 * `@inaccessible` (absent from the public API) and refused to any other caller. No subgraph reads
 * another's tables: records and others only ever see subject ids, and the log stays here.
 */

export const MAX_ACCESS_LOG_PAGE = 200;
const MAX_SUBJECTS_PER_ENTRY = 100_000;

/** The entry's subject ids, deduplicated and lower-cased; throws unless they are 1 to 100,000 UUIDs and the roles words. */
function checkedIds(input: SubjectAccessInput): string[] {
  const ids = [...new Set(input.subjectIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0 || ids.length > MAX_SUBJECTS_PER_ENTRY || !ids.every(isSubjectId)) {
    throw new Error(`an access entry names 1 to ${MAX_SUBJECTS_PER_ENTRY} subject ids, all UUIDs`);
  }
  if (!input.roles.every((role) => /^[A-Z_]{1,40}$/.test(role))) throw new Error('an access entry names roles such as DEPARTMENT');
  return ids;
}

export const MAX_ACCESSES_PER_CALL = 1000;

/**
 * Appends several accesses (the gateway's group commit) in one prepared statement: all or none.
 * Every entry is checked before anything is written. The statement writes each entry and marks it
 * pending; its by-subject rows follow (src/accessProjection.ts), and `accessLogOf` reads pending
 * entries too, so a subject's log holds the entry from this commit on.
 */
export async function recordAccesses(db: SubjectsDb, inputs: readonly SubjectAccessInput[]): Promise<number> {
  if (inputs.length === 0 || inputs.length > MAX_ACCESSES_PER_CALL) throw new Error(`1 to ${MAX_ACCESSES_PER_CALL} access entries a call`);
  const entries = inputs.map((input) => ({
    subject_ids: checkedIds(input),
    at: new Date(input.at).toISOString(),
    caller_id: input.callerId,
    department: input.department ?? null,
    roles: input.roles,
    purpose: input.purpose ?? null,
    operation_name: input.operationName ?? null,
  }));
  await insertAccesses(db).execute({ entries: JSON.stringify(entries) });
  return inputs.length;
}

interface AccessLogRow {
  id: string | number;
  at: string | Date;
  recorded_at: string | Date;
  caller_id: string;
  department: string | null;
  roles: string[] | string;
  purpose: string | null;
  operation_name: string | null;
  subject_ids: string[] | string;
  subject_id: string;
}

/** `{a,b}` from drivers that leave PostgreSQL arrays as text. */
function pgArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map((v) => v.replace(/^"|"$/g, '')) : [];
}

/**
 * The newest `first` accesses of each subject, in one query: per subject an index range scan of
 * `subject_access_subject (subject_id, at desc)`, however long its log, together with the entries
 * not yet projected there (`subject_access_pending`, read once for all the subjects asked). The
 * projection moves an entry from one to the other in one commit, and the query reads one snapshot,
 * so every entry is counted once, projected or not.
 */
export async function accessLogOf(
  db: SubjectsDb,
  ids: readonly string[],
  first: number,
  /** Only the reads of this department (a department sees its own reads only); null: every read. */
  department: string | null = null,
): Promise<AccessRow[][]> {
  const wanted = [...new Set(ids.filter(isSubjectId).map((id) => id.toLowerCase()))];
  const bySubject = new Map<string, AccessRow[]>(wanted.map((id) => [id, []]));
  if (wanted.length > 0) {
    const wantedArray = sql`${`{${wanted.join(',')}}`}::uuid[]`;
    const result = (await db.execute(sql`
      with unprojected as materialized (
        select s.subject_id, p.access_id, a.at
        from ${subjectAccessPending} p join ${subjectAccess} a on a.id = p.access_id
        cross join unnest(a.subject_ids) as s(subject_id)
        where s.subject_id = any(${wantedArray})
          and (${department}::text is null or a.department = ${department}::text)
      )
      select a.*, s.subject_id
      from unnest(${wantedArray}) as s(subject_id)
      cross join lateral (
        (select x.access_id, x.at from ${subjectAccessSubjects} x
         where x.subject_id = s.subject_id
           and (${department}::text is null or exists (
             select 1 from ${subjectAccess} d where d.id = x.access_id and d.department = ${department}::text))
         order by x.at desc, x.access_id desc
         limit ${first})
        union all
        (select u.access_id, u.at from unprojected u where u.subject_id = s.subject_id)
        order by at desc, access_id desc
        limit ${first}
      ) newest
      join ${subjectAccess} a on a.id = newest.access_id
      order by s.subject_id, a.at desc, a.id desc`)) as unknown as { rows: AccessLogRow[] };
    for (const row of result.rows) {
      bySubject.get(String(row.subject_id))?.push({
        id: Number(row.id),
        at: new Date(row.at),
        recordedAt: new Date(row.recorded_at),
        callerId: row.caller_id,
        department: row.department,
        roles: pgArray(row.roles),
        purpose: row.purpose,
        operationName: row.operation_name,
        subjectIds: pgArray(row.subject_ids),
      });
    }
  }
  return ids.map((id) => bySubject.get(id.toLowerCase()) ?? []);
}
