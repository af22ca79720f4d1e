import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const ratingsSchema = pgSchema('ratings');

export const grade = ratingsSchema.enum('grade', ['A', 'B', 'C', 'D']);
export const runStatus = ratingsSchema.enum('run_status', ['RUNNING', 'COMPLETED', 'FAILED']);
export const ruleCondition = ratingsSchema.enum('rule_condition', ['AT_LEAST', 'UNKNOWN']);
export const ruleEffect = ratingsSchema.enum('rule_effect', ['FORCE', 'AT_BEST']);
export const agencyStatus = ratingsSchema.enum('agency_status', ['ACTIVE', 'SUSPENDED', 'DEREGISTERED']);
export const inspectionOutcome = ratingsSchema.enum('inspection_outcome', [
  'NO_ISSUES',
  'ISSUES_RECTIFIED',
  'ISSUES_FOUND',
  'NOT_FOUND_AT_ADDRESS',
]);

/**
 * The public credit comprehensive evaluation model (公共信用综合评价), versioned and effective-dated:
 * the version in force on a run's `asOf` date scores it. A new model is new rows, never an edit.
 */
export const models = ratingsSchema.table('model', {
  version: text('version').primaryKey(),
  title: text('title').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  /** Inclusive; null while in force. */
  effectiveTo: date('effective_to', { mode: 'string' }),
  /** Every subject starts from this score; indicators add or deduct. */
  baseScore: doublePrecision('base_score').notNull(),
  scoreMin: doublePrecision('score_min').notNull(),
  scoreMax: doublePrecision('score_max').notNull(),
  /** Lowest score of each grade; below `minC` is D. */
  minA: doublePrecision('min_a').notNull(),
  minB: doublePrecision('min_b').notNull(),
  minC: doublePrecision('min_c').notNull(),
  /** How many years back dated inputs count (penalties "in the last three years"). */
  lookbackYears: integer('lookback_years').notNull(),
});

/** One indicator of a model: which input it reads, and the points each unit adds (negative: deducts). */
export const modelIndicators = ratingsSchema.table(
  'model_indicator',
  {
    modelVersion: text('model_version')
      .notNull()
      .references(() => models.version),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Key of the input in the reader's table (src/evaluation/inputs.ts), e.g. `seriousPenalties`. */
    input: text('input').notNull(),
    pointsPerUnit: doublePrecision('points_per_unit').notNull(),
    /** Units beyond this count no more (a cap on the indicator's contribution). */
    maxUnits: doublePrecision('max_units').notNull(),
    /** Contribution when the input is unknown (a subgraph missing or failing): never a bonus. */
    unknownPoints: doublePrecision('unknown_points').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelVersion, t.code] })],
);

/**
 * Overriding rules, applied after the score: `FORCE` sets the grade (on the serious dishonesty list
 * ⇒ D), `AT_BEST` caps it (an unknown input ⇒ at best B). No combination lifts a grade past them.
 */
export const modelRules = ratingsSchema.table(
  'model_rule',
  {
    modelVersion: text('model_version')
      .notNull()
      .references(() => models.version),
    code: text('code').notNull(),
    description: text('description').notNull(),
    condition: ruleCondition('condition').notNull(),
    /** The indicator the condition reads; for UNKNOWN, null means "any indicator". */
    indicator: text('indicator'),
    minValue: doublePrecision('min_value'),
    effect: ruleEffect('effect').notNull(),
    grade: grade('grade').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelVersion, t.code] })],
);

/**
 * How the public evaluation, industry ratings and market ratings combine (effective-dated): a
 * weighted mean of the components present, each grade worth `gradePoints`; the model's overriding
 * rules apply after it.
 */
export const combinationPolicies = ratingsSchema.table('combination_policy', {
  version: text('version').primaryKey(),
  description: text('description').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  effectiveTo: date('effective_to', { mode: 'string' }),
  publicWeight: doublePrecision('public_weight').notNull(),
  industryWeight: doublePrecision('industry_weight').notNull(),
  marketWeight: doublePrecision('market_weight').notNull(),
  /** Points an industry or market grade stands for: `{ "A": 95, "B": 80, "C": 55, "D": 20 }`. */
  gradePoints: jsonb('grade_points').$type<Record<'A' | 'B' | 'C' | 'D', number>>().notNull(),
});

