/**
 * `pnpm bench:draw [--subjects 1000000] [--inspectors 50] [--draws 3]`: a 双随机 draw over a population
 * of evaluated subjects. Seeds a completed evaluation run offline (synthetic inputs, no gateway)
 * into a fresh database (PostgreSQL with DATABASE_URL, else embedded), then times drawing plans
 * over every subject (reading the strata, the draw itself, storing the plan) and verifying one.
 */
import { parseArgs } from 'node:util';
import { createDatabase } from '@credit/db/testing';
import { openRatingsDatabase } from '@credit/ratings/db';
import { drawPlan, verifyPlan } from '@credit/ratings/plans';
import { seedEvaluations } from '@credit/ratings/seed';
import { progressBar } from './lib/progress';

const { values } = parseArgs({
  options: { subjects: { type: 'string', default: '1000000' }, inspectors: { type: 'string', default: '50' }, draws: { type: 'string', default: '3' } },
});
const subjects = Number(values.subjects);
const serverUrl = process.env.DATABASE_URL;
const target = serverUrl ? await createDatabase(serverUrl, 'bench_draw') : { url: undefined, drop: async () => {} };
const database = await openRatingsDatabase({ url: target.url });
const backend = serverUrl ? 'PostgreSQL' : 'embedded PGlite';

try {
  const bar = progressBar('evaluations', subjects);
  let started = performance.now();
  await seedEvaluations(database.db, { count: subjects, onProgress: bar.update });
  bar.stop();
  console.log(`seeded ${subjects} evaluations (offline) on ${backend} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const inspectors = Array.from({ length: Number(values.inspectors) }, (_, i) => ({ id: `SCJG-${String(i).padStart(3, '0')}`, conflicts: [] as string[] }));
  let planId = '';
  for (let d = 0; d < Number(values.draws); d++) {
    started = performance.now();
    const { plan, result, timings } = await drawPlan(database.db, {
      department: 'SCJGJ',
      period: '2026-Q4',
      scope: { industryPrefix: null, regionPrefix: null, kinds: null },
      inspectors,
      inspectorsPerSubject: 2,
      seed: `bench-seed-${d}`,
      drawnBy: 'bench',
      now: new Date(),
    });
    planId = plan.id;
    const seconds = (performance.now() - started) / 1000;
    const strata = result.strata.map((s) => `${s.grade} ${s.drawn}/${s.candidates}`).join(', ');
    console.log(
      `draw ${d + 1}: ${plan.candidates} candidates, ${result.items.length} drawn (${strata}) in ${seconds.toFixed(2)} s ` +
        `(read strata ${(timings.readMs / 1000).toFixed(2)} s, draw ${(timings.drawMs / 1000).toFixed(2)} s, store ${(timings.storeMs / 1000).toFixed(2)} s)`);
  }
  started = performance.now();
  const verification = await verifyPlan(database.db, planId);
  console.log(`verify: matches=${verification.matches} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
} finally {
  await database.close();
  await target.drop();
}
