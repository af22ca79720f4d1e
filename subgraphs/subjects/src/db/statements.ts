/**
 * The hot statements, prepared (`prepared` of @credit/db): subjects by id (entity references) and
 * by code (`subjectByCode`, `subjectsByCodes`), and the access log's group commit.
 */
import { prepared, prepareSql } from '@credit/db';
import { sql } from 'drizzle-orm';
import type { SubjectsDb } from './index';
import { subjectAccess, subjectAccessPending, subjectAccessSubjects, subjects } from './schema';

/** `execute({ ids })`: the subjects with these ids (lower-case UUIDs). */
export const subjectsById = prepared((db: SubjectsDb) =>
  db.select().from(subjects).where(sql`${subjects.id} = any(${sql.placeholder('ids')}::uuid[])`).prepare('subjects_by_id'),
);

/** `execute({ codes })`: the subjects with these codes (normalised). */
export const subjectsByCode = prepared((db: SubjectsDb) =>
  db.select().from(subjects).where(sql`${subjects.code} = any(${sql.placeholder('codes')}::text[])`).prepare('subjects_by_code'),
);

/**
 * `execute({ entries })`: appends access entries (a JSON array of `{ at, caller_id, department,
 * roles, purpose, operation_name, subject_ids }`) and marks them for the projection
 * (`subject_access_pending`), in one statement: a heap row and index entries per entry, however
 * many subjects it names. Their by-subject rows come after (src/accessProjection.ts).
 */
export const insertAccesses = prepared((db: SubjectsDb) =>
  prepareSql<never>(
    db,
    'insert_subject_accesses',
    sql`
      with entry as (
        insert into ${subjectAccess} (at, caller_id, department, roles, purpose, operation_name, subject_ids)
        select at, caller_id, department, roles, purpose, operation_name, subject_ids
        from jsonb_to_recordset(${sql.placeholder('entries')}::jsonb)
          as e(at timestamptz, caller_id text, department text, roles text[], purpose text, operation_name text, subject_ids uuid[])
        returning id
      )
      insert into ${subjectAccessPending} (access_id) select id from entry`,
  ),
);