/** An evaluation run: resumable from `cursor`, its grades current only once it completes. */
export const runs = ratingsSchema.table(
  'run',
  {
    id: uuid('id').primaryKey(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    modelVersion: text('model_version')
      .notNull()
      .references(() => models.version),
    policyVersion: text('policy_version')
      .notNull()
      .references(() => combinationPolicies.version),
    status: runStatus('status').notNull(),
    /** The subject listing's cursor after the last stored page; null before the first. */
    cursor: text('cursor'),
    subjectsDone: integer('subjects_done').notNull().default(0),
    /** Inputs found missing for the whole run (a subgraph or a field the supergraph lacks). */
    unknownInputs: text('unknown_inputs').array().notNull().default(sql`'{}'`),
    /** How each input was read in this run (e.g. a summary without a date window), for explanations. */
    inputNotes: jsonb('input_notes').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    startedBy: text('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [index('run_status_idx').on(t.status, t.startedAt)],
);

/** Which completed run's grades are in force: one row, switched in the transaction that completes a run. */
export const currentRun = ratingsSchema.table('current_run', {
  singleton: boolean('singleton').primaryKey().default(true),
  runId: uuid('run_id')
    .notNull()
    .references(() => runs.id),
  switchedAt: timestamp('switched_at', { withTimezone: true }).notNull(),
});

/** One subject's evaluation in one run, with its explanation; immutable once written. */
export const evaluations = ratingsSchema.table(
  'evaluation',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id),
    subjectId: uuid('subject_id').notNull(),
    grade: grade('grade').notNull(),
    score: doublePrecision('score').notNull(),
    /** The public evaluation alone, before industry and market ratings. */
    publicScore: doublePrecision('public_score').notNull(),
    publicGrade: grade('public_grade').notNull(),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull(),
    modelVersion: text('model_version').notNull(),
    policyVersion: text('policy_version').notNull(),
    /** From the subjects subgraph at evaluation time, for distributions and draw scopes. */
    kind: text('kind'),
    industryCode: text('industry_code'),
    regionCode: text('region_code'),
    /** Each indicator's input value, in the model's indicator order; NaN where the input was unknown. */
    indicatorValues: doublePrecision('indicator_values').array().notNull(),
    /** Each indicator's contribution to the public score, in the same order. */
    contributions: doublePrecision('contributions').array().notNull(),
    /** Mean points of the valid industry ratings and of the market ratings (null: none). */
    industryPoints: doublePrecision('industry_points'),
    marketPoints: doublePrecision('market_points'),
    /** Codes of the model's overriding rules that changed the grade. */
    appliedRules: text('applied_rules').array().notNull(),
    unknownInputs: integer('unknown_inputs').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.subjectId] }),
    index('evaluation_subject_idx').on(t.subjectId, t.evaluatedAt.desc()),
    // Draws read one run's strata.
    index('evaluation_run_grade_idx').on(t.runId, t.grade),
  ],
);

/** Grades given by the competent departments (行业信用评价), each for one industry and period. */
export const industryRatings = ratingsSchema.table(
  'industry_rating',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id').notNull(),
    department: text('department').notNull(),
    industry: text('industry').notNull(),
    grade: grade('grade').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    basis: text('basis').notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('industry_rating_subject_idx').on(t.subjectId, t.validTo),
    uniqueIndex('industry_rating_natural_key').on(t.subjectId, t.department, t.industry, t.validFrom),
  ],
);

/** Registered credit service agencies (信用服务机构) that may submit market ratings. */
export const agencies = ratingsSchema.table('agency', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  creditCode: text('credit_code').notNull(),
  status: agencyStatus('status').notNull(),
  registeredOn: date('registered_on', { mode: 'string' }).notNull(),
});

/** Grades from registered credit service agencies (市场信用评价). */
export const marketRatings = ratingsSchema.table(
  'market_rating',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id').notNull(),
    agency: text('agency')
      .notNull()
      .references(() => agencies.code),
    grade: grade('grade').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    basis: text('basis').notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('market_rating_subject_idx').on(t.subjectId, t.validTo),
    uniqueIndex('market_rating_natural_key').on(t.subjectId, t.agency, t.validFrom),
  ],
);

