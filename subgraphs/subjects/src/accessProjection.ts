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
 * or another process of this subgraph left pending is taken up. A run takes batches of at most
 * `entries` entries and `rows` by-subject rows until none is left. A failure is logged and left for
 * the next run: the entries stay pending, and the log stays whole meanwhile.
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
  /** Entries a statement projects at most. */
  entries?: number;
  /**
   * By-subject rows a statement writes at most (an entry may name up to 100,000 subjects): the
   * entries are taken oldest first while their rows fit, and always at least one.
   */
  rows?: number;
  /** Where a failed run is reported. */
  log?: (message: string) => void;
}

export function accessProjection(db: SubjectsDb, options: AccessProjectionOptions = {}): AccessProjection {
  const delayMs = options.delayMs ?? 100;
  const limits = { entries: options.entries ?? 500, rows: options.rows ?? 50_000 };
  const log = options.log ?? ((message: string) => console.error(message));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);

  async function projectAll(): Promise<number> {
    let entries = 0;
    for (;;) {
      const { taken, more } = await projectBatch(db, limits);
      entries += taken;
      if (stopped || !more) return entries;
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
 * Writes the by-subject rows of pending entries, oldest first, up to `limits.entries` entries whose
 * rows add up to at most `limits.rows` (the first entry whatever its size), then takes them off the
 * pending table, in one transaction (the table's trigger lets an entry go only once its rows are
 * there). Entries another run holds are skipped, not waited for. Says how many it took, and whether
 * it left pending entries it could have taken (`more`: another batch is due).
 */
export async function projectBatch(db: SubjectsDb, limits: { entries: number; rows: number }): Promise<{ taken: number; more: boolean }> {
  return db.transaction(async (tx) => {
    // The entries are locked first (`for update` cannot share a select with a window); those past
    // the rows' bound stay pending, unlocked at commit.
    const result = (await tx.execute(sql`
      with locked as (
        select access_id from ${subjectAccessPending} order by access_id limit ${limits.entries} for update skip locked
      ), sized as (
        select a.id, a.at, a.subject_ids,
          sum(cardinality(a.subject_ids)) over (order by a.id) as rows_up_to, row_number() over (order by a.id) as n
        from locked join ${subjectAccess} a on a.id = locked.access_id
      ), taken as (
        select id, at, subject_ids from sized where rows_up_to <= ${limits.rows} or n = 1
      ), written as (
        insert into ${subjectAccessSubjects} (subject_id, access_id, at)
        select s.subject_id, taken.id, taken.at from taken cross join unnest(taken.subject_ids) as s(subject_id)
      )
      select coalesce((select string_agg(id::text, ',') from taken), '') as ids, (select count(*)::int from locked) as locked`)) as unknown as {
      rows: { ids: string; locked: number }[];
    };
    const { ids, locked } = result.rows[0] ?? { ids: '', locked: 0 };
    if (!ids) return { taken: 0, more: false };
    await tx.execute(sql`delete from ${subjectAccessPending} where access_id = any(${`{${ids}}`}::bigint[])`);
    const taken = ids.split(',').length;
    return { taken, more: taken < locked || locked === limits.entries };
  });
}
