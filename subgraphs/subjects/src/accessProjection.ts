import { sql } from 'drizzle-orm';
import type { SubjectsDb } from './db';
import { subjectAccess, subjectAccessPending, subjectAccessSubjects } from './db/schema';

/**
 * The access log's by-subject rows, written after the entries. The gateway waits for an access
 * entry's commit before it answers (src/audit.ts); that commit is the entry and its mark in
 * `subject_access_pending`, one heap row each however many subjects it names. The rows of
 * `subject_access_subject` (one per subject, each in its own place in the by-subject index: most of
 * the write's cost for a page of 50) are written here, a moment later and in bulk, off the path of
 * any answer. Nothing waits for them to be readable: a subject's log reads the pending entries too.
 *
 * When it runs: soon after each write (`written()`, at most one run at a time, the writes of that
 * moment taken together), and every `sweepMs` whatever happens, so that what a failed run, a crash
 * or another process of this subgraph left pending is taken up. A run takes batches of `batch`
 * entries until none is left. A failure is logged and left for the next run: the entries stay
 * pending, and the log stays whole meanwhile.
 */
export interface AccessProjection {
  /** Entries were just written: project them soon. */
  written(): void;
  /** Projects every pending entry now (after any run under way); resolves with how many it took. */
  drain(): Promise<number>;
  /** Stops the timers and waits for a run under way (before the database closes). */
  stop(): Promise<void>;
}

export interface AccessProjectionOptions {
  /** How long after a write the run starts, so that the writes of that moment go together. */
  delayMs?: number;
  /** The run that happens whether or not anything was written (leftovers, other processes). */
  sweepMs?: number;
  /** Entries a statement projects. */
  batch?: number;
  /** Where a failed run is reported. */
  log?: (message: string) => void;
}

export function accessProjection(db: SubjectsDb, options: AccessProjectionOptions = {}): AccessProjection {
  const delayMs = options.delayMs ?? 100;
  const batch = options.batch ?? 500;
  const log = options.log ?? ((message: string) => console.error(message));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);

  async function projectAll(): Promise<number> {
    let entries = 0;
    for (;;) {
      const taken = await projectBatch(db, batch);
      entries += taken;
      if (stopped || taken < batch) return entries;
    }
  }
  function run(): Promise<number> {
    running = running.then(projectAll, projectAll);
    return running;
  }
  function runLogged(): void {
    timer = undefined;
    run().catch((error: unknown) => log(`subjects: the access log's by-subject rows were not written, the entries stay pending until the next run: ${(error as Error).message}`));
  }
  const sweep = setInterval(() => timer ?? runLogged(), options.sweepMs ?? 10_000);
  sweep.unref();

  return {
    written() {
      if (!stopped) timer ??= setTimeout(runLogged, delayMs).unref();
    },
    drain: run,
    async stop() {
      stopped = true;
      clearInterval(sweep);
      clearTimeout(timer);
      await running.catch(() => undefined);
    },
  };
}

/**
 * Writes the by-subject rows of up to `limit` pending entries, oldest first, then takes them off the
 * pending table, in one transaction (the table's trigger lets an entry go only once its rows are
 * there). Entries another run holds are skipped, not waited for. Returns how many it took.
 */
export async function projectBatch(db: SubjectsDb, limit: number): Promise<number> {
  return db.transaction(async (tx) => {
    const result = (await tx.execute(sql`
      with taken as (
        select access_id from ${subjectAccessPending} order by access_id limit ${limit} for update skip locked
      ), written as (
        insert into ${subjectAccessSubjects} (subject_id, access_id, at)
        select s.subject_id, a.id, a.at
        from taken join ${subjectAccess} a on a.id = taken.access_id cross join unnest(a.subject_ids) as s(subject_id)
      )
      select coalesce(string_agg(access_id::text, ','), '') as ids from taken`)) as unknown as { rows: { ids: string }[] };
    const ids = result.rows[0]?.ids ?? '';
    if (!ids) return 0;
    await tx.execute(sql`delete from ${subjectAccessPending} where access_id = any(${`{${ids}}`}::bigint[])`);
    return ids.split(',').length;
  });
}
