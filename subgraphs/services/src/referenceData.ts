/** Loads the catalogues (matters, templates, rule sets, incentives) on start; rows, not constants. */
import { insertMissing, shipped } from '@credit/kit';
import { INCENTIVES, MATTERS, RULE_SETS, TEMPLATES } from './catalogue';
import type { ServicesDb } from './db';
import { approvalMatters, commitmentTemplates, decisionRuleSets, incentives } from './db/schema';

export const REFERENCE_DATA = [shipped(approvalMatters, MATTERS), shipped(commitmentTemplates, TEMPLATES), shipped(decisionRuleSets, RULE_SETS), shipped(incentives, INCENTIVES)];

/** Inserts the shipped reference rows that are missing (seeds and tests; the server's start does it through `defineSubgraph`); rows already there (perhaps edited) stay. */
export async function ensureReferenceData(db: ServicesDb): Promise<void> {
  await insertMissing(db, REFERENCE_DATA);
}
