/** The listing history: every state change with who, when and why, appended, never rewritten. */
import { sql } from 'drizzle-orm';
import type { Context } from './context';
import type { SanctionsDb } from './db';
import { listingEvents, measureExecutions, type ListingStatus } from './db/schema';

export type Tx = Parameters<Parameters<SanctionsDb['transaction']>[0]>[0];

export async function recordEvent(
  tx: Tx | SanctionsDb,
  ctx: Pick<Context, 'caller' | 'now'>,
  event: { listingId: string; kind: string; from: ListingStatus | null; to: ListingStatus; reason?: string | null; details?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(listingEvents).values({
    listingId: event.listingId,
    kind: event.kind,
    fromStatus: event.from,
    toStatus: event.to,
    actor: ctx.caller.id,
    actorDepartment: ctx.caller.department,
    at: ctx.now,
    reason: event.reason ?? null,
    details: event.details ?? null,
  });
}

/**
 * 双反馈: pushes every measure the listings' types trigger to each implementing department, one
 * statement for any number of listings. Returns the number of pushes.
 */
export async function pushMeasures(tx: Tx | SanctionsDb, listingIds: readonly string[], now: Date): Promise<number> {
  if (!listingIds.length) return 0;
  const result = (await tx.execute(sql`
    insert into sanctions.measure_execution (listing_id, subject_id, measure_code, department, pushed_at)
    select l.id, l.subject_id, m.code, d.department, ${now.toISOString()}::timestamptz
    from sanctions.listing l
    join sanctions.measure m on l.list_type = any(m.list_types)
    cross join lateral unnest(m.departments) as d(department)
    where l.id = any(${sql.param(listingIds)}::uuid[])
    on conflict do nothing
    returning id`)) as unknown as { rows: unknown[] };
  return result.rows.length;
}

/** A listing ended: the measures pushed for it and still unanswered are lifted at once. */
export async function liftMeasures(tx: Tx | SanctionsDb, listingId: string, now: Date): Promise<void> {
  await tx
    .update(measureExecutions)
    .set({ status: 'LIFTED', reportedAt: now, note: 'listing ended before feedback' })
    .where(sql`${measureExecutions.listingId} = ${listingId} and ${measureExecutions.status} = 'PENDING'`);
}
