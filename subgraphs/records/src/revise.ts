/** Changes a stored record as a new version: the current row is archived whole first. */
import { eq, sql } from 'drizzle-orm';
import type { RecordsDb } from './db';
import { creditRecords, type CreditRecordRow, type NewCreditRecordRow } from './db/schema';

type Transaction = Parameters<Parameters<RecordsDb['transaction']>[0]>[0];

export interface Revision {
  change: 'OBJECTION_CORRECTED' | 'OBJECTION_REVOKED' | 'REPAIRED';
  by: string;
  at: Date;
  reason: string | null;
  set: Partial<NewCreditRecordRow>;
}

export async function reviseRecord(tx: Transaction | RecordsDb, recordId: string, revision: Revision): Promise<CreditRecordRow> {
  await tx.execute(sql`
    insert into records.record_version (record_id, version, status, change, changed_by, changed_at, reason, snapshot)
    select r.id, r.version, r.status, r.change, r.changed_by, r.changed_at, r.change_reason, to_jsonb(r) - 'fingerprint'
    from records.credit_record r where r.id = ${recordId}`);
  const [row] = await tx
    .update(creditRecords)
    .set({
      ...revision.set,
      version: sql`${creditRecords.version} + 1`,
      change: revision.change,
      changedBy: revision.by,
      changedAt: revision.at,
      changeReason: revision.reason,
    })
    .where(eq(creditRecords.id, recordId))
    .returning();
  return row!;
}
