/**
 * Demo data of the ratings subgraph, from the shared demo population (`demoSubject(seed, i)`):
 * industry ratings from competent departments and market ratings from the registered agencies for
 * some organisations. Evaluations are not seeded here: they come from an evaluation run through the
 * gateway after start (`src/afterStart.ts`), or, for benchmarks, from
 * `seedEvaluations` below (offline, synthetic inputs).
 */
import { randomUUID } from 'node:crypto';
import { unnestInsert } from '@credit/db';
import type { DepartmentCode } from '@credit/departments';
import { DEMO_SEED, Random, demoSubject, inDemoBatches, isOrganisationIndex, type DemoSeedOptions } from '@credit/demo-data';
import { sql } from 'drizzle-orm';
import type { RatingsDb } from './db';
import { evaluations, industryRatings, marketRatings, runs, type Grade } from './db/schema';
import { completeRun, evaluationRow, openRun } from './evaluation/run';
import { scoreSubject, type Inputs } from './evaluation/score';
import { modelInForce, policyInForce } from './model/load';
import { ensureReferenceData } from './model/referenceData';

const BATCH = 5000;
const GRADES: Grade[] = ['A', 'A', 'B', 'B', 'B', 'C', 'D'];
/** The competent departments that rate, by their code in the departments directory, and what they rate. */
const RATERS: { department: DepartmentCode; industry: string }[] = [
  { department: 'SCJGJ', industry: '食品生产经营' },
  { department: 'ZJJ', industry: '建筑施工' },
  { department: 'JTYSJ', industry: '道路运输' },
  { department: 'STHJJ', industry: '环境信用' },
];
const AGENCIES = ['XYFW-001', 'XYFW-002'];

export async function countRatings(db: RatingsDb): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(industryRatings);
  return row?.n ?? 0;
}

/** Industry ratings for every 7th organisation, market ratings for every 11th: one statement per batch. */
export async function seedRatings(db: RatingsDb, options: DemoSeedOptions): Promise<void> {
  await ensureReferenceData(db);
  const submittedAt = new Date('2026-06-30T02:00:00Z');
  await inDemoBatches(options, BATCH, async (start, end) => {
    const industry: (typeof industryRatings.$inferInsert)[] = [];
    const market: (typeof marketRatings.$inferInsert)[] = [];
    for (let i = start; i < end; i++) {
      if (!isOrganisationIndex(i)) continue;
      const random = new Random(Math.imul(i + 7, 0x85ebca6b) ^ options.seed);
      const subject = demoSubject(options.seed, i);
      if (i % 7 === 0) {
        const rater = RATERS[random.int(0, RATERS.length - 1)]!;
        industry.push({
          id: randomUUID(),
          subjectId: subject.id,
          ...rater,
          grade: GRADES[random.int(0, GRADES.length - 1)]!,
          validFrom: '2026-01-01',
          validTo: '2027-12-31',
          basis: `${rater.industry}信用评价 2026 (demo)`,
          submittedBy: `demo-${rater.department.toLowerCase()}`,
          submittedAt,
        });
      }
      if (i % 11 === 0) {
        const agency = AGENCIES[random.int(0, AGENCIES.length - 1)]!;
        market.push({
          id: randomUUID(),
          subjectId: subject.id,
          agency,
          grade: GRADES[random.int(0, GRADES.length - 1)]!,
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
          basis: `${agency} 信用评级报告 (demo)`,
          submittedBy: `demo-${agency.toLowerCase()}`,
          submittedAt,
        });
      }
    }
    if (industry.length) {
      await db.execute(
        sql`${unnestInsert(industryRatings, ['id', 'subjectId', 'department', 'industry', 'grade', 'validFrom', 'validTo', 'basis', 'submittedBy', 'submittedAt'], industry)} on conflict do nothing`,
      );
    }
    if (market.length) {
      await db.execute(
        sql`${unnestInsert(marketRatings, ['id', 'subjectId', 'agency', 'grade', 'validFrom', 'validTo', 'basis', 'submittedBy', 'submittedAt'], market)} on conflict do nothing`,
      );
    }
  });
}

/** Synthetic inputs for subject `i`: mostly clean, some penalties, a few listings. */
function syntheticInputs(random: Random, status: string): Inputs {
  const r = random.next();
  return {
    seriousPenalties: r < 0.05 ? random.int(1, 3) : 0,
    generalPenalties: r < 0.25 ? random.int(1, 4) : 0,
    seriousDishonestyListings: r < 0.02 ? 1 : 0,
    keyAttentionListings: r < 0.04 ? 1 : 0,
    redListListings: r > 0.97 ? 1 : 0,
    brokenCommitments: r < 0.06 ? 1 : 0,
    keptCommitments: random.int(0, 3),
    honours: r > 0.9 ? random.int(1, 3) : 0,
    licenceRevoked: status === 'REVOKED' ? 1 : 0,
    abnormalOperation: status === 'ABNORMAL' ? 1 : 0,
  };
}

/**
 * The offline path for benchmarks: a completed evaluation run over demo subjects 0 .. count-1 with
 * synthetic inputs (no gateway), scored by the model in force and stored set-based.
 */
export async function seedEvaluations(
  db: RatingsDb,
  options: { count: number; seed?: number; asOf?: string; onProgress?: (done: number) => void },
): Promise<string> {
  await ensureReferenceData(db);
  const seed = options.seed ?? DEMO_SEED;
  const asOf = options.asOf ?? '2026-11-01';
  const model = (await modelInForce(db, asOf))!;
  const policy = (await policyInForce(db, asOf))!;
  const run = await openRun(db, asOf, 'seed', new Date());
  const stamp = { runId: run.id, evaluatedAt: new Date(), modelVersion: model.model.version, policyVersion: policy.version };
  await inDemoBatches(options, BATCH, async (start, end) => {
    const rows: (typeof evaluations.$inferInsert)[] = [];
    for (let i = start; i < end; i++) {
      const subject = demoSubject(seed, i);
      const scored = scoreSubject(model, policy, syntheticInputs(new Random(Math.imul(i + 13, 0xc2b2ae35) ^ seed), subject.status), [], []);
      const kind = isOrganisationIndex(i) ? 'ENTERPRISE' : 'NATURAL_PERSON';
      rows.push(evaluationRow({ id: subject.id, kind, industryCode: subject.industryCode, regionCode: subject.regionCode }, scored, stamp));
    }
    await db.execute(sql`${unnestInsert(evaluations, Object.keys(rows[0]!) as (keyof (typeof rows)[number])[], rows)} on conflict do nothing`);
    await db.update(runs).set({ subjectsDone: end, updatedAt: new Date() }).where(sql`${runs.id} = ${run.id}`);
  });
  await completeRun(db, run.id, new Date());
  await db.execute(sql`analyze ratings.evaluation`);
  return run.id;
}

export { countRatings as count, seedRatings as seed };
