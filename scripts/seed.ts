/**
 * `pnpm seed --subjects N [--seed S]`: loads a deterministic demo population into each subgraph's
 * database (DATABASE_URL, or the embedded databases: stop `pnpm start` first).
 */
import { parseArgs } from 'node:util';
import { DEMO_SEED } from '@credit/demo-data';
import { seedDemo } from './lib/seedDemo';

const { values } = parseArgs({
  options: {
    subjects: { type: 'string', default: '2000' },
    seed: { type: 'string', default: String(DEMO_SEED) },
  },
});
const subjects = Number(values.subjects);
const seed = Number(values.seed);
if (!Number.isInteger(subjects) || subjects < 1 || !Number.isInteger(seed)) {
  console.error('usage: pnpm seed --subjects N [--seed S]   (N ≥ 1, S an integer)');
  process.exit(2);
}
await seedDemo({ subjects, seed });
