import type { ApolloServerPlugin } from '@apollo/server';
import { sql } from 'drizzle-orm';
import type { Context } from './context';
import type { SubjectsDb } from './db';
import { subjectAccess, type AccessRow } from './db/schema';
import type { SubjectAccessInput } from './generated/graphql';
import { isSubjectId } from './loaders';

/**
 * The access log. Design: this subgraph owns it (the table and `Subject.accessLog`), because the log
 * is information about subjects, and a subject's viewers read it next to the subject. The gateway
 * writes it: only the gateway sees a whole client operation (the caller, its purpose, the operation
 * name, and every subject it touched in every subgraph), so it records one entry per operation by
 * calling `recordSubjectAccess` here directly with its signed service identity. That field is
 * `@inaccessible` (absent from the public API) and refused to any other caller. No subgraph reads
 * another's tables: records and others only ever see subject ids, and the log stays here.
 */

/** Response extension in which this subgraph tells the gateway which subjects it disclosed. */
export const DISCLOSED_EXTENSION = 'subjectsDisclosed';

/** Adds the ids of the subjects this request disclosed to the response, for the gateway's audit. */
export function reportDisclosures(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const ids = contextValue.access.disclosed;
          if (ids.size === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [DISCLOSED_EXTENSION]: [...ids] };
        },
      };
    },
  };
}

export const MAX_ACCESS_LOG_PAGE = 200;
const MAX_SUBJECTS_PER_ENTRY = 100_000;

/** Appends one access; refuses malformed entries rather than storing half of one. */
export async function recordAccess(db: SubjectsDb, input: SubjectAccessInput): Promise<void> {
  const ids = [...new Set(input.subjectIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0 || ids.length > MAX_SUBJECTS_PER_ENTRY || !ids.every(isSubjectId)) {
    throw new Error(`an access entry names 1 to ${MAX_SUBJECTS_PER_ENTRY} subject ids, all UUIDs`);
  }
  await db.insert(subjectAccess).values({
    at: new Date(input.at),
    callerId: input.callerId,
    department: input.department ?? null,
    roles: input.roles,
    purpose: input.purpose ?? null,
    operationName: input.operationName ?? null,
    subjectIds: ids,
  });
}

interface AccessLogRow {
  id: string;
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

/** The newest `first` accesses of each subject, in one query (GIN index on subject_ids). */
export async function accessLogOf(db: SubjectsDb, ids: readonly string[], first: number): Promise<AccessRow[][]> {
  const wanted = [...new Set(ids.filter(isSubjectId).map((id) => id.toLowerCase()))];
  const bySubject = new Map<string, AccessRow[]>(wanted.map((id) => [id, []]));
  if (wanted.length > 0) {
    const list = sql`array[${sql.join(wanted.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
    const result = (await db.execute(sql`
      select * from (
        select a.*, s.subject_id,
               row_number() over (partition by s.subject_id order by a.at desc, a.id desc) as n
        from ${subjectAccess} a cross join lateral unnest(a.subject_ids) as s(subject_id)
        where a.subject_ids && ${list} and s.subject_id = any(${list})
      ) ranked
      where n <= ${first}
      order by subject_id, n`)) as unknown as { rows: AccessLogRow[] };
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
