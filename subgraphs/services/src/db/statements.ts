/**
 * The hot statements, prepared (`prepared` of @credit/db): a subject's exclusions (broken
 * commitments) and the credit check with its log entry.
 */
import { prepared, prepareSql } from '@credit/db';
import { asc, sql, type SQL } from 'drizzle-orm';
import type { ServicesDb } from './index';
import { commitments, creditCheckLog, creditChecks } from './schema';

/** A broken commitment of `subjectId` that is not repaired and still excludes the subject on `today`. */
const excluding = (subjectId: SQL, today: SQL) =>
  sql`${commitments.subjectId} = ${subjectId} and ${commitments.status} = 'BROKEN' and ${commitments.repairedAt} is null
    and (${commitments.excludedUntil} is null or ${commitments.excludedUntil} >= ${today}::date)`;

/** `execute({ subjectIds, today })`: broken, unrepaired commitments still excluding the subjects on `today`. */
export const brokenCommitmentsOf = prepared((db: ServicesDb) =>
  db
    .select({
      id: commitments.id,
      subjectId: commitments.subjectId,
      department: commitments.department,
      excludedUntil: commitments.excludedUntil,
      note: commitments.verificationNote,
    })
    .from(commitments)
    .where(excluding(sql`any(${sql.placeholder('subjectIds')}::text[])`, sql`${sql.placeholder('today')}`))
    .orderBy(asc(commitments.verifiedAt))
    .prepare('broken_commitments_of'),
);

/**
 * `execute({ checks, at, callerId, department, roles, purpose, assumedClear, today })`, `checks` a
 * JSON array of the checks made (`subject_id, matter_code, application_id, decision, reasons,
 * missing_inputs, inputs, grade, measure_codes, rule_set_version`): stores each check unless its
 * application, matter and subject has one already, and logs every ask, in one statement. It
 * returns the stored checks (`returning *`); an ask that found its check stored is logged as a
 * replay. The conflict's no-op update locks and returns the existing row, one a concurrent ask has
 * just committed included; `xmax = 0` marks the rows this statement inserted.
 *
 * With `assumedClear` the checks were decided without exclusions, read nowhere: an ask whose
 * subject has an exclusion on `today` is neither stored nor logged nor returned, and the caller
 * decides it again with its exclusions. The common case (no broken commitment) so costs one
 * statement, and the test and the write see the same snapshot.
 */
export const storeChecks = prepared((db: ServicesDb) =>
  prepareSql<Record<string, unknown>>(
    db,
    'store_credit_checks',
    sql`
      with asked as (
        select * from jsonb_to_recordset(${sql.placeholder('checks')}::jsonb) as a(
          subject_id text, matter_code text, application_id text, decision services.check_decision, reasons jsonb,
          missing_inputs text[], inputs jsonb, grade text, measure_codes text[], rule_set_version text)
      ),
      stored as (
        insert into ${creditChecks} as c (subject_id, matter_code, application_id, decision, reasons, missing_inputs, inputs, grade,
          measure_codes, rule_set_version, checked_at, checked_by, department, purpose)
        select subject_id, matter_code, application_id, decision, reasons, missing_inputs, inputs, grade, measure_codes, rule_set_version,
          ${sql.placeholder('at')}::timestamptz, ${sql.placeholder('callerId')}::text, ${sql.placeholder('department')}::text, ${sql.placeholder('purpose')}::text
        from asked
        where not (${sql.placeholder('assumedClear')}::boolean
          and exists (select from ${commitments} where ${excluding(sql`asked.subject_id`, sql`${sql.placeholder('today')}`)}))
        on conflict (application_id, matter_code, subject_id) do update set application_id = excluded.application_id
        returning c.*, (c.xmax = 0) as fresh
      ),
      logged as (
        insert into ${creditCheckLog} (check_id, asked_at, caller_id, department, roles, purpose, replay, inputs, decision)
        select stored.id, ${sql.placeholder('at')}::timestamptz, ${sql.placeholder('callerId')}::text, ${sql.placeholder('department')}::text,
          ${sql.placeholder('roles')}::text[], ${sql.placeholder('purpose')}::text, not stored.fresh, asked.inputs, stored.decision
        from stored join asked using (application_id, matter_code, subject_id)
      )
      select * from stored`,
  ),
);