/** 双随机 sampling policy per grade: the share of the stratum drawn and how often, effective-dated. */
export const samplingPolicies = ratingsSchema.table(
  'sampling_policy',
  {
    version: text('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    grade: grade('grade').notNull(),
    ratio: doublePrecision('ratio').notNull(),
    timesPerYear: integer('times_per_year').notNull(),
    keySupervision: boolean('key_supervision').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.grade] })],
);

export interface ScopeView {
  industryPrefix: string | null;
  regionPrefix: string | null;
  kinds: string[] | null;
}

export interface InspectorView {
  id: string;
  /** Subjects the inspector declared a conflict of interest with. */
  conflicts: string[];
}

/** A published draw: everything needed to re-run it, and a digest of its result. */
export const inspectionPlans = ratingsSchema.table(
  'inspection_plan',
  {
    id: uuid('id').primaryKey(),
    department: text('department').notNull(),
    /** The inspection period, e.g. `2026-Q4`. */
    period: text('period').notNull(),
    scope: jsonb('scope').$type<ScopeView>().notNull(),
    inspectors: jsonb('inspectors').$type<InspectorView[]>().notNull(),
    inspectorsPerSubject: integer('inspectors_per_subject').notNull(),
    seed: text('seed').notNull(),
    /** The evaluation run whose grades stratified the draw (immutable, so the draw re-runs exactly). */
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id),
    samplingVersion: text('sampling_version').notNull(),
    algorithm: text('algorithm').notNull(),
    candidates: integer('candidates').notNull(),
    /** Per grade: candidates and drawn. */
    strata: jsonb('strata').$type<{ grade: Grade; candidates: number; drawn: number }[]>().notNull(),
    digest: text('digest').notNull(),
    drawnBy: text('drawn_by').notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inspection_plan_period_idx').on(t.period, t.department)],
);

/** One drawn subject of a plan, its inspectors and, once inspected, the published result. */
export const inspectionItems = ratingsSchema.table(
  'inspection_item',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => inspectionPlans.id),
    subjectId: uuid('subject_id').notNull(),
    grade: grade('grade').notNull(),
    inspectors: text('inspectors').array().notNull(),
    jointInspectionId: uuid('joint_inspection_id'),
    outcome: inspectionOutcome('outcome'),
    findings: text('findings'),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    recordedBy: text('recorded_by'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.subjectId] }), index('inspection_item_subject_idx').on(t.subjectId)],
);

/** Plans of several departments hitting one subject in one period, merged into one visit. */
export const jointInspections = ratingsSchema.table(
  'joint_inspection',
  {
    id: uuid('id').primaryKey(),
    period: text('period').notNull(),
    subjectId: uuid('subject_id').notNull(),
    departments: text('departments').array().notNull(),
    planIds: uuid('plan_ids').array().notNull(),
    inspectors: text('inspectors').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('joint_inspection_subject_period').on(t.period, t.subjectId)],
);

/** Progress log of runs (one row per stored page), for operators following a long run. */
export const runPages = ratingsSchema.table(
  'run_page',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id),
    subjects: integer('subjects').notNull(),
    unknownInputs: text('unknown_inputs').array().notNull(),
    storedAt: timestamp('stored_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('run_page_run_idx').on(t.runId)],
);

export const schema = {
  models,
  modelIndicators,
  modelRules,
  combinationPolicies,
  runs,
  currentRun,
  evaluations,
  industryRatings,
  agencies,
  marketRatings,
  samplingPolicies,
  inspectionPlans,
  inspectionItems,
  jointInspections,
  runPages,
};

export type ModelRow = typeof models.$inferSelect;
export type IndicatorRow = typeof modelIndicators.$inferSelect;
export type RuleRow = typeof modelRules.$inferSelect;
export type PolicyRow = typeof combinationPolicies.$inferSelect;
export type RunRow = typeof runs.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type IndustryRatingRow = typeof industryRatings.$inferSelect;
export type MarketRatingRow = typeof marketRatings.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;
export type SamplingPolicyRow = typeof samplingPolicies.$inferSelect;
export type InspectionPlanRow = typeof inspectionPlans.$inferSelect;
export type InspectionItemRow = typeof inspectionItems.$inferSelect;
export type JointInspectionRow = typeof jointInspections.$inferSelect;
export type Grade = (typeof grade.enumValues)[number];
