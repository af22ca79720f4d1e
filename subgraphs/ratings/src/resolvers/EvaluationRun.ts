import { eq } from 'drizzle-orm';
import { currentRun } from '../db/schema';
import type { EvaluationRunResolvers } from '../generated/graphql';

export const EvaluationRun: EvaluationRunResolvers = {
  inputNotes: (run) => Object.entries(run.inputNotes).map(([source, note]) => ({ source, note })),
  async current(run, _args, { db }) {
    const [row] = await db.select().from(currentRun).where(eq(currentRun.runId, run.id));
    return Boolean(row);
  },
};
