/** The hot statements, prepared (`prepared` of @credit/db): the ratings in force. */
import { prepared } from '@credit/db';
import { eq, sql } from 'drizzle-orm';
import type { RatingsDb } from './index';
import { currentRun, evaluations, runs } from './schema';

/** `execute({ ids })`: the evaluations in force (the current run's) of the subjects (lower-case UUIDs). */
export const currentEvaluations = prepared((db: RatingsDb) =>
  db
    .select({ evaluation: evaluations, asOf: runs.asOf, inputNotes: runs.inputNotes })
    .from(evaluations)
    .innerJoin(runs, eq(runs.id, evaluations.runId))
    .where(
      sql`${evaluations.runId} = (select ${currentRun.runId} from ${currentRun} limit 1)
        and ${evaluations.subjectId} = any(${sql.placeholder('ids')}::uuid[])`,
    )
    .prepare('current_evaluations'),
);
