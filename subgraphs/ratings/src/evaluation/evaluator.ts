import type { RatingsDb } from '../db';
import type { RunRow } from '../db/schema';
import type { InputReader } from './inputs';
import { continueOpenRun, openRun, type RunProgress } from './run';

/**
 * Starts evaluation runs for the `runEvaluation` mutation: one at a time per process, continued in
 * the background (a run over millions of subjects outlives any request).
 */
export class Evaluator {
  private active: { runId: string; done: Promise<RunRow | null> } | null = null;
  private last: Promise<RunRow | null> = Promise.resolve(null);

  constructor(
    private readonly db: RatingsDb,
    private readonly reader: () => InputReader,
    private readonly onProgress?: (progress: RunProgress) => void,
  ) {}

  async start(asOf: string, startedBy: string): Promise<{ run: RunRow; resumed: boolean }> {
    if (this.active) {
      const run = await this.db.query.runs.findFirst({ where: (r, { eq }) => eq(r.id, this.active!.runId) });
      if (run && run.status === 'RUNNING') return { run, resumed: true };
    }
    const { resumed, ...run } = await openRun(this.db, asOf, startedBy, new Date());
    const done = continueOpenRun(this.db, this.reader(), run, { asOf, startedBy, onProgress: this.onProgress }).catch((error: Error) => {
      console.error(`ratings: evaluation run ${run.id} failed (previous grades stay in force): ${error.message}`);
      return null;
    });
    this.active = { runId: run.id, done };
    this.last = done;
    void done.finally(() => {
      if (this.active?.runId === run.id) this.active = null;
    });
    return { run, resumed };
  }

  /** Resolves when the last run started ends: its final row, or null when it failed. */
  idle(): Promise<RunRow | null> {
    return this.last;
  }
}
