/**
 * Demo commitments for the demo population (@credit/demo-data): about one organisation in eight has
 * made a commitment for one of its department's matters, from the matter's template; most older ones
 * were verified kept, some partly kept, one in twenty broken (excluding the subject for a year).
 * Deterministic, set-based (one unnest insert per round), idempotent (ids derived from the seed).
 */
import { createHash } from 'node:crypto';
import { demoSubject, inDemoBatches, isOrganisationIndex, Random, type DemoSeedOptions } from '@credit/demo-data';
import { count as countRows, sql } from 'drizzle-orm';
import { unnestInsert } from '@credit/db';
import { MATTERS, TEMPLATES } from './catalogue';
import { addDays, addMonths } from './commitments';
import type { ServicesDb } from './db';
import { commitments } from './db/schema';
import { ensureReferenceData } from './referenceData';

const ROUND = 20_000;
const TODAY = '2026-11-01';

/** A stable uuid for the demo commitment of subject `index`. */
function demoId(seed: number, index: number): string {
  const hex = createHash('sha256').update(`services-demo-commitment:${seed}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function seedCommitments(db: ServicesDb, options: Omit<DemoSeedOptions, 'from'>): Promise<number> {
  await ensureReferenceData(db);
  const matterTemplates = TEMPLATES.filter((t) => t.kind === 'REPLACES_APPROVAL' || t.kind === 'MISSING_MATERIALS' || t.kind === 'CERTIFICATION');
  let total = 0;
  await inDemoBatches(options, ROUND, async (start, end) => {
    const rows: (typeof commitments.$inferInsert)[] = [];
    for (let i = start; i < end; i++) {
      if (!isOrganisationIndex(i)) continue;
      const random = new Random(Math.imul(i + 7, 0x27d4eb2d) ^ options.seed);
      if (!random.chance(0.125)) continue;
      const subject = demoSubject(options.seed, i);
      const template = matterTemplates[random.int(0, matterTemplates.length - 1)]!;
      const daysAgo = random.int(5, 400);
      const madeOn = addDays(TODAY, -daysAgo);
      const deadline = addDays(madeOn, template.deadlineDays);
      const due = deadline < TODAY;
      const r = random.next();
      const status = !due ? 'PENDING' : r < 0.05 ? 'BROKEN' : r < 0.12 ? 'PARTLY_KEPT' : 'KEPT';
      const department = MATTERS.find((m) => m.code === template.matterCode)!.department;
      rows.push({
        id: demoId(options.seed, i),
        subjectId: subject.id,
        matterCode: template.matterCode,
        kind: template.kind,
        text: template.text.replaceAll('{subject}', subject.name),
        conditions: template.conditions,
        deadline,
        madeBy: 'SUBJECT',
        madeByCaller: `subject-${subject.id}`,
        department,
        madeAt: new Date(`${madeOn}T02:00:00Z`),
        status,
        verificationNote: status === 'KEPT' ? null : status === 'PARTLY_KEPT' ? '部分承诺事项逾期完成' : '承诺事项未履行，材料不实',
        verifiedBy: status === 'PENDING' ? null : `officer-${department.toLowerCase()}`,
        verifiedDepartment: status === 'PENDING' ? null : department,
        verifiedAt: status === 'PENDING' ? null : new Date(`${deadline}T08:00:00Z`),
        excludedUntil: status === 'BROKEN' ? addMonths(deadline, 12) : null,
      });
    }
    if (rows.length) {
      await db.execute(sql`${unnestInsert(commitments, Object.keys(rows[0]!) as (keyof (typeof rows)[number])[], rows)} on conflict do nothing`);
      total += rows.length;
    }
  });
  return total;
}

export async function countCommitments(db: ServicesDb): Promise<number> {
  const [row] = await db.select({ n: countRows() }).from(commitments);
  return Number(row?.n ?? 0);
}

export { countCommitments as count, seedCommitments as seed };
