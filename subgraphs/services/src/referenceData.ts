/** Loads the catalogues (matters, templates, rule sets, incentives) on start; rows, not constants. */
import { INCENTIVES, MATTERS, RULE_SETS, TEMPLATES } from './catalogue';
import type { ServicesDb } from './db';
import { approvalMatters, commitmentTemplates, decisionRuleSets, incentives } from './db/schema';

/** Inserts the shipped reference rows that are missing; rows already there (perhaps edited) stay. */
export async function ensureReferenceData(db: ServicesDb): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(approvalMatters).values(MATTERS).onConflictDoNothing();
    await tx.insert(commitmentTemplates).values(TEMPLATES).onConflictDoNothing();
    await tx.insert(decisionRuleSets).values(RULE_SETS).onConflictDoNothing();
    await tx.insert(incentives).values(INCENTIVES).onConflictDoNothing();
  });
}
